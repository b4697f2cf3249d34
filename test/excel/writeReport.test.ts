import { writeReport, type WriteReportResult } from "../../src/excel/writeReport";
import { OWNED_SHEETS_SETTING } from "../../src/excel/ownership";
import fc from "fast-check";
import { layoutRows } from "../../src/report/layout";
import type { ReportModel, TableBlock, UnplacedBlock } from "../../src/report/model";
import { tableRowHeights } from "../../src/report/rowHeights";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { sampleModel } from "../report/sampleModel";

const HYPERLINK = '=HYPERLINK("http://evil")';

/** A workbook with the user's source data and a sheet of their own. */
function userWorkbook(options: ConstructorParameters<typeof FakeExcel>[0] = {}): FakeExcel {
  const fake = new FakeExcel(options);
  fake.addSheet("Transactions", [
    ["customer", "date", "amount"],
    ["c1", 45306, 12.5],
    [HYPERLINK, 45307, 3],
  ]);
  fake.addTable("Transactions", "A1:C3", "Sales");
  fake.addSheet("Notes", [["my own notes"]]);
  return fake;
}

function write(fake: FakeExcel, model: ReportModel = sampleModel()): Promise<WriteReportResult> {
  return writeReport(fake, model, {
    supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
  });
}

function fingerprints(fake: FakeExcel): Record<string, string> {
  return Object.fromEntries(fake.model.sheets.map((s) => [s.name, s.fingerprint()]));
}

