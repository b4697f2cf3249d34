/**
 * The DuckDB engine accounts for every line of the file as the in-memory path does: read, then
 * excluded for its first broken rule (with the first rows) or used, returns and free purchases
 * flagged. Before, its Data quality sheet counted the customers' summary rows, and a line with an
 * unreadable date, a copy or a year typed 2099 left without a word.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/diskCliIo";
import type { SummaryJson } from "../../src/cli/summaryJson";
import { lineQualityOf, lineQualityOfFile } from "../../src/warehouse/duckdbLineQuality";
import { SummaryReadError } from "../../src/warehouse/summaryRows";

const HANG_GUARD_MS = 120_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "line-quality-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One line a rule, in a file of quantity x unit price lines (row numbers as a sheet's). */
const LINES = [
  "customer,date,quantity,price,invoice",
  "A,2023-01-05,2,10,1001", // row 2: used
  "A,2023-01-05,2,10,1001", // 3: copy of row 2
  "B,notadate,1,5,1002", // 4: unreadable date
  "C,2023-02-01,abc,3,1003", // 5: unreadable amount
  ",2023-02-01,1,7,1004", // 6: no customer id
  "D,1850-03-01,1,20,1005", // 7: before 1900
  "E,2099-03-01,1,20,1006", // 8: over a year after today
  "F,2023-07-01,1,20,1007", // 9: after the analysis date
  "G,2023-03-01,1,2000000000000,1008", // 10: implausible amount
  `${"H".repeat(300)},2023-03-01,1,2,1009`, // 11: id over 255 characters
  "I,2023-03-01,1,-5,1010", // 12: negative unit price
  "J,2023-03-01,0,5,1011", // 13: zero quantity
  "A,2023-04-01,-1,10,C1012", // 14: return, netted (flagged)
  "K,2023-04-02,1,0,1013", // 15: no spend (flagged)
  "D,2023-05-01,3,4,1014", // 16: used
  "A,2023-05-01,3,4,1015", // 17: used
  "A,2023-05-01,3,4,1015", // 18: copy of row 17
  "A,2023-05-01,3,4,1015", // 19: copy of row 17
  "L,2023-05-02,1,3,", // 20: used
  "L,2023-05-02,1,3,", // 21: equal to row 20, no invoice id nor time: kept, flagged
];

async function analyze(file: string, engine: string): Promise<SummaryJson & { out: string[] }> {
  const json = path.join(dir, `${path.basename(file)}-${engine}.json`);
  const run = await runCli([
    "analyze",
    file,
    "--engine",
    engine,
    "--as-of",
    "2023-06-01",
    "--json",
    json,
  ]);
  expect(run.err).toEqual([]);
  expect(run.code).toBe(0);
  return { ...(JSON.parse(fs.readFileSync(json, "utf8")) as SummaryJson), out: run.out };
}

test(
  "every line of a file breaking each rule once: the hand-counted account, as in memory",
  async () => {
    const file = path.join(dir, "lines.csv");
    fs.writeFileSync(file, LINES.join("\n") + "\n");
    const duck = await analyze(file, "duckdb");
    const memory = await analyze(file, "memory");
    const tally = (list: { reason: string; count: number; rows: number[] }[]) =>
      Object.fromEntries(list.map((e) => [e.reason, [e.count, e.rows]]));
    expect(duck.dataQuality.rowsRead).toBe(20);
    expect(duck.dataQuality.rowsUsed).toBe(7);
    expect(tally(duck.dataQuality.excluded)).toEqual({
      unreadableDate: [1, [4]],
      unreadableAmount: [1, [5]],
      missingCustomerId: [1, [6]],
      implausibleDate: [2, [7, 8]],
      afterAnalysisDate: [1, [9]],
      implausibleAmount: [1, [10]],
      valueTooLong: [1, [11]],
      duplicateRow: [3, [3, 18, 19]],
      nonPositivePrice: [1, [12]],
      zeroQuantityLine: [1, [13]],
    });
    expect(tally(duck.dataQuality.flagged ?? [])).toEqual({
      returnNetted: [1, [14]],
      zeroAmount: [1, [15]],
      possibleDuplicate: [1, [21]],
    });
    // the same account, in the same order, as the in-memory cleaning's
    expect(duck.dataQuality).toEqual(memory.dataQuality);
    expect(duck.rfm!.customers).toEqual(memory.rfm!.customers);
    // and the run says so, as the in-memory run does
    expect(duck.out).toContain("Rows read: 20, used: 7, excluded: 13");
  },
  HANG_GUARD_MS
);

test("the query's rows become tallies: the input layer's reasons first, each by first line", () => {
  const quality = lineQualityOf([
    { reason: "duplicateRow", flag: null, lines: 2n, first_lines: [7n, 3n] },
    { reason: null, flag: null, lines: 10n, first_lines: [0n] },
    { reason: "unreadableDate", flag: null, lines: 1n, first_lines: [9n] },
    { reason: "missingCustomerId", flag: null, lines: 1n, first_lines: [4n] },
    { reason: null, flag: "returnNetted", lines: 3n, first_lines: [1n, 2n, 5n] },
  ]);
  expect(quality.linesRead).toBe(17);
  expect(quality.excluded.map((t) => [t.reason, t.count, t.firstLines])).toEqual([
    ["missingCustomerId", 1, [4]],
    ["unreadableDate", 1, [9]],
    ["duplicateRow", 2, [3, 7]],
  ]);
  expect(quality.flagged).toEqual([{ reason: "returnNetted", count: 3, firstLines: [1, 2, 5] }]);
});

test("a line account read from a file (--lines) names a reason it does not know, by column and row", () => {
  const good = lineQualityOfFile("lines.csv", [
    { reason: null, flag: null, lines: 90 },
    { reason: "duplicateRow", flag: null, lines: 4 },
    { reason: null, flag: "returnNetted", lines: 6 },
  ]);
  expect(good.linesRead).toBe(100);
  expect(good.excluded).toEqual([{ reason: "duplicateRow", count: 4, firstLines: [] }]);
  expect(() =>
    lineQualityOfFile("lines.csv", [
      { reason: null, flag: null, lines: 90 },
      { reason: "lostInTransit", flag: null, lines: 1 },
    ])
  ).toThrow(new SummaryReadError("lines.csv", "reason", 3, "lostInTransit"));
});
