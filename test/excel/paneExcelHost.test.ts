/**
 * The pane's ExcelHost (src/taskpane/host/excelHost.ts) against the typed fake Excel: what the
 * pane reads (every user sheet, never our report sheets), what it writes (only our sheets,
 * all-or-nothing), sheet activation and the workbook culture with its fallbacks.
 */
import { ExcelHostError } from "../../src/excel/excelError";
import type { ExcelHost as ExcelContext } from "../../src/excel/host";
import fc from "fast-check";
import { createExcelHost, type ExcelHost } from "../../src/taskpane/host/excelHost";
import { sampleModel } from "../report/sampleModel";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { ErrorCell } from "../fakes/excel/grid";

function hostOn(fake: FakeExcel, fallbackCulture?: string): ExcelHost {
  return createExcelHost({
    run: <T>(batch: (context: ExcelContext) => Promise<T>) => batch(fake),
    supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
    fallbackCulture: () => fallbackCulture,
  });
}

/** Customers as an Excel Table at A1, transactions as a plain range from B3, an empty sheet. */
function userWorkbook(options: ConstructorParameters<typeof FakeExcel>[0] = {}): FakeExcel {
  const fake = new FakeExcel(options);
  fake.addSheet("Customers", [
    ["id", "name"],
    ["c1", "Ann"],
    ["c2", '=HYPERLINK("http://evil")'],
  ]);
  fake.addTable("Customers", "A1:B3", "CustomerTable");
  fake.addSheet(
    "Sales",
    [
      ["customer", "date", "amount"],
      ["c1", 45306, 12.5],
      ["c2", 45307, new ErrorCell("#N/A")],
    ],
    "B3"
  );
  fake.addSheet("Blank");
  return fake;
}

const fingerprints = (fake: FakeExcel) =>
  Object.fromEntries(fake.model.sheets.map((s) => [s.name, s.fingerprint()]));

describe("createExcelHost().readSheets", () => {
  it("reads every user sheet as RawSheet: tables from their header row, ranges from A1", async () => {
    const fake = userWorkbook();
    const progress: [number, number][] = [];
    const sheets = await hostOn(fake).readSheets((done, total) => progress.push([done, total]));
    expect(sheets).toEqual([
      {
        name: "Customers",
        tableName: "CustomerTable",
        firstRow: 1,
        rows: [
          ["id", "name"],
          ["c1", "Ann"],
          // Written by addSheet as a plain string, so it reads back as text.
          ["c2", '=HYPERLINK("http://evil")'],
        ],
        columnFormats: [null, null],
      },
      {
        name: "Sales",
        firstRow: 1,
        // From A1: two blank rows above, a blank column A, the #N/A cell as an error.
        rows: [
          [null, null, null, null],
          [null, null, null, null],
          [null, "customer", "date", "amount"],
          [null, "c1", 45306, 12.5],
          [null, "c2", 45307, { error: "#N/A" }],
        ],
        columnFormats: [null, null, null, null],
      },
      { name: "Blank", rows: [], firstRow: 1 },
    ]);
    // One bar over both sheets. Listed: Customers 3 used rows, Sales 3 (B3:D5), Blank 0. The
    // reader's own totals: the table's 3 rows, and Sales from A1 to row 5, i.e. 5 rows.
    expect(progress).toEqual([
      [3, 6], // Customers read (3 of its 3 rows) + Sales listed at 3 used rows
      [8, 8], // Sales read from A1: 5 rows, its total firmed up from 3 to 5
      [8, 8], // the final report of the whole read
    ]);
  });

  it("leaves out the report sheets the add-in wrote, but reads a user's sheet named like one", async () => {
    const fake = userWorkbook();
    fake.addSheet("Dashboard", [["my own dashboard"]]);
    const host = hostOn(fake);
    const written = await host.writeReport(sampleModel(), () => undefined);
    expect(written.sheets).toEqual(["Dashboard (2)", "Segments & actions"]);
    const names = (await host.readSheets(() => undefined)).map((s) => s.name);
    expect(names).toEqual(["Customers", "Sales", "Blank", "Dashboard"]);
  });

  it("only reads: every sheet is byte-identical afterwards", async () => {
    const fake = userWorkbook();
    const before = fingerprints(fake);
    await hostOn(fake).readSheets(() => undefined);
    expect(fingerprints(fake)).toEqual(before);
  });

  it("stops between sheets once the signal is aborted", async () => {
    const fake = userWorkbook();
    const controller = new AbortController();
    const read = hostOn(fake).readSheets((done) => {
      if (done > 0) controller.abort();
    }, controller.signal);
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
  });

  it("turns an Office failure into a translatable error naming the sheet", async () => {
    // A dry run counts the commands of the whole read; the last one reads Sales' values.
    const dry = userWorkbook();
    await hostOn(dry).readSheets(() => undefined);
    const fake = userWorkbook();
    fake.injectFailure({ atCommand: dry.commandsApplied });
    const read = hostOn(fake).readSheets(() => undefined);
    await expect(read).rejects.toBeInstanceOf(ExcelHostError);
    await expect(read).rejects.toMatchObject({
      error: { code: "pane:excel.readFailed", params: { sheet: "Sales" } },
    });
  });
});