describe("writeReport", () => {
  it("writes the model's sheets after the user's, with tables, formats and charts", async () => {
    const fake = userWorkbook();
    const result = await write(fake);
    expect(result).toEqual({
      ok: true,
      sheets: [
        { key: "dashboard", name: "Dashboard" },
        { key: "segments", name: "Segments & actions" },
      ],
      replaced: [],
    });
    expect(fake.sheetNames()).toEqual(["Transactions", "Notes", "Dashboard", "Segments & actions"]);
    const segments = fake.sheet("Segments & actions");
    // layoutRows: title at A1 (1 row, no subtitle), gap, tables from row 3; Segments at A3:G8
    // (header, 4 rows, totals), then one gap column: Monthly at I3:K7.
    expect(segments.tables.map((t) => [t.name, segments.address(t.area), t.showTotals])).toEqual([
      ["Segments", "'Segments & actions'!A3:G7", true],
      ["Monthly", "'Segments & actions'!I3:K7", false],
    ]);
    expect(segments.cell("A3").value).toBe("Segment");
    expect(segments.cell("C4")).toEqual({ value: 1000, numberFormat: '"£"#,##0.00' });
    // 2024-01-01 is Excel serial 45292 (1900 system).
    expect(segments.cell("I4")).toEqual({ value: 45292, numberFormat: "yyyy-mm-dd" });
    expect(segments.cell("A8").value).toBe("Total");
    expect(segments.cell("B8").formula).toBe("=SUBTOTAL(109,Segments[Customers])");
    expect(segments.cell("J7").formula).toBe("=SUM(E4:E6)");
    expect(segments.frozenRows).toBe(3);
    expect(segments.pageLayout).toMatchObject({ printTitleRows: "$1:$3" });
    expect(segments.conditionalFormats.map((c) => [c.type, c.address])).toEqual([
      ["DataBar", "'Segments & actions'!C4:C7"],
      ["ColorScale", "'Segments & actions'!D4:D7"],
      ["IconSet", "'Segments & actions'!G4:G7"],
    ]);
    expect(segments.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
    const dashboard = fake.sheet("Dashboard");
    expect(dashboard.pageLayout).toMatchObject({
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    expect(dashboard.cell("A1").value).toBe("CRM report");
    // Tiles at row 5 (title + 2 subtitles + gap): label, value (a formula over the table), change.
    expect(dashboard.cell("A6").formula).toBe("=SUM(Segments[Revenue])");
    expect(dashboard.cell("A7")).toEqual({
      value: 0.042,
      // prefixedFormat(signedPercent, changeLabel): the label quoted before each section.
      numberFormat:
        '"vs previous period "+0.0%;"vs previous period "-0.0%;"vs previous period "0.0%',
    });
    // Tiles styled like the .xlsx renderer: merged across their 2 columns and 4 rows, filled, change coloured
    // by sign (+4.2 % green, -10 % red).
    expect(dashboard.formats).toEqual(
      expect.arrayContaining([
        { address: "Dashboard!A5:B8", property: "merge", value: "across" },
        { address: "Dashboard!A5:B8", property: "fill.color", value: "#F2F5F9" },
        { address: "Dashboard!A7", property: "font.color", value: "#2E7D32" },
        { address: "Dashboard!C7", property: "font.color", value: "#C62828" },
      ])
    );
    expect(dashboard.pageLayout).toMatchObject({
      printArea: "A1:AA40",
      zoom: { verticalFitToPages: 1 },
    });
    expect(dashboard.tabColor).toBe("#1F4E79");
  });

  it("adds every chart with an explicit series direction, bound to the table's columns", async () => {
    const fake = userWorkbook();
    await write(fake);
    const charts = fake.chartsAdded;
    expect(charts.map((c) => [c.type, c.seriesBy])).toEqual([
      ["ColumnClustered", "Columns"],
      ["Pie", "Columns"],
      ["BarClustered", "Columns"],
      ["LineMarkers", "Columns"],
      ["Doughnut", "Columns"],
      ["XYScatter", "Columns"],
      ["Area", "Columns"],
    ]);
    const revenue = charts[0];
    expect(revenue.title).toEqual({ text: "Revenue by segment", visible: true });
    expect(revenue.series).toHaveLength(1);
    expect(revenue.series[0]).toMatchObject({
      name: "Revenue",
      xValues: "'Segments & actions'!A4:A7",
    });
    expect(revenue.source).toBe("'Segments & actions'!C4:C7");
    expect(revenue.legend).toEqual({ position: "Bottom", visible: true });
    expect(charts[1].dataLabels).toMatchObject({ showPercentage: true, showValue: false });
    // The uplift chart's interval: two extra series of value -/+ margin, numbers under the chart.
    const uplift = charts[2];
    expect(uplift.series.map((s) => s.name)).toEqual(["Uplift", "Uplift (−)", "Uplift (+)"]);
    expect(uplift.axes.valueAxis.numberFormat).toBe("0.0%");
    const dashboard = fake.sheet("Dashboard");
    const bandTop = uplift.series[1].values?.split("!")[1].split(":")[0] ?? "";
    expect(dashboard.cell(bandTop).value).toBeCloseTo(0.05 - 0.03, 12);
    expect(uplift.position).toBeDefined();
  });

  it("writes a customer named like a formula as text, never as a formula", async () => {
    const fake = userWorkbook();
    await write(fake);
    const segments = fake.sheet("Segments & actions");
    expect(segments.cell("A6")).toEqual({ value: HYPERLINK, numberFormat: "@" });
    expect(segments.cell("A7")).toEqual({ value: "+Lost", numberFormat: "@" });
  });

  it("leaves the source sheets byte-identical", async () => {
    const fake = userWorkbook();
    const before = fingerprints(fake);
    await write(fake);
    await write(fake);
    expect(fake.sheet("Transactions").fingerprint()).toBe(before.Transactions);
    expect(fake.sheet("Notes").fingerprint()).toBe(before.Notes);
  });

  it("never touches a user's sheet named like ours: ours gets a suffix", async () => {
    const fake = userWorkbook();
    fake.addSheet("Dashboard", [["the user's own dashboard"]]);
    const theirs = fake.sheet("Dashboard").fingerprint();
    const result = await write(fake);
    expect(result.ok && result.sheets[0].name).toBe("Dashboard (2)");
    expect(fake.sheet("Dashboard").fingerprint()).toBe(theirs);
    // And on a re-run, theirs is still not ours.
    await write(fake);
    expect(fake.sheet("Dashboard").fingerprint()).toBe(theirs);
    expect(fake.sheetNames().filter((n) => n.startsWith("Dashboard"))).toEqual([
      "Dashboard",
      "Dashboard (2)",
    ]);
  });

  it("never takes a user's table name: ours gets a suffix and our formulas follow it", async () => {
    const fake = userWorkbook();
    fake.addSheet("Theirs", [["h"], [1]]);
    fake.addTable("Theirs", "A1:A2", "Segments");
    await write(fake);
    expect(fake.sheet("Theirs").tables[0].name).toBe("Segments");
    const segments = fake.sheet("Segments & actions");
    expect(segments.tables[0].name).toBe("Segments_2");
    expect(segments.cell("B8").formula).toBe("=SUBTOTAL(109,Segments_2[Customers])");
    expect(fake.sheet("Dashboard").cell("A6").formula).toBe("=SUM(Segments_2[Revenue])");
  });

  it("replaces its own sheets on a re-run and leaves exactly one set", async () => {
    const fake = userWorkbook();
    await write(fake);
    const first = fingerprints(fake);
    const second = await write(fake);
    expect(second).toMatchObject({ ok: true, replaced: ["Dashboard", "Segments & actions"] });
    expect(fake.sheetNames()).toEqual(["Transactions", "Notes", "Dashboard", "Segments & actions"]);
    expect(fake.model.tables().map((t) => t.name)).toEqual(["Sales", "Segments", "Monthly"]);
    // Same content as the first run (sheet ids differ, content does not).
    expect(fingerprints(fake)).toEqual(first);
  });

  // Ownership marks, reopening and the 1.9 fallback: test/excel/ownership.test.ts.

  it("writes dates in the 1904 system 1462 days lower", async () => {
    const fake = userWorkbook({ date1904: true });
    await writeReport(fake, sampleModel(), {
      supports: () => true,
      date1904: true,
    });
    expect(fake.sheet("Segments & actions").cell("I4").value).toBe(45292 - 1462);
  });

  describe("a failure mid-write", () => {
    /**
     * Commands applied by a full run on a workbook that already holds a report, and the
     * position (1-based) of the swap's first deletion of an old sheet.
     */
    async function measureRun(): Promise<{ total: number; deletesFrom: number }> {
      const fake = userWorkbook();
      await write(fake);
      const labels: string[] = [];
      const enqueue = fake.queue.enqueue.bind(fake.queue);
      fake.queue.enqueue = (label, run, payload) => {
        labels.push(label);
        enqueue(label, run, payload);
      };
      await write(fake);
      return { total: labels.length, deletesFrom: labels.indexOf("worksheet.delete") + 1 };
    }

    it("leaves the workbook exactly as before, whichever command up to the first deletion fails", async () => {
      const { deletesFrom } = await measureRun();
      // Every command of the run up to the swap's first deletion of an old sheet, one failure a run.
      for (let point = 1; point <= deletesFrom; point++) {
        const fake = userWorkbook();
        await write(fake);
        const before = fingerprints(fake);
        const settings = fake.settingValue(OWNED_SHEETS_SETTING);
        fake.injectFailure({ atCommand: fake.commandsApplied + point });
        const result = await write(fake);
        expect(result).toMatchObject({ ok: false, error: { code: "pane:excel.writeFailed" } });
        expect(fingerprints(fake)).toEqual(before);
        expect(fake.settingValue(OWNED_SHEETS_SETTING)).toBe(settings);
      }
    });

    it("finishes a swap that stopped after its first deletion: one set, the right names", async () => {
      const { deletesFrom, total } = await measureRun();
      for (let point = deletesFrom + 1; point <= total; point++) {
        const fake = userWorkbook();
        await write(fake);
        fake.injectFailure({ atCommand: fake.commandsApplied + point });
        const result = await write(fake);
        expect(result).toMatchObject({
          ok: false,
          error: { code: "pane:excel.writeFailedAfterSwap" },
        });
        expect(fake.sheetNames()).toEqual([
          "Transactions",
          "Notes",
          "Dashboard",
          "Segments & actions",
        ]);
        expect(fake.model.tables().map((t) => t.name)).toEqual(["Sales", "Segments", "Monthly"]);
      }
    });

    it("turns a payload refusal into its own error code", async () => {
      const fake = userWorkbook();
      const result = await writeReport(fake, sampleModel(), {
        supports: () => true,
        targetBytesPerSync: 6 * 1024 * 1024,
      });
      expect(result.ok).toBe(true);
      const huge = sampleModel();
      const segments = huge.sheets[1].blocks.find((b) => b.kind === "table");
      if (segments?.kind !== "table") throw new Error("sample model changed");
      segments.rows = Array.from({ length: 6_000 }, (_, i) => [
        `customer ${i} ${"x".repeat(1_000)}`,
        i,
        i,
        0,
        0,
        0,
        0,
      ]);
      const refused = await writeReport(fake, huge, {
        supports: () => true,
        targetBytesPerSync: 8 * 1024 * 1024,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: "pane:excel.payloadTooLarge" } });
      expect(fake.sheetNames()).toEqual([
        "Transactions",
        "Notes",
        "Dashboard",
        "Segments & actions",
      ]);
    });
  });
});

describe("writeReport, edge cases", () => {
  /** A one-sheet model holding `table` (and `extra` blocks) at A1. */
  function oneTable(table: Omit<TableBlock, "anchor">, extra: UnplacedBlock[] = []): ReportModel {
    return {
      language: "en",
      generatedAt: 0,
      version: "test",
      sheets: [
        {
          key: "rfm",
          name: "RFM",
          blocks: layoutRows([[table], extra]),
          print: { orientation: "portrait", fitToPage: { wide: true, tall: false }, paper: "A4" },
        },
      ],
    };
  }
  const textColumn = { id: "t", header: "Text", type: "text", format: "@" } as const;

  it("gives an empty table its one empty body row", async () => {
    const fake = userWorkbook();
    await write(
      fake,
      oneTable({
        kind: "table",
        name: "Empty",
        style: "TableStyleLight1",
        columns: [textColumn],
        rows: [],
      })
    );
    expect(fake.sheet("RFM").tables[0].area).toEqual({ row: 0, col: 0, rows: 2, cols: 1 });
  });

  it("prints a sheet that is not fitted to one page wide at 100 %", async () => {
    const fake = userWorkbook();
    const model = oneTable({
      kind: "table",
      name: "Wide",
      style: "TableStyleLight1",
      columns: [textColumn],
      rows: [["a"]],
    });
    model.sheets[0].print.fitToPage = { wide: false, tall: false };
    await write(fake, model);
    expect(fake.sheet("RFM").pageLayout).toMatchObject({ zoom: { scale: 100 } });
  });

  it("wraps wrap columns and sets the row heights src/report computed", async () => {
    const fake = userWorkbook();
    const long = "a long explanation ".repeat(10);
    const table = {
      kind: "table" as const,
      name: "Notes",
      style: "TableStyleLight1",
      columns: [{ ...textColumn, wrap: true, width: 20 }],
      rows: [["short"], [long], [long]],
    };
    await write(fake, oneTable(table));
    const formats = fake.sheet("RFM").formats;
    expect(formats).toContainEqual({ address: "RFM!A2:A4", property: "wrapText", value: true });
    // tableRowHeights: the two long rows (sheet rows 3-4) get the same height, set in one command.
    const [[row, height]] = [...tableRowHeights({ ...table, anchor: { row: 0, col: 0 } })];
    expect(row).toBe(2);
    expect(formats).toContainEqual({ address: "RFM!A3:A4", property: "rowHeight", value: height });
  });

  it("skips a chart whose table is not in the model, and writes the rest", async () => {
    const fake = userWorkbook();
    const chart: UnplacedBlock = {
      kind: "chart",
      type: "pie",
      title: "Orphan",
      table: "Nowhere",
      categoryColumn: "t",
      seriesBy: "columns",
      series: [{ column: "t", name: "T" }],
      legend: "none",
      size: { rows: 5, cols: 3 },
    };
    const result = await write(
      fake,
      oneTable(
        {
          kind: "table",
          name: "T1",
          style: "TableStyleLight1",
          columns: [textColumn],
          rows: [["x"]],
        },
        [chart]
      )
    );
    expect(result.ok).toBe(true);
    expect(fake.chartsAdded).toHaveLength(0);
  });

  it("lands any string from the data as that very string (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 20 }),
        async (texts) => {
          const fake = userWorkbook();
          const rows = texts.map((t) => [t]);
          await write(
            fake,
            oneTable({
              kind: "table",
              name: "T1",
              style: "TableStyleLight1",
              columns: [{ ...textColumn, format: "General" }],
              rows,
            })
          );
          const sheet = fake.sheet("RFM");
          texts.forEach((t, i) => {
            const cell = sheet.cell(`A${i + 2}`);
            expect(cell.formula).toBeUndefined();
            expect(cell.value).toBe(t);
          });
        }
      ),
      { numRuns: 40 }
    );
  });
});
