/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these are ExcelJS cells read from a file and a typed fake, not Office.js proxies */
/**
 * The real path for the LTV and Uplift sheets: the 500-customer English sample through
 * loadAndClean and runAnalyses (calibration ending 2024-06-30 so the holdout check runs),
 * buildReport in English and French, then (1) writeReportXlsx read back with ExcelJS and the
 * chart parts with JSZip, (2) the Office.js writer against the typed fake Excel.
 * Only our two sheets (and Method) are written, so the test does not depend on the other
 * sheets' builders.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import { writeReport } from "../../src/excel/writeReport";
import { buildReport } from "../../src/report/buildReport";
import type { ReportModel, TableBlock } from "../../src/report/model";
import { columnBodyA1, findTable, tableRangeA1 } from "../../src/report/ranges";
import { LTV_TABLES } from "../../src/report/sheets/ltvSheet";
import { UPLIFT_TABLES } from "../../src/report/sheets/upliftSheet";
import { assertValidModel } from "../../src/report/validateModel";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { findAll, findOne, parseXml } from "../xlsx/xmlTree";

const SAMPLE = path.resolve(__dirname, "../fixtures/sample-en/crm-sample-en.xlsx");

let results: AnalysisResults;

beforeAll(async () => {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE)));
  if (!loaded.ok) throw new Error(loaded.error.code);
  results = runAnalyses(loaded.data, { ltv: { calibrationEnd: Date.UTC(2024, 5, 30) } });
}, 60_000);

/** The report with only the LTV, Uplift and Method sheets. */
function ourModel(language: "en" | "fr"): ReportModel {
  // The data's currency, set per language to check where each language puts the symbol.
  const currency = { code: language === "en" ? "USD" : "EUR", source: "setting" } as const;
  const model = buildReport(
    { ...results, currency },
    { language, generatedAt: 0, version: "test" }
  );
  model.sheets = model.sheets.filter((s) => ["ltv", "uplift", "method"].includes(s.key));
  return model;
}

function tableOf(model: ReportModel, name: string): TableBlock {
  const found = findTable(model, name);
  if (!found) throw new Error(`no table ${name}`);
  return found.table;
}

/** Every chart part of the file, with its title text and the ranges its series read. */
async function chartParts(zip: JSZip): Promise<{ title: string; refs: string[] }[]> {
  const names = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  return Promise.all(
    names.map(async (name) => {
      const xml = parseXml(await zip.file(name)!.async("string"));
      const title = findAll(findOne(xml, "c:title"), "a:t")
        .map((t) => t.text)
        .join("");
      const refs = findAll(xml, "c:f").map((f) => f.text.replace(/&apos;/g, "'"));
      return { title, refs };
    })
  );
}

type LoadedTable = { table: { tableRef: string; columns: { name: string }[] } };

