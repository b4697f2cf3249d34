/**
 * The real path for the RFM, Segments and Migration sheets: the English sample fixture (500
 * customers) -> loadAndClean -> runAnalyses (12-month RFM window, so customers can leave) ->
 * buildReport -> writeReportXlsx, read back with ExcelJS and JSZip (independent readers); and the
 * same model written by the Excel adapter into the typed fake.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import { writeReport } from "../../src/excel/writeReport";
import type { Language } from "../../src/i18n";
import { buildReport } from "../../src/report/buildReport";
import type { ReportModel, TableBlock } from "../../src/report/model";
import { findTable } from "../../src/report/ranges";
import { MIGRATION_TABLES } from "../../src/report/sheets/migrationSheet";
import { RFM_TABLES } from "../../src/report/sheets/rfmSheet";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { FakeExcel } from "../fakes/excel/fakeExcel";

const ROOT = path.resolve(__dirname, "../..");
const generatedAt = Date.UTC(2025, 0, 2, 8, 0);

let results: AnalysisResults;

const MY_SHEETS: string[] = ["rfm", "segments", "migration"];

/** Only this area's results: the other sections are tested by their own files. */
function model(language: Language): ReportModel {
  const { asOf, rfm, migration } = results;
  // The data's currency, set per language to check where each language puts the symbol.
  const currency = { code: language === "en" ? "USD" : "EUR", source: "setting" } as const;
  return buildReport(
    { asOf, rfm, migration, currency },
    { language, generatedAt, version: "test" }
  );
}

interface Written {
  workbook: ExcelJS.Workbook;
  zip: JSZip;
  model: ReportModel;
}

async function written(language: Language): Promise<Written> {
  const m = model(language);
  const bytes = await writeReportXlsx(m);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { workbook, zip: await JSZip.loadAsync(bytes), model: m };
}

/** Every chart part of the file, as text with XML apostrophes decoded. */
async function chartParts(zip: JSZip): Promise<string[]> {
  const names = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  return Promise.all(
    names.map(async (n) => (await zip.file(n)!.async("string")).replace(/&apos;/g, "'"))
  );
}

function tableOf(
  ws: ExcelJS.Worksheet,
  name: string
): ExcelJS.TableProperties & { tableRef: string } {
  return (ws.getTable(name) as unknown as { table: ExcelJS.TableProperties & { tableRef: string } })
    .table;
}

let en: Written;
let fr: Written;

beforeAll(async () => {
  const file = path.join(ROOT, "test/fixtures/sample-en/crm-sample-en.xlsx");
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(file)));
  if (!loaded.ok) throw new Error(`pipeline failed: ${loaded.error.code}`);
  results = runAnalyses(loaded.data, { rfm: { windowMonths: 12 } });
  [en, fr] = await Promise.all([written("en"), written("fr")]);
}, 120_000);