describe("createExcelHost().readSheets, any workbook", () => {
  const sheetArb = fc.record({
    rows: fc.integer({ min: 0, max: 40 }),
    cols: fc.integer({ min: 1, max: 4 }),
    top: fc.integer({ min: 0, max: 5 }),
    asTable: fc.boolean(),
  });

  it("reads every row, and its progress only moves forward to done = total", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 4 }), async (specs) => {
        const fake = new FakeExcel();
        specs.forEach((spec, i) => {
          const rows = Array.from({ length: spec.rows }, (_, r) =>
            Array.from({ length: spec.cols }, (_, c) => (r === 0 ? `h${c}` : r * 10 + c))
          );
          fake.addSheet(`S${i}`, rows, `A${spec.top + 1}`);
          if (spec.asTable && spec.rows > 0) {
            const last = String.fromCharCode(64 + spec.cols);
            fake.addTable(`S${i}`, `A${spec.top + 1}:${last}${spec.top + spec.rows}`, `Data_${i}`);
          }
        });
        const host = createExcelHost({
          run: <T>(batch: (context: ExcelContext) => Promise<T>) => batch(fake),
          supports: () => true,
          fallbackCulture: () => undefined,
        });
        const progress: [number, number][] = [];
        const sheets = await host.readSheets((done, total) => progress.push([done, total]));
        // A table is read from its header row; a range from A1, blank rows above included.
        const expectedRows = specs.map((s) =>
          s.rows === 0 ? 0 : s.asTable ? s.rows : s.top + s.rows
        );
        expect(sheets.map((s) => s.rows.length)).toEqual(expectedRows);
        const total = expectedRows.reduce((a, b) => a + b, 0);
        expect(progress[progress.length - 1]).toEqual([total, total]);
        progress.forEach(([done, all], i) => {
          expect(done).toBeLessThanOrEqual(all);
          if (i > 0) expect(done).toBeGreaterThanOrEqual(progress[i - 1][0]);
        });
      }),
      { numRuns: 60 }
    );
  });
});

