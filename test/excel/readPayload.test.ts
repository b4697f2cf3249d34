/**
 * Reading under Excel on the web's payload limit, against the fake's exact UTF-8 JSON measure:
 * a million rows of non-ASCII text with every sync at or under 4 MB, and rows that grow further
 * down so the probe underestimates and the halving retry has to step in.
 */
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import type { ExcelHost } from "../../src/excel/host";
import { MAX_BYTES_PER_SYNC, stringJsonBytes } from "../../src/excel/payloadSize";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import type { CellGenerator } from "../fakes/excel/grid";

function sourceOn(fake: FakeExcel) {
  return new ExcelWorkbookSource(<T>(batch: (c: ExcelHost) => Promise<T>) => batch(fake), {
    supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
  });
}

/** Letters of 2 and 3 bytes in UTF-8 (accents, CJK), so characters and bytes differ. */
const LETTERS = "éàüßçñøåæœÉÀÜ中文字日本語한국어€ŁŻŚĆŃ".split("");

/** A 60-character non-ASCII text, one of 1,009 (a pool: a million rows cost no memory). */
const POOL = Array.from({ length: 1_009 }, (_, i) =>
  Array.from({ length: 60 }, (_, j) => LETTERS[(i * 7 + j * 13) % LETTERS.length]).join("")
);
const textAt = (r: number, c: number) => POOL[(r * 8 + c) % POOL.length];

describe("reading 1,000,000 rows x 8 columns of 60-character non-ASCII text", () => {
  it("succeeds with every request and response at or under 4 MB of UTF-8 JSON", async () => {
    const fake = new FakeExcel();
    const rows = 1_000_000;
    fake.addGeneratedSheet("Texts", { rows, cols: 8, cell: textAt });
    const sheet = await sourceOn(fake).readSheet("Texts");

    expect(sheet.rows).toHaveLength(rows);
    expect(POOL[0]).toHaveLength(60);
    expect(stringJsonBytes(POOL[0])).toBeGreaterThan(2 * 60); // non-ASCII: over 2 bytes a letter
    for (const r of [0, 1, 499_999, 999_999]) {
      expect(sheet.rows[r]).toEqual(Array.from({ length: 8 }, (_, c) => textAt(r, c)));
    }
    const largestResponse = Math.max(...fake.syncs.map((s) => s.responseBytes));
    const largestRequest = Math.max(...fake.syncs.map((s) => s.requestBytes));
    expect(largestResponse).toBeLessThanOrEqual(MAX_BYTES_PER_SYNC);
    expect(largestRequest).toBeLessThanOrEqual(MAX_BYTES_PER_SYNC);
    // The whole sheet is ~1.3 GB of JSON: blocks are near 3 MiB, so about 400 of them.
    const total = fake.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    expect(total).toBeGreaterThan(rows * 8 * stringJsonBytes(POOL[0]) * 0.9);
    expect(fake.syncs.length).toBeLessThan(total / (2 * 1024 * 1024));
    expect(largestResponse).toBeGreaterThan(2.5 * 1024 * 1024); // blocks are not needlessly small
  });
});

describe("rows that grow further down the sheet", () => {
  // 2,000 short rows, then 1,000 rows of 8 cells of 700 CJK characters (~16.8 KB a row): a block
  // sized on the short rows would carry ~17 MB.
  const long = "中".repeat(700);
  const generator: CellGenerator = {
    rows: 3_001,
    cols: 8,
    cell: (r, c) => (r === 0 ? `h${c}` : r <= 2_000 ? c : long),
  };

  it("halves a refused block and reads it again, until every row is read", async () => {
    const fake = new FakeExcel();
    fake.addGeneratedSheet("Growing", generator);
    const progress: number[] = [];
    const sheet = await sourceOn(fake).readSheet("Growing", (done) => progress.push(done));

    expect(sheet.rows).toHaveLength(3_001);
    expect(sheet.rows[0]).toEqual(["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7"]);
    expect(sheet.rows[2_000]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(sheet.rows[2_001]).toEqual(Array(8).fill(long));
    expect(sheet.rows[3_000]).toEqual(Array(8).fill(long));
    expect(progress[progress.length - 1]).toBe(3_001);
    // Some syncs were refused (the retry path ran); every one that was not stayed under 5 MB.
    const refused = fake.syncs.filter((s) => s.responseBytes > 5_000_000);
    expect(refused.length).toBeGreaterThan(0);
    const served = fake.syncs.filter((s) => s.responseBytes <= 5_000_000);
    expect(served.reduce((n, s) => n + s.commands, 0)).toBeGreaterThan(0);
  });

  it("rethrows what is not a payload refusal, as the usual typed error", async () => {
    const fake = new FakeExcel();
    fake.addGeneratedSheet("Growing", generator);
    fake.injectFailure({ atCommand: 12 });
    await expect(sourceOn(fake).readSheet("Growing")).rejects.toMatchObject({
      error: { code: "pane:excel.readFailed" },
    });
  });
});