describe.each(["en", "fr"] as const)(
  "the LTV and Uplift sheets written to .xlsx (%s)",
  (language) => {
    let model: ReportModel;
    let workbook: ExcelJS.Workbook;
    let zip: JSZip;
    const ltvName = language === "en" ? "LTV" : "Valeur client";
    const upliftName = "Uplift";

    beforeAll(async () => {
      model = ourModel(language);
      assertValidModel(model);
      const bytes = await writeReportXlsx(model);
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      zip = await JSZip.loadAsync(bytes);
    }, 60_000);

    it("has the sheets with their localised names", () => {
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        ltvName,
        upliftName,
        language === "en" ? "Method" : "Méthode",
      ]);
    });

    it("writes every table of ours as an Excel Table at the model's range, headers localised", () => {
      for (const [sheetName, names] of [
        [ltvName, Object.values(LTV_TABLES)],
        [upliftName, Object.values(UPLIFT_TABLES)],
      ] as const) {
        const ws = workbook.getWorksheet(sheetName)!;
        for (const name of names) {
          const block = findTable(model, name)?.table;
          if (block === undefined) continue; // e.g. no retention formula without two years of data
          const written = (ws.getTable(name) as unknown as LoadedTable).table;
          expect([name, written.tableRef]).toEqual([name, tableRangeA1(block)]);
          expect(written.columns.map((c) => c.name)).toEqual(block.columns.map((c) => c.header));
        }
      }
      const headers = (
        workbook
          .getWorksheet(upliftName)!
          .getTable(UPLIFT_TABLES.campaigns) as unknown as LoadedTable
      ).table.columns.map((c) => c.name);
      expect(headers).toContain(language === "en" ? "Treated rate" : "Taux ciblés");
    });

    it("writes the segment totals as SUBTOTAL formulas and AOV as a formula over the row", () => {
      const segments = tableOf(model, LTV_TABLES.segments);
      const ws = workbook.getWorksheet(ltvName)!;
      const totalsRow = segments.anchor.row + segments.rows.length + 2; // 1-based: header, body, totals
      const revenueHeader = segments.columns[2].header;
      const revenue = ws.getCell(totalsRow, 3).value as { formula: string; result: number };
      expect(revenue.formula).toBe(`SUBTOTAL(109,${LTV_TABLES.segments}[${revenueHeader}])`);
      // the segments' revenues add up to the historical total of the engine
      expect(revenue.result).toBeCloseTo(results.ltv!.historical.overall.netRevenue, 6);
      const first = segments.anchor.row + 2;
      const aov = ws.getCell(first, 5).value as { formula: string; result: number };
      expect(aov.formula).toBe(`IF(D${first}=0,0,C${first}/D${first})`);
      expect(ws.getCell(first, 3).numFmt).toBe(
        language === "en" ? '"$"#,##0.00;-"$"#,##0.00' : '#,##0.00 "€";-#,##0.00 "€"'
      );
    });

    it("writes the uplift rates and points as formulas with their values, in their formats", () => {
      const campaigns = tableOf(model, UPLIFT_TABLES.campaigns);
      const ws = workbook.getWorksheet(upliftName)!;
      const row = campaigns.anchor.row + 2;
      // the table starts in column B: B comparison, C campaign, D arm, E n treated,
      // F conversions, G rate, H n control, I conversions, J rate, K uplift (points)
      const engine = results.uplift!.campaigns[0].results[0];
      expect(ws.getCell(`G${row}`).value).toEqual({
        formula: `F${row}/E${row}`,
        result: engine.treated.rate,
      });
      const uplift = ws.getCell(`K${row}`);
      expect(uplift.value).toMatchObject({ formula: `(G${row}-J${row})*100` });
      expect((uplift.value as { result: number }).result).toBeCloseTo(engine.upliftAbs * 100, 12);
      expect(uplift.numFmt).toBe('+0.00" pts";-0.00" pts";0.00" pts"');
      expect(ws.getCell(`G${row}`).numFmt).toBe("0.00%");
    });

    it("binds each chart part to its table's columns", async () => {
      const parts = await chartParts(zip);
      const expectSeries = (title: string, table: string, category: string, columns: string[]) => {
        const chart = parts.find((p) => p.title === title);
        expect(chart).toBeDefined();
        const found = findTable(model, table)!;
        const quoted = `'${found.sheet.name}'`;
        const ref = (id: string) => `${quoted}!${columnBodyA1(found.table, id, true)}`;
        for (const column of columns) expect(chart!.refs).toContain(ref(column));
        expect(chart!.refs).toContain(ref(category));
      };
      const t = buildReport(results, { language, generatedAt: 0, version: "test" });
      const title = (id: string) =>
        t.sheets.flatMap((s) => s.blocks).find((b) => b.kind === "chart" && b.table === id);
      const holdout = title(LTV_TABLES.holdout);
      expect(holdout?.kind).toBe("chart");
      if (holdout?.kind === "chart")
        expectSeries(holdout.title, LTV_TABLES.holdout, "group", ["predicted", "actual"]);
      const rates =
        language === "en"
          ? "Conversion rate: treated vs control"
          : "Taux de conversion : ciblés contre témoins";
      expectSeries(rates, UPLIFT_TABLES.campaigns, "comparison", ["rateControl", "rateTreated"]);
      const uplift =
        language === "en"
          ? "Uplift in points with its 95% interval (Newcombe)"
          : "Uplift en points et son intervalle à 95\u00a0% (Newcombe)"; // no-break space
      expectSeries(uplift, UPLIFT_TABLES.campaigns, "comparison", ["ciLow", "uplift", "ciHigh"]);
      const segmentChart = title(LTV_TABLES.segments);
      if (segmentChart?.kind === "chart")
        expectSeries(segmentChart.title, LTV_TABLES.segments, "segment", ["avgClv"]);
      // the uplift and rate charts and the holdout chart; the CLV by segment and distribution
      // charts when CLV exists
      const expected = results.ltv!.customers.some((c) => c.clv !== null) ? 5 : 3;
      expect(parts).toHaveLength(expected);
    });

    it("writes the verdict arrows as an icon set over the verdict column", () => {
      const campaigns = tableOf(model, UPLIFT_TABLES.campaigns);
      const ws = workbook.getWorksheet(upliftName) as ExcelJS.Worksheet & {
        conditionalFormattings: { ref: string; rules: { type: string; iconSet?: string }[] }[];
      };
      const verdict = ws.conditionalFormattings.find(
        (c) => c.ref === columnBodyA1(campaigns, "verdict")
      );
      expect(verdict?.rules[0]).toMatchObject({ type: "iconSet", iconSet: "3Arrows" });
    });
  }
);

describe("the LTV and Uplift sheets written through Office.js (typed fake Excel)", () => {
  it("accepts every table and chart", async () => {
    const model = ourModel("en");
    const fake = new FakeExcel();
    fake.addSheet("Transactions", [
      ["customer", "date", "amount"],
      ["c1", 45306, 12.5],
    ]);
    const result = await writeReport(fake, model, {
      supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
    });
    expect(result).toMatchObject({ ok: true });
    const ltv = fake.sheet("LTV");
    const uplift = fake.sheet("Uplift");
    const tableNames = (s: typeof ltv) => s.tables.map((t) => t.name);
    const modelTables = (key: string) =>
      model.sheets
        .find((s) => s.key === key)!
        .blocks.filter((b): b is TableBlock => b.kind === "table")
        .map((b) => b.name);
    expect(tableNames(ltv)).toEqual(modelTables("ltv"));
    expect(tableNames(uplift)).toEqual(modelTables("uplift"));
    const campaigns = tableOf(model, UPLIFT_TABLES.campaigns);
    const row = campaigns.anchor.row + 2;
    expect(uplift.cell(`K${row}`).formula).toBe(`=(G${row}-J${row})*100`);
    const charts = fake.chartsAdded.map((c) => [c.sheet.name, c.series.map((s) => s.name)]);
    expect(charts).toContainEqual(["Uplift", ["Treated rate", "Control rate"]]);
    // the interval chart: a StockHLC chart, series high, low, estimate
    expect(charts).toContainEqual([
      "Uplift",
      ["95% high (Newcombe)", "95% low (Newcombe)", "Uplift (points)"],
    ]);
    expect(fake.chartsAdded.map((c) => c.type)).toContain("StockHLC");
    expect(charts).toContainEqual([
      "LTV",
      ["Actual (mean a customer)", "Predicted (mean a customer)"],
    ]);
  });
});