describe("createExcelHost().writeReport", () => {
  it("writes our sheets after the user's and returns the names they got", async () => {
    const fake = userWorkbook();
    const before = fingerprints(fake);
    const progress: number[] = [];
    const result = await hostOn(fake).writeReport(sampleModel(), (done) => progress.push(done));
    expect(result).toEqual({ sheets: ["Dashboard", "Segments & actions"] });
    expect(fake.sheetNames()).toEqual([
      "Customers",
      "Sales",
      "Blank",
      "Dashboard",
      "Segments & actions",
    ]);
    // The sample model's tables hold 4 (Segments) + 4 (Monthly) rows.
    expect(progress[progress.length - 1]).toBe(8);
    for (const name of ["Customers", "Sales", "Blank"]) {
      expect(fake.sheet(name).fingerprint()).toBe(before[name]);
    }
  });

  it("re-running replaces our sheets and leaves exactly one set", async () => {
    const fake = userWorkbook();
    const host = hostOn(fake);
    await host.writeReport(sampleModel(), () => undefined);
    await host.writeReport(sampleModel(), () => undefined);
    expect(fake.sheetNames()).toEqual([
      "Customers",
      "Sales",
      "Blank",
      "Dashboard",
      "Segments & actions",
    ]);
  });

  it("shifts dates for a 1904-system workbook", async () => {
    const fake = userWorkbook({ date1904: true });
    await hostOn(fake).writeReport(sampleModel(), () => undefined);
    // 2024-01-01 is serial 45292 in the 1900 system; the 1904 system counts 1,462 days fewer.
    expect(fake.sheet("Segments & actions").cell("I4").value).toBe(45292 - 1462);
  });

  it("rejects with writeFailed and leaves the workbook as it was when Excel fails mid-write", async () => {
    const fake = userWorkbook();
    const before = fingerprints(fake);
    fake.injectFailure({ atCommand: 60 });
    const write = hostOn(fake).writeReport(sampleModel(), () => undefined);
    await expect(write).rejects.toMatchObject({
      error: { code: "pane:excel.writeFailed", params: { sheets: 2 } },
    });
    expect(fingerprints(fake)).toEqual(before);
  });
});

describe("createExcelHost().activateSheet", () => {
  it("activates the named sheet", async () => {
    const fake = userWorkbook();
    await hostOn(fake).activateSheet("Sales");
    expect(fake.model.activeSheet?.name).toBe("Sales");
  });

  it("says which sheet is missing when it was renamed or deleted", async () => {
    const read = hostOn(userWorkbook()).activateSheet("Gone");
    await expect(read).rejects.toMatchObject({
      error: { code: "pane:excel.sheetNotFound", params: { sheet: "Gone" } },
    });
  });
});

describe("createExcelHost().culture", () => {
  it("is the workbook's culture and date system on ExcelApi 1.11+", async () => {
    const fake = new FakeExcel({ culture: "fr-FR", date1904: true });
    expect(await hostOn(fake, "en-GB").culture()).toEqual({
      culture: "fr-FR",
      hostCulture: "fr-FR",
      date1904: true,
      decimalSeparator: ",",
      shortDatePattern: "dd/MM/yyyy",
    });
  });

  it("falls back to Office's editing language below ExcelApi 1.11, then to en-US", async () => {
    const old = () => new FakeExcel({ apiVersion: "1.9", culture: "fr-FR" });
    expect(await hostOn(old(), "de-DE").culture()).toEqual({ culture: "de-DE", date1904: false });
    expect(await hostOn(old()).culture()).toEqual({ culture: "en-US", date1904: false });
  });

  it("asks Excel once, however often it is called", async () => {
    const fake = new FakeExcel();
    const host = hostOn(fake);
    await host.culture();
    await host.culture();
    await host.writeReport(sampleModel(), () => undefined);
    // The info sync: DATE(1904,1,1), the culture's name, separator and date pattern.
    const infoSyncs = fake.syncs.filter((s) => s.commands === 4 && s.responseBytes < 300);
    expect(infoSyncs).toHaveLength(1);
  });

  it("asks again after a failed attempt", async () => {
    const fake = new FakeExcel();
    fake.injectFailure({ atCommand: 1 });
    const host = hostOn(fake);
    await expect(host.culture()).rejects.toBeInstanceOf(ExcelHostError);
    expect(await host.culture()).toMatchObject({ culture: "en-US", date1904: false });
  });
});