describe("the RFM sheets written to .xlsx and read back", () => {
  it("has the RFM, Segments and Migration sheets in English and in French", () => {
    const names = (w: Written) => w.workbook.worksheets.map((ws) => ws.name);
    expect(names(en)).toEqual(expect.arrayContaining(["RFM", "Segments", "Migration"]));
    expect(names(fr)).toEqual(expect.arrayContaining(["RFM", "Segments", "Migrations"]));
  });

  it("writes one Excel Table row a scored customer, with filters and a frozen header", () => {
    const rfm = results.rfm!;
    const ws = en.workbook.getWorksheet("RFM")!;
    const customers = tableOf(ws, RFM_TABLES.customers);
    // header on row 6 (title + 3 subtitle rows + gap), one row a customer below it
    expect(customers.tableRef).toBe(`A6:J${6 + rfm.customers.length}`);
    expect(customers.columns.map((c) => c.name)).toEqual([
      "Customer id",
      "Recency (days)",
      "Frequency",
      "Monetary",
      "Average order value",
      "R",
      "F",
      "M",
      "RFM code",
      "Segment",
    ]);
    expect(customers.columns.every((c) => c.filterButton !== false)).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    const first = rfm.customers[0];
    expect(ws.getCell("A7").value).toBe(first.id);
    expect(ws.getCell("B7").value).toBe(first.recency);
    expect(ws.getCell("D7").value).toBeCloseTo(first.monetary, 9);
    expect(ws.getCell("D7").numFmt).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(ws.getCell("I7").value).toBe(`${first.r}${first.f}${first.m}`);
  });

  it("shades the scores and puts a data bar on monetary", () => {
    const n = results.rfm!.customers.length;
    const ws = en.workbook.getWorksheet("RFM")! as unknown as {
      conditionalFormattings: { ref: string; rules: { type: string }[] }[];
    };
    expect(ws.conditionalFormattings.map((c) => [c.ref, c.rules[0].type])).toEqual(
      expect.arrayContaining([
        [`F7:H${6 + n}`, "colorScale"],
        [`D7:D${6 + n}`, "dataBar"],
      ])
    );
  });

  it("writes the segment summary as formulas over the customers' table, with their results", () => {
    const ws = en.workbook.getWorksheet("Segments")!;
    const summary = findTable(en.model, RFM_TABLES.segments)!.table;
    const champions = results.rfm!.segments[0];
    const row = summary.anchor.row + 2; // 1-based row of the first segment
    expect(ws.getCell(row, 1).value).toBe("Champions");
    expect(ws.getCell(row, 2).value).toEqual({
      formula: "COUNTIFS(RfmCustomers[Segment],SegmentSummary[[#This Row],[Segment]])",
      result: champions.customers,
    });
    const revenue = ws.getCell(row, 4).value as ExcelJS.CellFormulaValue;
    expect(revenue.formula).toBe(
      "SUMIFS(RfmCustomers[Monetary],RfmCustomers[Segment],SegmentSummary[[#This Row],[Segment]])"
    );
    expect(revenue.result).toBeCloseTo(champions.revenue, 6);
    expect(ws.getCell(row, 3).numFmt).toBe("0.0%");
    // totals row: SUBTOTAL over the column, carrying the number of customers scored
    const totals = summary.anchor.row + 1 + summary.rows.length + 1;
    expect(ws.getCell(totals, 2).value).toEqual({
      formula: "SUBTOTAL(109,SegmentSummary[Customers])",
      result: results.rfm!.customers.length,
    });
  });

  it("writes the R x F grid with COUNTIFS cells that add up to the customers", () => {
    const ws = en.workbook.getWorksheet("Segments")!;
    const grid = findTable(en.model, RFM_TABLES.rfGrid)!.table;
    const ref = tableOf(ws, RFM_TABLES.rfGrid).tableRef;
    expect(ref).toMatch(/^A\d+:F\d+$/);
    let total = 0;
    for (let r = 0; r < 5; r++) {
      for (let f = 0; f < 5; f++) {
        const cell = ws.getCell(grid.anchor.row + 2 + r, 2 + f).value as ExcelJS.CellFormulaValue;
        expect(cell.formula).toMatch(
          /^COUNTIFS\(RfmCustomers\[R\],RfmGrid\[\[#This Row\],\[R score\]\]/
        );
        total += cell.result as number;
      }
    }
    expect(total).toBe(results.rfm!.customers.length);
  });

  it("binds each chart of the Segments sheet to the summary table's ranges", async () => {
    const summary = findTable(en.model, RFM_TABLES.segments)!.table;
    const first = summary.anchor.row + 2;
    const last = first + summary.rows.length - 1;
    const parts = await chartParts(en.zip);
    const shares = parts.find((p) =>
      p.includes("<a:t>Share of revenue vs share of customers</a:t>")
    );
    expect(shares).toBeDefined();
    expect(shares).toContain(`<c:f>'Segments'!$A$${first}:$A$${last}</c:f>`);
    expect(shares).toContain(`<c:f>'Segments'!$C$${first}:$C$${last}</c:f>`);
    expect(shares).toContain(`<c:f>'Segments'!$E$${first}:$E$${last}</c:f>`);
    expect(shares).toContain('<c:barDir val="bar"/>');
    const revenue = parts.find((p) => p.includes("<a:t>Revenue by segment</a:t>"));
    expect(revenue).toContain(`<c:f>'Segments'!$D$${first}:$D$${last}</c:f>`);
    const customers = parts.find((p) => p.includes("<a:t>Customers by segment</a:t>"));
    expect(customers).toContain(`<c:f>'Segments'!$B$${first}:$B$${last}</c:f>`);
  });

  it("writes the migration matrix with row sums and share formulas over it", () => {
    const ws = en.workbook.getWorksheet("Migration")!;
    const { matrix } = results.migration!;
    const counts = findTable(en.model, MIGRATION_TABLES.matrix)!.table;
    const row = counts.anchor.row + 2;
    const totalCol = counts.columns.length; // 1-based: the last column
    const expectedTotal = matrix.counts[0].reduce((a, b) => a + b, 0) + matrix.leaving[0];
    const total = ws.getCell(row, totalCol).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/^SUM\(SegmentMigration\[\[#This Row\],\[Champions\]:\[Leaving/);
    expect(total.result).toBe(expectedTotal);
    const shares = findTable(en.model, MIGRATION_TABLES.shares)!.table;
    const share = ws.getCell(shares.anchor.row + 2, 2).value as ExcelJS.CellFormulaValue;
    expect(share.formula).toBe(
      `IFERROR(B${row}/${ws.getCell(row, totalCol).address.replace(/\d+/, "")}${row},0)`
    );
    expect(share.result).toBeCloseTo(matrix.rowShares[0][0], 12);
    // a 12-month window: customers can leave, and the file says how many
    expect(matrix.leaving.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("writes French headers, segment names and invariant format codes", () => {
    const ws = fr.workbook.getWorksheet("Segments")!;
    const summary = tableOf(ws, RFM_TABLES.segments);
    expect(summary.columns.map((c) => c.name).slice(0, 5)).toEqual([
      "Segment",
      "Clients",
      "Part des clients",
      "Chiffre d\u2019affaires",
      "Part du chiffre d\u2019affaires",
    ]);
    const found = findTable(fr.model, RFM_TABLES.segments)!.table;
    expect(ws.getCell(found.anchor.row + 2, 1).value).toBe("Champions");
    expect(ws.getCell(found.anchor.row + 3, 1).value).toBe("Fidèles");
    // the code of the model ('#,##0.00\\ "€"'); ExcelJS reads the escaped space back as a space
    expect(ws.getCell(found.anchor.row + 2, 4).numFmt).toMatch(
      /^#,##0\.00\\? "€";-#,##0\.00\\? "€"$/
    );
    expect(fr.workbook.getWorksheet("Migrations")!.getCell("A1").value).toBe(
      "Migration entre segments"
    );
  });

  it("adds the RFM rules to the Method sheet", () => {
    const ws = en.workbook.getWorksheet("Method")!;
    const texts = ws
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Quantile (R type 7)");
    expect(texts).toContain("Rule 1: Champions");
    expect(texts).toContain("Migration start date");
  });
});

describe("the RFM sheets written by the Excel adapter (typed fake)", () => {
  it("accepts every table, formula and chart", async () => {
    const fake = new FakeExcel();
    // This area's sheets only: the Dashboard (built from them) is tested by its own file.
    const full = model("en");
    const m = { ...full, sheets: full.sheets.filter((s) => MY_SHEETS.includes(s.key)) };
    const result = await writeReport(fake, m, {
      supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
    });
    expect(result).toMatchObject({ ok: true });
    const tableNames = (sheet: string) => fake.sheet(sheet).tables.map((t) => t.name);
    expect(tableNames("RFM")).toEqual([RFM_TABLES.customers, RFM_TABLES.cutPoints]);
    expect(tableNames("Segments")).toEqual([
      RFM_TABLES.segments,
      RFM_TABLES.rfGrid,
      RFM_TABLES.mapGrid,
    ]);
    expect(tableNames("Migration")).toEqual([MIGRATION_TABLES.matrix, MIGRATION_TABLES.shares]);
    const summary = findTable(m, RFM_TABLES.segments)!.table as TableBlock;
    const first = summary.anchor.row + 2;
    expect(fake.sheet("Segments").cell(`B${first}`).formula).toBe(
      "=COUNTIFS(RfmCustomers[Segment],SegmentSummary[[#This Row],[Segment]])"
    );
    const charts = fake.chartsAdded.filter((c) => c.sheet.name === "Segments");
    expect(charts.map((c) => c.type)).toEqual([
      "ColumnClustered",
      "ColumnClustered",
      "BarClustered",
    ]);
    expect(charts[0].series[0].xValues).toBe(
      `Segments!A${first}:A${first + summary.rows.length - 1}`
    );
  });
});
