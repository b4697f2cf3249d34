/**
 * An interval chart through Office.js: a StockHLC chart whose three series are the table's high,
 * low and estimate columns, in that order (Excel.ChartType "StockHLC",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype). The typed fake
 * refuses a stock chart made from another number of series, or given an added series.
 */
import { writeReport } from "../../src/excel/writeReport";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { INTERVAL_ROWS, intervalModel } from "../report/intervalModel";
import type { ReportModel } from "../../src/report/model";

async function write(fake: FakeExcel, model: ReportModel) {
  return writeReport(fake, model, {
    supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
  });
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("interval chart (Office.js)", () => {
  it("adds a StockHLC chart over the three columns, series high, low, estimate", async () => {
    const fake = new FakeExcel();
    const result = await write(fake, intervalModel());
    expect(result.ok).toBe(true);
    const [chart] = fake.chartsAdded;
    expect(chart.type).toBe("StockHLC");
    // table at A1: campaign A, uplift B, low C, high D, body rows 2..4
    expect(chart.source).toBe("Uplift!B2:D4");
    expect(chart.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["95% high", "Uplift!D2:D4", "Uplift!A2:A4"],
      ["95% low", "Uplift!C2:C4", "Uplift!A2:A4"],
      ["Uplift (points)", "Uplift!B2:B4", "Uplift!A2:A4"],
    ]);
    // the cells each series reads hold the interval's numbers
    const sheet = fake.sheet("Uplift");
    expect([2, 3, 4].map((r) => sheet.cell(`D${r}`).value)).toEqual(INTERVAL_ROWS.map((r) => r[3]));
    expect([2, 3, 4].map((r) => sheet.cell(`B${r}`).value)).toEqual(INTERVAL_ROWS.map((r) => r[1]));
    expect(chart.title).toEqual({ text: "Uplift and its 95% interval", visible: true });
    expect(chart.position).toBeDefined();
  });

  it("adds no chart when one of the three columns is blank (no interval to draw)", async () => {
    const model = intervalModel();
    const table = model.sheets[0].blocks.find((b) => b.kind === "table")!;
    if (table.kind === "table") table.rows = table.rows.map((r) => [r[0], r[1], null, r[3]]);
    const fake = new FakeExcel();
    expect((await write(fake, model)).ok).toBe(true);
    expect(fake.chartsAdded).toHaveLength(0);
  });
});

describe("FakeExcel: stock charts take a fixed number of series", () => {
  function sheetWith(): FakeExcel {
    const fake = new FakeExcel();
    fake.addSheet("S", [
      ["cat", "high", "low", "close"],
      ["a", 3, 1, 2],
      ["b", 4, 2, 3],
    ]);
    return fake;
  }

  it("refuses a StockHLC chart made from one column", async () => {
    const fake = sheetWith();
    const sheet = fake.workbook.worksheets.getItem("S");
    sheet.charts.add("StockHLC", sheet.getRange("B2:B3"), "Columns");
    await rejectsWith(fake.sync(), "InvalidArgument");
  });

  it("makes one from three columns, and refuses a fourth series", async () => {
    const fake = sheetWith();
    const sheet = fake.workbook.worksheets.getItem("S");
    const chart = sheet.charts.add("StockHLC", sheet.getRange("B2:D3"), "Columns");
    await fake.sync();
    expect(fake.chartsAdded[0].series).toHaveLength(3);
    chart.series.add("extra");
    await rejectsWith(fake.sync(), "InvalidArgument");
  });
});
