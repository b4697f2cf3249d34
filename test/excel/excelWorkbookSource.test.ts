import { ExcelWorkbookSource, nextBlockRows } from "../../src/excel/excelWorkbookSource";
import { ExcelHostError } from "../../src/excel/excelError";
import { writeReport } from "../../src/excel/writeReport";
import { sampleModel } from "../report/sampleModel";
import type { ExcelHost } from "../../src/excel/host";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { ErrorCell } from "../fakes/excel/grid";
import { transactionsSheet } from "../fakes/excel/scenarios";

function sourceOn(fake: FakeExcel, options: { targetBytesPerSync?: number } = {}) {
  return new ExcelWorkbookSource(<T>(batch: (c: ExcelHost) => Promise<T>) => batch(fake), {
    supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
    ...options,
  });
}

const MB = 1024 * 1024;

describe("ExcelWorkbookSource.info", () => {
  it("tells the 1904 date system from DATE(1904,1,1) and the culture on ExcelApi 1.11+", async () => {
    const fake = new FakeExcel({ date1904: true, culture: "fr-FR" });
    expect(await sourceOn(fake).info()).toEqual({
      date1904: true,
      culture: "fr-FR",
      decimalSeparator: ",",
      shortDatePattern: "dd/MM/yyyy",
      hostCulture: "fr-FR",
    });
    expect(fake.syncs).toHaveLength(1);
  });

  it("reports the culture's own settings, as the user customised them", async () => {
    const fake = new FakeExcel({
      culture: "en-GB",
      cultureSettings: { decimalSeparator: ",", shortDatePattern: "M/d/yyyy" },
    });
    expect(await sourceOn(fake).info()).toMatchObject({
      culture: "en-GB",
      decimalSeparator: ",",
      shortDatePattern: "M/d/yyyy",
    });
  });

  it("leaves the date pattern out on ExcelApi 1.11 and the culture below it", async () => {
    const v11 = new FakeExcel({ apiVersion: "1.11", culture: "fr-FR" });
    expect(await sourceOn(v11).info()).toEqual({
      date1904: false,
      culture: "fr-FR",
      hostCulture: "fr-FR",
      decimalSeparator: ",",
    });
    const v19 = new FakeExcel({ apiVersion: "1.9", culture: "fr-FR" });
    expect(await sourceOn(v19).info()).toEqual({ date1904: false });
  });
});

describe("ExcelWorkbookSource.listSheets", () => {
  it("lists sheets with their used size and their tables' header rows", async () => {
    const fake = new FakeExcel();
    fake.addSheet(
      "Sales",
      [
        ["id", "date", "amount"],
        ["c1", 45000, 12.5],
      ],
      "B2"
    );
    fake.addTable("Sales", "B2:D3", "SalesTable");
    fake.addSheet("Empty");
    expect(await sourceOn(fake).listSheets()).toEqual([
      {
        name: "Sales",
        tables: [{ name: "SalesTable", headers: ["id", "date", "amount"] }],
        rowCount: 2,
        columnCount: 3,
        ownedByAddIn: false,
      },
      { name: "Empty", tables: [], rowCount: 0, columnCount: 0, ownedByAddIn: false },
    ]);
    // survey (2), used ranges and tables, header rows
    expect(fake.syncs).toHaveLength(4);
  });

  it("flags the report sheets the add-in wrote", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sales", [["id"], ["c1"]]);
    await writeReport(fake, sampleModel(), { supports: () => true });
    const listing = await sourceOn(fake).listSheets();
    expect(listing.map((s) => [s.name, s.ownedByAddIn])).toEqual([
      ["Sales", false],
      ["Dashboard", true],
      ["Segments & actions", true],
    ]);
  });
});

