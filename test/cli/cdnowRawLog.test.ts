/**
 * The raw CDNOW log through the command line gives the published BG/NBD parameters (issue 12,
 * items 16-17): two equal lines on one day are two purchases (no order id, no time: flagged
 * "possibleDuplicate", kept) and a $0.00 line is a purchase with no spend (flagged "zeroAmount",
 * kept), so no customer disappears and no first purchase moves.
 * Published: Fader, Hardie & Lee (2005), fitted by lifetimes on the published summary
 * (../shared/data/README.md): r = 0.242593, alpha = 4.413532, a = 0.792886, b = 2.425752.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type CliIo } from "../../src/cli/run";
import type { SummaryJson } from "../../src/cli/summaryJson";
import { CDNOW_DIR } from "../support/cdnow";

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

/** CDNOW_sample.txt as the CSV a user would export: customer, date (yyyymmdd), amount. */
function cdnowCsv(): { csv: string; lines: number; zeroLines: number } {
  const text = fs.readFileSync(path.join(CDNOW_DIR, "CDNOW_sample.txt"), "utf8");
  const rows = text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.trim().split(/\s+/));
  const csv = [
    "Customer ID,Date,Amount",
    ...rows.map(([id, , ymd, , usd]) => `${id},${ymd},${usd}`),
  ];
  return {
    csv: `${csv.join("\n")}\n`,
    lines: rows.length,
    zeroLines: rows.filter((r) => Number(r[4]) === 0).length,
  };
}

describe("the raw CDNOW log through the CLI", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-cdnow-"));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("keeps free and same-day repeated purchases and fits the published BG/NBD parameters", async () => {
    const { csv, lines, zeroLines } = cdnowCsv();
    const file = path.join(tmp, "cdnow.csv");
    fs.writeFileSync(file, csv);
    const written = new Map<string, string>();
    const err: string[] = [];
    const io: CliIo = {
      exists: (p) => fs.existsSync(p),
      readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: async (p, text) => void written.set(p, text),
      stdout: () => undefined,
      stderr: (line) => err.push(line),
    };
    const code = await run(
      [
        "analyze",
        file,
        "--calibration-end",
        "1997-09-30",
        "--time-unit",
        "week",
        "--json",
        "s.json",
      ],
      io
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const json = JSON.parse(written.get("s.json")!) as SummaryJson;

    // Every line is used: 6,919 lines, 8 of them $0.00, 2,357 customers.
    expect(lines).toBe(6919);
    expect(zeroLines).toBe(8);
    expect(json.dataQuality.rowsRead).toBe(6919);
    expect(json.dataQuality.rowsUsed).toBe(6919);
    expect(json.dataQuality.excluded).toEqual([]);
    const flagged = Object.fromEntries(json.dataQuality.flagged.map((f) => [f.reason, f.count]));
    expect(flagged.zeroAmount).toBe(zeroLines);
    expect(flagged.possibleDuplicate).toBeGreaterThan(0);
    expect(json.ltv!.customers).toHaveLength(2357);

    const fit = json.ltv!.bgnbd!;
    expect(relative(fit.r, 0.242593)).toBeLessThan(2e-3);
    expect(relative(fit.alpha, 4.413532)).toBeLessThan(2e-3);
    expect(relative(fit.a, 0.792886)).toBeLessThan(2e-3);
    expect(relative(fit.b, 2.425752)).toBeLessThan(2e-3);
  });
});
