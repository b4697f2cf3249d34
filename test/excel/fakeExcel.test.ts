/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read,
   office-addins/call-sync-after-load -- these tests break Office's rules on purpose, to prove the
   fake catches each break; and they call the fake's sync, which the rules do not recognise. */
/**
 * The fake must fail where Excel fails, or tests against it prove nothing: these pin each rule
 * it enforces.
 */
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { ErrorCell } from "../fakes/excel/grid";
import { parseA1 } from "../fakes/excel/a1";
import type { ExcelHost } from "../../src/excel/host";

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("FakeExcel", () => {
  it("is an ExcelHost (the compiler checks it against Office's own types)", () => {
    const host: ExcelHost = new FakeExcel();
    expect(host.workbook.worksheets).toBeDefined();
  });

  it("parses A1 addresses, with or without a sheet", () => {
    expect(parseA1("B3")).toEqual({ row: 2, col: 1, rows: 1, cols: 1 });
    expect(parseA1("'My sheet'!$AA$10:AB12")).toEqual({ row: 9, col: 26, rows: 3, cols: 2 });
    expect(parseA1("C:C")).toMatchObject({ row: 0, col: 2, rows: 1_048_576, cols: 1 });
    expect(() => parseA1("A0")).toThrow();
  });

  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data", [[1, 2]]);
    const range = fake.workbook.worksheets.getItem("Data").getRange("A1:B1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await fake.sync();
    expect(range.values).toEqual([[1, 2]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("rejects writes whose 2-D shape differs from the range (InvalidArgument)", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data");
    const range = fake.workbook.worksheets.getItem("Data").getRange("A1:B2");
    range.values = [[1, 2]];
    await rejectsWith(fake.sync(), "InvalidArgument");
    range.numberFormat = [["0"], ["0"]];
    await rejectsWith(fake.sync(), "InvalidArgument");
    range.values = [
      [1, 2],
      [3, 4],
    ];
    await fake.sync();
    expect(fake.sheet("Data").cell("B2").value).toBe(4);
  });

  it("reads written strings the way Excel does", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data");
    const sheet = fake.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:F1").values = [
      ['=HYPERLINK("x")', '\'=HYPERLINK("x")', "007", "'007", "-x", "plain"],
    ];
    await fake.sync();
    const data = fake.sheet("Data");
    expect(data.cell("A1")).toMatchObject({ value: "", formula: '=HYPERLINK("x")' });
    expect(data.cell("B1")).toEqual({ value: '=HYPERLINK("x")', numberFormat: "General" });
    expect(data.cell("C1").value).toBe(7);
    expect(data.cell("D1").value).toBe("007");
    expect(data.cell("E1").formula).toBe("=-x");
    expect(data.cell("F1").value).toBe("plain");
  });

  it("keeps text as text in a cell formatted as Text (@)", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data");
    const range = fake.workbook.worksheets.getItem("Data").getRange("A1");
    range.numberFormat = [["@"]];
    range.values = [["=1+1"]];
    await fake.sync();
    expect(fake.sheet("Data").cell("A1")).toEqual({ value: "=1+1", numberFormat: "@" });
  });

  it("gives error cells as text in values and as Error in valueTypes", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data", [[new ErrorCell("#N/A"), "#N/A", ""]]);
    const range = fake.workbook.worksheets.getItem("Data").getRange("A1:C1");
    range.load(["values", "valueTypes"]);
    await fake.sync();
    expect(range.values).toEqual([["#N/A", "#N/A", ""]]);
    expect(range.valueTypes).toEqual([["Error", "String", "Empty"]]);
  });

  it("enforces Excel's sheet-name rules", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Report");
    const sheets = fake.workbook.worksheets;
    for (const bad of [
      "a".repeat(32),
      "a/b",
      "a[b]",
      "what?",
      "x*",
      "c:d",
      "back\\slash",
      "'quoted'",
    ]) {
      sheets.add(bad);
      await rejectsWith(fake.sync(), "InvalidArgument");
    }
    sheets.add("REPORT");
    await rejectsWith(fake.sync(), "ItemAlreadyExists");
    sheets.add("a".repeat(31));
    await fake.sync();
    expect(fake.sheetNames()).toEqual(["Report", "a".repeat(31)]);
  });

  it("resolves getItemOrNullObject at sync, and getItem of a missing sheet fails", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Here");
    const missing = fake.workbook.worksheets.getItemOrNullObject("Gone");
    const here = fake.workbook.worksheets.getItemOrNullObject("here");
    expect(() => missing.isNullObject).toThrow();
    await fake.sync();
    expect(missing.isNullObject).toBe(true);
    expect(here.isNullObject).toBe(false);
    fake.workbook.worksheets.getItem("Gone");
    await rejectsWith(fake.sync(), "ItemNotFound");
  });

  it("keeps a workbook's last sheet and drops tables and charts with a deleted sheet", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Only");
    fake.workbook.worksheets.getItem("Only").delete();
    await rejectsWith(fake.sync(), "InvalidOperation");
    fake.addSheet("Other", [["h"], [1]]);
    fake.addTable("Other", "A1:A2", "Sales1");
    fake.workbook.worksheets.getItem("Other").delete();
    await fake.sync();
    expect(fake.sheetNames()).toEqual(["Only"]);
    expect(fake.model.tables()).toEqual([]);
  });

  it("applies a batch in order and stops at the failing command, keeping what came before", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data");
    const sheet = fake.workbook.worksheets.getItem("Data");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A2").values = [[1, 2]]; // wrong shape
    sheet.getRange("A3").values = [[3]];
    await rejectsWith(fake.sync(), "InvalidArgument");
    expect(fake.sheet("Data").cell("A1").value).toBe(1);
    expect(fake.sheet("Data").cell("A3").value).toBe("");
  });

  it("refuses a request over 5 MB and records each sync's payload", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Data");
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    fake.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = big;
    await rejectsWith(fake.sync(), "RequestPayloadSizeLimitExceeded");
    expect(fake.sheet("Data").cell("A1").value).toBe("");
    // Two commands (bind the sheet, write) of 150 bytes of envelope each (payload.ts), plus the
    // array: 60,000 strings of 100 characters = 60,000 x (100 + 2 quotes + 2 brackets + 1 comma) + 1.
    expect(fake.syncs[0].requestBytes).toBe(2 * 150 + 60_000 * 105 + 1);
  });

  it("refuses a response over 5 MB", async () => {
    const fake = new FakeExcel();
    fake.addGeneratedSheet("Big", { rows: 250_000, cols: 3, cell: (r) => r + 0.5 });
    fake.workbook.worksheets.getItem("Big").getRange("A1:C250000").load("values");
    await rejectsWith(fake.sync(), "ResponsePayloadSizeLimitExceeded");
  });

  it("enforces unique table names across the workbook", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["h"], [1]]);
    fake.addSheet("B", [["h"], [1]]);
    fake.addTable("A", "A1:A2", "Sales");
    const b = fake.workbook.worksheets.getItem("B");
    const table = b.tables.add(b.getRange("A1:A2"), true);
    table.name = "sales";
    await rejectsWith(fake.sync(), "ItemAlreadyExists");
    table.name = "Sales2";
    await fake.sync();
    expect(fake.model.tables().map((t) => t.name)).toEqual(["Sales", "Sales2"]);
  });

  it("puts a table given by a bare address on the ACTIVE sheet, as Office does", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Active", [["h"], [1]]);
    fake.addSheet("Other", [["h"], [1]]);
    fake.workbook.worksheets.getItem("Other").tables.add("A1:A2", true);
    await fake.sync();
    expect(fake.sheet("Active").tables).toHaveLength(1);
    expect(fake.sheet("Other").tables).toHaveLength(0);
  });

  it("records charts with their series direction and source", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S", [
      ["a", "b"],
      [1, 2],
      [3, 4],
    ]);
    const sheet = fake.workbook.worksheets.getItem("S");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A2:B3"), "Columns");
    chart.title.text = "T";
    await fake.sync();
    expect(fake.chartsAdded).toHaveLength(1);
    expect(fake.chartsAdded[0]).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      source: "S!A2:B3",
      title: { text: "T" },
    });
    expect(fake.chartsAdded[0].series).toHaveLength(2);
  });

  it("queues series formats like any command: a new chart's series styled before the sync", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S", [
      ["a", "b"],
      [1, 2],
    ]);
    const sheet = fake.workbook.worksheets.getItem("S");
    const chart = sheet.charts.add("Line", sheet.getRange("A2:B2"), "Columns");
    // Office creates the series from the range only at sync; styling them first must queue.
    chart.series.getItemAt(0).format.fill.setSolidColor("#123456");
    chart.series.getItemAt(1).format.line.color = "#654321";
    chart.series.getItemAt(1).format.line.lineStyle = "Dash";
    expect(fake.chartsAdded).toHaveLength(0);
    await fake.sync();
    const [first, second] = fake.chartsAdded[0].series;
    expect(first.color).toBe("#123456");
    expect(second.format.line).toEqual({ color: "#654321", lineStyle: "Dash" });
  });

  it("fails APIs above its level with ApiNotFound, as a host without that set does", async () => {
    const fake = new FakeExcel({ apiVersion: "1.9" });
    fake.addSheet("S");
    expect(fake.isSetSupported("ExcelApi", "1.12")).toBe(false);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(true);
    fake.workbook.worksheets.getItem("S").customProperties.add("k", "v");
    await rejectsWith(fake.sync(), "ApiNotFound");
  });

  it("answers DATE(1904,1,1) by the workbook's date system", async () => {
    for (const [date1904, expected] of [
      [false, 1462],
      [true, 0],
    ] as const) {
      const fake = new FakeExcel({ date1904 });
      const result = fake.workbook.functions.date(1904, 1, 1).load("value");
      await fake.sync();
      expect(result.value).toBe(expected);
    }
  });
});
