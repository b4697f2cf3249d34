import { spawnSync } from "node:child_process";
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
