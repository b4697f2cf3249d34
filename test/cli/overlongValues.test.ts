/**
 * A 32,768-character customer id used to end in "Internal error: invalid report model:" with no
 * reason (issue 12, item 10). It is now excluded with its row; and an internal error's one line
 * always carries its reason.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { errorLine } from "../../src/cli/errorLine";
import { run, type CliIo } from "../../src/cli/run";
import type { SummaryJson } from "../../src/cli/summaryJson";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-long-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function io() {
  const written = new Map<string, string>();
  const err: string[] = [];
  const cli: CliIo = {
    exists: (p) => fs.existsSync(p),
    readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
    writeFile: async (p, text) => void written.set(p, text),
    stdout: () => undefined,
    stderr: (line) => err.push(line),
  };
  return { cli, written, err };
}

describe("overlong values through the CLI", () => {
  it("excludes a 32,768-character id and a 300-character channel, and writes the report", async () => {
    const lines = ["Customer ID,Date,Amount,Channel"];
    for (let i = 1; i <= 40; i++) lines.push(`C${i},2024-0${1 + (i % 6)}-1${i % 10},${10 + i},Web`);
    lines.push(`${"7".repeat(32_768)},2024-03-03,25,Web`); // row 42
    lines.push(`C1,2024-03-04,25,${"w".repeat(300)}`); // row 43
    const file = path.join(tmp, "long.csv");
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    const out = path.join(tmp, "report.xlsx");
    const { cli, written, err } = io();
    const code = await run(["analyze", file, "--out", out, "--json", "s.json"], cli);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const json = JSON.parse(written.get("s.json")!) as SummaryJson;
    expect(json.dataQuality.excluded).toEqual([
      { sheet: "long", reason: "valueTooLong", count: 2, rows: [42, 43] },
    ]);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  }, 60_000);
});

describe("errorLine", () => {
  it("keeps the reason a heading would hide, and is never empty", () => {
    expect(errorLine(new Error("invalid report model:\n- LTV: table T repeats a header"))).toBe(
      "invalid report model: - LTV: table T repeats a header"
    );
    expect(errorLine(new Error("disk full\nat write"))).toBe("disk full");
    expect(errorLine(new TypeError(""))).toBe("TypeError");
    expect(errorLine("")).toBe("unknown error");
  });
});
