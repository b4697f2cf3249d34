import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** The installed command, as a user runs it: a real process, its exit code and its stderr. */
function crmAnalytics(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, "bin/crm-analytics.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("bin/crm-analytics.js", () => {
  it("exits 0 and prints the summary on a good file", () => {
    const result = crmAnalytics(["analyze", "test/fixtures/input/ventes_fr.csv"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Rows read: 6, used: 3, excluded: 3");
  }, 60_000);

  it("exits 2 with one line on stderr and no stack trace on bad input", () => {
    const result = crmAnalytics(["analyze", "missing.xlsx"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual(["Error: File not found: missing.xlsx"]);
    expect(result.stdout).toBe("");
  }, 60_000);
});

describe("bin/crm-analytics.js with its stdout closed early (`… | head -1`)", () => {
  it("still writes its JSON and exits 0, without a stack trace", () => {
    const json = path.join(os.tmpdir(), `closed-stdout-${process.pid}.json`);
    const cli = [process.execPath, path.join(root, "bin/crm-analytics.js")];
    // the reader leaves at once (as head does after its lines): every line meets a closed pipe
    const result = spawnSync(
      "bash",
      [
        "-c",
        `"$0" "$1" analyze test/fixtures/input/ventes_fr.csv --json "$2" | true; exit \${PIPESTATUS[0]}`,
        ...cli,
        json,
      ],
      { cwd: root, encoding: "utf8", timeout: 60_000 }
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const written = JSON.parse(fs.readFileSync(json, "utf8")) as {
      dataQuality: { rowsRead: number };
    };
    expect(written.dataQuality.rowsRead).toBe(6);
    fs.rmSync(json);
  }, 60_000);
});