describe("ExcelWorkbookSource.readSheet", () => {
  it("hands over raw values from A1, as the .xlsx source does: empty as null, dates as serials", async () => {
    const fake = new FakeExcel();
    fake.addSheet(
      "T",
      [
        ["id", "date", "paid"],
        ["c1", 45306, true],
        ["c2", "", false],
      ],
      "B2"
    );
    const sheet = await sourceOn(fake).readSheet("T");
    expect(sheet).toEqual({
      name: "T",
      firstRow: 1,
      rows: [
        [null, null, null, null],
        [null, "id", "date", "paid"],
        [null, "c1", 45306, true],
        [null, "c2", null, false],
      ],
      columnFormats: [null, null, null, null],
    });
  });

  it("hands over each column's first number format other than General, in the first block's sync", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("T", [
      ["id", "amount", "date"],
      ["c1", 12.5, 45306],
      ["c2", 3, 45307],
    ]);
    sheet.grid.setFormats({ row: 1, col: 1, rows: 2, cols: 2 }, [
      ['#,##0.00\\ "€"', "dd/mm/yyyy"],
      ['#,##0.00\\ "€"', "dd/mm/yyyy"],
    ]);
    const read = await sourceOn(fake).readSheet("T");
    expect(read.columnFormats).toEqual([null, '#,##0.00\\ "€"', "dd/mm/yyyy"]);
    // sheet lookup, data area, the probe block (the first rows' formats ride on it), then the
    // probe's own number formats (which columns hold dates: dateColumns.ts)
    expect(fake.syncs).toHaveLength(4);
  });

  it("tells an error cell from a text that says the same, with one more sync for that block", async () => {
    const fake = new FakeExcel();
    fake.addSheet("T", [
      ["a", "b"],
      [new ErrorCell("#N/A"), "#N/A"],
      [new ErrorCell("#DIV/0!"), "x"],
    ]);
    const sheet = await sourceOn(fake).readSheet("T");
    expect(sheet.rows.slice(1)).toEqual([
      [{ error: "#N/A" }, "#N/A"],
      [{ error: "#DIV/0!" }, "x"],
    ]);
    // sheet lookup, data area, the block, its valueTypes, its number formats (dateColumns.ts)
    expect(fake.syncs).toHaveLength(5);
  });

  it("reads the first Excel Table in preference to the used range, without its totals row", async () => {
    const fake = new FakeExcel();
    fake.addSheet("T", [["note"], [], ["id", "amount"], ["c1", 1], ["c2", 2], ["Total", 3]]);
    fake.addTable("T", "A3:B5", "Amounts").showTotals = true;
    const sheet = await sourceOn(fake).readSheet("T");
    expect(sheet).toEqual({
      name: "T",
      firstRow: 3,
      tableName: "Amounts",
      rows: [
        ["id", "amount"],
        ["c1", 1],
        ["c2", 2],
      ],
      columnFormats: [null, null],
    });
  });

  it("reports progress per block and keeps every sync near the target size", async () => {
    const fake = new FakeExcel();
    fake.addGeneratedSheet("G", {
      rows: 20_000,
      cols: 4,
      cell: (r, c) => (c === 0 ? `id${r}` : r * 1.5),
    });
    const progress: number[] = [];
    const sheet = await sourceOn(fake, { targetBytesPerSync: 100_000 }).readSheet(
      "G",
      (done, total) => {
        expect(total).toBe(20_000);
        progress.push(done);
      }
    );
    expect(sheet.rows).toHaveLength(20_000);
    expect(sheet.rows[19_999]).toEqual(["id19999", 29998.5, 29998.5, 29998.5]);
    expect(progress[progress.length - 1]).toBe(20_000);
    // Sheet lookup and data area, then the blocks; the probe's number formats after the first.
    const blocks = [fake.syncs[2], ...fake.syncs.slice(4)];
    expect(blocks).toHaveLength(progress.length);
    // blocks[0] is the 16-row probe; blocks[1] is sized on the probe's rows ("id1", 1.5), shorter
    // than the later ones ("id19999", 29998.5); from then on each block is sized on the last.
    expect(progress[0]).toBe(16);
    for (const block of blocks.slice(2, -1)) {
      expect(block.responseBytes).toBeGreaterThan(80_000);
      expect(block.responseBytes).toBeLessThan(120_000);
    }
  });

  describe("edge cases", () => {
    it("gives no rows for an empty sheet (null used range)", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Empty");
      expect(await sourceOn(fake).readSheet("Empty")).toEqual({
        name: "Empty",
        rows: [],
        firstRow: 1,
      });
    });

    it("throws a typed, translatable error for a missing sheet", async () => {
      const fake = new FakeExcel();
      fake.addSheet("Here");
      const read = sourceOn(fake).readSheet("Gone");
      await expect(read).rejects.toBeInstanceOf(ExcelHostError);
      await expect(read).rejects.toMatchObject({
        error: { code: "pane:excel.sheetNotFound", params: { sheet: "Gone" } },
      });
    });

    it("sizes blocks: at least one row, at most what is left, never over 5 million cells", () => {
      expect(nextBlockRows(10_000_000, 50, 8, 3 * MB)).toBe(1);
      expect(nextBlockRows(100, 50, 8, 3 * MB)).toBe(50);
      expect(nextBlockRows(100, 1_000_000, 8, 3 * MB)).toBe(31_457); // floor(3 MiB / 100)
      expect(nextBlockRows(1, 1_000_000, 16_384, 3 * MB)).toBe(305); // floor(5e6 / 16384)
    });
  });
});

describe("reading a 1,000,000-row x 8-column sheet", () => {
  it("takes about one sync per 3 MB, none over 4 MB", async () => {
    const fake = new FakeExcel();
    fake.addGeneratedSheet("Transactions", transactionsSheet(1_000_000));
    const sheet = await sourceOn(fake).readSheet("Transactions");
    expect(sheet.rows).toHaveLength(1_000_001);
    expect(sheet.rows[1_000_000]).toEqual([
      "C000000",
      44_000 + (1_000_000 % 1_500),
      (1_000_000 % 997) + 0.25,
      1,
      9.99,
      "store",
      "P0",
      "INV1000000",
    ]);
    const blocks = fake.syncs.slice(2);
    const total = blocks.reduce((sum, s) => sum + s.responseBytes, 0);
    // Each block aims at 3 MiB: the count is the total over 3 MiB, give or take the first
    // block (sized on a guess) and the last (what is left).
    expect(blocks.length).toBeGreaterThanOrEqual(Math.floor(total / (4 * MB)));
    expect(blocks.length).toBeLessThanOrEqual(Math.ceil(total / (2 * MB)) + 1);
    expect(Math.max(...blocks.map((s) => s.responseBytes))).toBeLessThan(4 * MB);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(1024);
  });
});
