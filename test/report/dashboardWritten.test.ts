/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these are ExcelJS cells read from a file and fake Excel models, not Office.js proxies */
/**
 * The real path for the Dashboard and Campaigns sheets: the English sample fixture (500
 * customers) through loadAndClean + runAnalyses + buildReport, written by both renderers:
 * the .xlsx writer, read back with ExcelJS (an independent reader) and the chart parts of the
 * zip; and the Office.js writer, against the typed fake Excel.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import type { DataQualityReport } from "../../src/analytics/quality/dataQualityReport";
import { writeReport } from "../../src/excel/writeReport";
import { buildReport } from "../../src/report/buildReport";
import type {
  ChartBlock,
  KpiTile,
  KpiTilesBlock,
  ReportModel,
  ReportSheet,
  TableBlock,
} from "../../src/report/model";
import {
  columnBodyBounds,
  findTable,
  sheetRangeRef,
  structuredRef,
  tileValuePosition,
  tileChangeFormula,
  tileChangePosition,
  tilePreviousPosition,
  cellA1,
} from "../../src/report/ranges";
import { CAMPAIGN_TABLES } from "../../src/report/sheets/campaignsSheet";
import { DASHBOARD_TABLES } from "../../src/report/sheets/dashboardSheet";
import { COMPARISON_TABLES } from "../../src/report/sheets/dashboard/comparisonTables";
import { HISTORY_TABLES } from "../../src/report/sheets/historySheet";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { FORMAT, roundAsShown } from "../../src/report/numberFormats";
import { libreOfficeInstalled, recalculatedFirstSheet } from "../support/libreOfficeRecalc";

const FIXTURE = path.resolve(__dirname, "../fixtures/sample-en/crm-sample-en.xlsx");

/** ExcelJS's typings want its own Buffer type; a Node Buffer is what it reads. */
const asExcelBuffer = (data: Uint8Array) => Buffer.from(data) as unknown as ExcelJS.Buffer;

type LoadedWorksheet = ExcelJS.Worksheet & { tables: Record<string, unknown> };

interface Written {
  model: ReportModel;
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
  charts: string[];
}

let results: AnalysisResults;
let dataQuality: DataQualityReport;
const written: Partial<Record<"en" | "fr", Written>> = {};

async function write(language: "en" | "fr"): Promise<Written> {
  // The currency is the data's, set here per language to check where each language puts it.
  const currency = { code: language === "en" ? "USD" : "EUR", source: "setting" } as const;
  const model = buildReport(
    { ...results, dataQuality, currency },
    { language, generatedAt: Date.UTC(2025, 0, 2, 9), version: "test" }
  );
  const bytes = await writeReportXlsx(model);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(asExcelBuffer(bytes));
  const zip = await JSZip.loadAsync(bytes);
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
      .map(async (p) => (await zip.file(p)!.async("string")).replace(/&apos;/g, "'"))
  );
  return { model, bytes, workbook, charts };
}

beforeAll(async () => {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(FIXTURE)));
  if (!loaded.ok) throw new Error(`pipeline failed: ${loaded.error.code}`);
  results = runAnalyses(loaded.data);
  dataQuality = loaded.data.dataQuality;
  written.en = await write("en");
  written.fr = await write("fr");
}, 120_000);

function sheetOf(model: ReportModel, key: ReportSheet["key"]): ReportSheet {
  const sheet = model.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no ${key} sheet`);
  return sheet;
}

/** The Dashboard's tiles, in order (two blocks: rows of four). */
function tilesOf(model: ReportModel): KpiTile[] {
  return sheetOf(model, "dashboard").blocks.flatMap((b) => (b.kind === "kpiTiles" ? b.tiles : []));
}

/** The tile block holding tile `id`, and its index there. */
function findTile(model: ReportModel, id: string): { block: KpiTilesBlock; index: number } {
  for (const block of sheetOf(model, "dashboard").blocks) {
    if (block.kind !== "kpiTiles") continue;
    const index = block.tiles.findIndex((t) => t.id === id);
    if (index >= 0) return { block, index };
  }
  throw new Error(`no tile ${id}`);
}

/** The absolute references a chart's series point at, from the model (ranges.ts). */
function chartRefs(
  model: ReportModel,
  chart: ChartBlock
): { categories: string; values: string[] } {
  const { sheet, table } = findTable(model, chart.table)!;
  const ref = (id: string) => {
    const { from, to } = columnBodyBounds(table, id);
    return sheetRangeRef(sheet.name, from, to);
  };
  return { categories: ref(chart.categoryColumn), values: chart.series.map((s) => ref(s.column)) };
}

/** The chart part that holds every one of `refs` (each chart binds its own ranges). */
function chartPart(charts: string[], refs: string[]): string | undefined {
  return charts.find((xml) => refs.every((r) => xml.includes(`<c:f>${r}</c:f>`)));
}

describe.each(["en", "fr"] as const)("the written %s report", (language) => {
  const names = {
    en: { dashboard: "Dashboard", campaigns: "Campaigns" },
    fr: { dashboard: "Tableau de bord", campaigns: "Campagnes" },
  }[language];
  const get = () => written[language]!;

  it("has the Dashboard first and the Campaigns sheet, under their localised names", () => {
    const sheets = get().workbook.worksheets.map((w) => w.name);
    expect(sheets[0]).toBe(names.dashboard);
    expect(sheets).toContain(names.campaigns);
  });

  it("writes the tiles as formulas with their computed values and formats", () => {
    const { model, workbook } = get();
    const ws = workbook.getWorksheet(names.dashboard)!;
    const ids = tilesOf(model).map((t) => t.id);
    expect(ids).toEqual([
      "customers",
      "activeCustomers",
      "revenue",
      "aov",
      "repeatRate",
      "averageClv",
      "bestCampaign",
      "coverage",
    ]);
    const cell = (id: string) => {
      const { block, index } = findTile(model, id);
      return ws.getCell(cellA1(tileValuePosition(block, index)));
    };
    // The KPI module counts the customers RFM scores (property-tested in test/analytics/kpis)
    // Structured references name the localised headers: [Customers], [Clients]
    const ref = (table: string, column: string) =>
      structuredRef(findTable(model, table)!.table, column);
    expect(ref("SegmentSummary", "customers")).toBe(
      language === "en" ? "SegmentSummary[Customers]" : "SegmentSummary[Clients]"
    );
    expect(cell("customers").value).toEqual({
      formula: `SUM(${ref("SegmentSummary", "customers")})`,
      result: results.kpis!.current.customers,
    });
    expect(results.kpis!.current.customers).toBe(results.rfm!.customers.length);
    expect(cell("activeCustomers").value).toMatchObject({
      // the active window 2024-01-01 .. 2024-12-31 has 366 days (a leap year)
      formula: `COUNTIFS(${ref("RfmCustomers", "recency")},"<=366")`,
      result: results.kpis!.current.activeCustomers,
    });
    // whole currency units, the symbol where the language puts it ($253,220 / 253 220 €)
    expect(cell("revenue").numFmt).toMatch(
      language === "en" ? /^"\$"#,##0;-"\$"#,##0$/ : /^#,##0\\? "€";-#,##0\\? "€"$/
    );
    expect((cell("averageClv").value as ExcelJS.CellFormulaValue).formula).toMatch(
      /^IFERROR\(AVERAGE\(LtvCustomers\[.+\]\),""\)$/
    );
    expect((cell("bestCampaign").value as ExcelJS.CellFormulaValue).formula).toMatch(
      /^MAX\(UpliftByCampaign\[.+\]\)$/
    );
    expect((cell("coverage").value as ExcelJS.CellFormulaValue).formula).toMatch(
      /^IFERROR\(SUM\(CampaignCoverage\[.+\]\)\/SUM\(CampaignCoverage\[.+\]\),""\)$/
    );
  });

  it("writes the previous period's value under each change, the change a formula over the two", () => {
    const { model, workbook } = get();
    const ws = workbook.getWorksheet(names.dashboard)!;
    const { current, previous } = results.kpis!;
    const cells = (id: string) => {
      const { block, index } = findTile(model, id);
      return {
        value: ws.getCell(cellA1(tileValuePosition(block, index))),
        change: ws.getCell(cellA1(tileChangePosition(block, index))),
        previous: ws.getCell(cellA1(tilePreviousPosition(block, index))),
      };
    };
    const changeFormula = (id: string) => {
      const { block, index } = findTile(model, id);
      return tileChangeFormula(block, index);
    };
    const revenue = cells("revenue");
    expect(revenue.previous.value).toBe(previous!.revenue);
    // the previous 12 months end the day before the previous as-of date
    expect(revenue.previous.numFmt).toContain(
      language === "en" ? '"previous: 12 months to ' : '"précédent : 12 mois au '
    );
    expect(revenue.change.value).toEqual({
      formula: changeFormula("revenue"),
      // rounded as shown ("+0.0%": three decimals of the fraction), as the formula rounds it
      result: roundAsShown(current.revenue! / previous!.revenue! - 1, FORMAT.signedPercent),
    });
    expect(changeFormula("revenue")).toMatch(
      /^IFERROR\(IF\(I\d+>0,ROUND\(I\d+\/I\d+-1,3\),""\),""\)$/
    );
    const repeat = cells("repeatRate");
    expect(repeat.previous.value).toBe(previous!.repeatRate);
    expect((repeat.change.value as ExcelJS.CellFormulaValue).result).toBe(
      roundAsShown(
        (current.repeatRate! - previous!.repeatRate!) * 100,
        tilesOf(model).find((t) => t.id === "repeatRate")!.change!.format
      )
    );
    // every tile with a previous value has its change as a formula
    for (const tile of tilesOf(model)) {
      if (tile.change?.previous == null) continue;
      expect((cells(tile.id).change.value as ExcelJS.CellFormulaValue).formula).toBe(
        changeFormula(tile.id)
      );
    }
  });

  (language === "en" && libreOfficeInstalled ? it : it.skip)(
    "recalculated by LibreOffice, gives each change from the value and previous cells",
    () => {
      const { model, bytes } = get();
      const grid = recalculatedFirstSheet(bytes);
      // raw values, except that LibreOffice keeps the "%" of a percent-formatted cell
      const read = (pos: { row: number; col: number }) => {
        const text = grid[pos.row]?.[pos.col] ?? "";
        return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
      };
      const { current, previous } = results.kpis!;
      for (const id of ["customers", "activeCustomers", "revenue", "aov"] as const) {
        const { block, index: at } = findTile(model, id);
        expect(read(tileValuePosition(block, at))).toBeCloseTo(current[id]!, 6);
        expect(read(tilePreviousPosition(block, at))).toBeCloseTo(previous![id]!, 6);
        // ROUND(value/previous - 1, 3): the change as its "+0.0%" format shows it
        expect(read(tileChangePosition(block, at))).toBeCloseTo(
          roundAsShown((current[id]! - previous![id]!) / previous![id]!, FORMAT.signedPercent),
          9
        );
      }
      const { block: second, index: repeat } = findTile(model, "repeatRate");
      const pts = second.tiles[repeat].change!.format;
      expect(read(tilePreviousPosition(second, repeat))).toBeCloseTo(previous!.repeatRate!, 9);
      // ROUND(..., 2): the change in points as its "+0.00 pts" format shows it
      expect(read(tileChangePosition(second, repeat))).toBeCloseTo(
        roundAsShown((current.repeatRate! - previous!.repeatRate!) * 100, pts),
        6
      );
      const { index: coverage } = findTile(model, "coverage");
      expect(read(tileChangePosition(second, coverage))).toBeCloseTo(
        roundAsShown(
          (read(tileValuePosition(second, coverage)) -
            read(tilePreviousPosition(second, coverage))) *
            100,
          pts
        ),
        9
      );
    },
    300_000
  );

  it("writes the Dashboard's tables, print area and heat map", () => {
    const { workbook } = get();
    const ws = workbook.getWorksheet(names.dashboard) as LoadedWorksheet;
    expect(Object.keys(ws.tables).sort()).toEqual(
      [
        DASHBOARD_TABLES.monthly,
        DASHBOARD_TABLES.rfGrid,
        DASHBOARD_TABLES.upliftBySegment,
        COMPARISON_TABLES.values,
        COMPARISON_TABLES.changes,
      ].sort()
    );
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 1 });
    expect(ws.pageSetup.printArea).toMatch(/^A1:P\d+$/);
  });

  it("binds each Dashboard chart to the right ranges", () => {
    const { model, charts } = get();
    const dashboardCharts = sheetOf(model, "dashboard").blocks.filter(
      (b): b is ChartBlock => b.kind === "chart"
    );
    expect(dashboardCharts.map((c) => c.table).sort()).toEqual(
      ["SegmentSummary", DASHBOARD_TABLES.monthly, DASHBOARD_TABLES.upliftBySegment].sort()
    );
    for (const chart of dashboardCharts) {
      const refs = chartRefs(model, chart);
      expect(chartPart(charts, [refs.categories, ...refs.values])).toBeDefined();
    }
    // the segment chart reads the Segments sheet; the uplift chart draws its interval from cells
    const segments = chartRefs(
      model,
      dashboardCharts.find((c) => c.table === "SegmentSummary")!
    );
    expect(
      segments.categories.startsWith(`'${language === "en" ? "Segments" : "Segments"}'!`)
    ).toBe(true);
    const uplift = dashboardCharts.find((c) => c.table === DASHBOARD_TABLES.upliftBySegment)!;
    const { table } = findTable(model, uplift.table)!;
    const minus = sheetRangeRef(
      names.dashboard,
      columnBodyBounds(table, "minus").from,
      columnBodyBounds(table, "minus").to
    );
    const part = chartPart(charts, chartRefs(model, uplift).values)!;
    expect(part).toContain("<c:errBars>");
    expect(part).toContain(`<c:f>${minus}</c:f>`);
  });

  it("writes the Campaigns tables with their formats and row formulas", () => {
    const { model, workbook } = get();
    const ws = workbook.getWorksheet(names.campaigns) as LoadedWorksheet;
    expect(Object.keys(ws.tables)).toEqual(
      expect.arrayContaining([
        CAMPAIGN_TABLES.byMonth,
        CAMPAIGN_TABLES.byChannelMonth,
        CAMPAIGN_TABLES.ranking,
        CAMPAIGN_TABLES.coverage,
        CAMPAIGN_TABLES.conversion,
        CAMPAIGN_TABLES.contactedVsAll,
        CAMPAIGN_TABLES.daily,
      ])
    );
    const ranking = findTable(model, CAMPAIGN_TABLES.ranking)!.table;
    const firstContact = ws.getCell(cellA1(columnBodyBounds(ranking, "firstContact").from));
    expect(firstContact.numFmt).toBe("yyyy-mm-dd");
    // Ranked first: Noël 2024, 454 customers contacted (the fixture's largest campaign)
    expect(ws.getCell(cellA1(columnBodyBounds(ranking, "campaign").from)).value).toBe("Noël 2024");
    expect(ws.getCell(cellA1(columnBodyBounds(ranking, "customers").from)).value).toBe(454);
    const conversion = findTable(model, CAMPAIGN_TABLES.conversion)!.table;
    const rate = ws.getCell(cellA1(columnBodyBounds(conversion, "treatedRate").from));
    const row = columnBodyBounds(conversion, "treatedRate").from.row + 1;
    expect(rate.value).toMatchObject({ formula: `IF(C${row}>0,D${row}/C${row},"")` });
    expect(rate.numFmt).toBe("0.00%");
  });

  it("binds each Campaigns chart to the right ranges", () => {
    const { model, charts } = get();
    const campaignCharts = sheetOf(model, "campaigns").blocks.filter(
      (b): b is ChartBlock => b.kind === "chart"
    );
    expect(campaignCharts.map((c) => c.table)).toEqual([
      CAMPAIGN_TABLES.byMonth,
      CAMPAIGN_TABLES.ranking,
      CAMPAIGN_TABLES.conversion,
      CAMPAIGN_TABLES.contactedVsAll,
      CAMPAIGN_TABLES.daily,
    ]);
    for (const chart of campaignCharts) {
      const refs = chartRefs(model, chart);
      expect(chartPart(charts, [refs.categories, ...refs.values])).toBeDefined();
    }
    // the fixture's two channels are two series of the volumes chart
    expect(campaignCharts[0].series.map((s) => s.name)).toEqual(["Email", "SMS"]);
  });
});

describe("the Dashboard's uplift by segment on the sample fixture", () => {
  it("shows the campaign with the most treated customers, segments in the map's order", () => {
    const { model } = written.en!;
    const pooled = results.uplift!.campaigns.map((c) => ({
      campaign: c.campaign,
      treated: c.results.find((r) => r.arm === null && r.breakdown === null)?.treated.n ?? 0,
    }));
    const largest = pooled.reduce((a, b) => (b.treated > a.treated ? b : a));
    const chart = sheetOf(model, "dashboard").blocks.find(
      (b): b is ChartBlock => b.kind === "chart" && b.table === DASHBOARD_TABLES.upliftBySegment
    )!;
    expect(chart.title).toBe(`Uplift by RFM segment: ${largest.campaign} (95 % interval)`);
    const table = findTable(model, DASHBOARD_TABLES.upliftBySegment)!.table;
    const order = results.rfm!.map.segments.map((s) => s.id);
    const breakdown = results
      .uplift!.campaigns.find((c) => c.campaign === largest.campaign)!
      .breakdowns.find((b) => b.dimension === "rfm" && b.arm === null)!;
    const expected = [...breakdown.rows]
      .filter((r) => r.breakdown!.value !== "")
      .sort((a, b) => order.indexOf(a.breakdown!.value) - order.indexOf(b.breakdown!.value));
    expect(table.rows).toHaveLength(expected.length);
    table.rows.forEach((row, i) => {
      const r = expected[i];
      const excelRow = table.anchor.row + 2 + i;
      // in percentage points, as on the Uplift sheet (a rate gap of 0.0123 is +1.23 pts)
      expect(row.slice(1, 3)).toEqual([r.treated.n, r.control.n]);
      expect(row[3]).toBeCloseTo(r.upliftAbs * 100, 10);
      expect(row[4]).toBeCloseTo(r.newcombe.low * 100, 10);
      expect(row[5]).toBeCloseTo(r.newcombe.high * 100, 10);
      expect(table.columns[3].format).toBe('+0.00" pts";-0.00" pts";0.00" pts"');
      // the error bars: distances from the uplift to the interval's ends, as formulas (the
      // table sits at H, beside the 6-column monthly table: uplift K, low L, high M)
      const minus = row[6] as { formula: string; value: number };
      const plus = row[7] as { formula: string; value: number };
      expect(minus.formula).toBe(`K${excelRow}-L${excelRow}`);
      expect(minus.value).toBeCloseTo((r.upliftAbs - r.newcombe.low) * 100, 10);
      expect(plus.formula).toBe(`M${excelRow}-K${excelRow}`);
      expect(plus.value).toBeCloseTo((r.newcombe.high - r.upliftAbs) * 100, 10);
    });
  });
});

describe("the Office.js writer", () => {
  it("accepts the Dashboard and Campaigns sheets: tables, tile formulas and charts", async () => {
    const { model } = written.en!;
    const fake = new FakeExcel();
    const result = await writeReport(fake, model, {
      supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
    });
    expect(result).toMatchObject({ ok: true });
    const dashboard = fake.sheet("Dashboard");
    expect(dashboard.tables.map((t) => t.name).sort()).toEqual(
      [
        DASHBOARD_TABLES.monthly,
        DASHBOARD_TABLES.rfGrid,
        DASHBOARD_TABLES.upliftBySegment,
        COMPARISON_TABLES.values,
        COMPARISON_TABLES.changes,
      ].sort()
    );
    const first = findTile(model, "customers");
    // title, three subtitle lines (as-of, window, sources), a gap: the first tile's value in A7
    expect(cellA1(tileValuePosition(first.block, first.index))).toBe("A7");
    expect(dashboard.cell("A7").formula).toBe("=SUM(SegmentSummary[Customers])");
    // the change under the value is a formula over it and the previous value below (A9)
    expect(dashboard.cell("A8").formula).toBe('=IFERROR(IF(A9>0,ROUND(A7/A9-1,3),""),"")');
    expect(dashboard.cell("A9").value).toBe(results.kpis!.previous!.customers);
    // the second row of tiles (A11:P14) opens with the repeat rate, its change in points
    const repeat = findTile(model, "repeatRate");
    expect(cellA1(tileValuePosition(repeat.block, repeat.index))).toBe("A12");
    expect(dashboard.cell("A13").formula).toBe('=IFERROR(ROUND((A12-A14)*100,2),"")');
    expect(dashboard.charts.map((c) => c.type)).toEqual(
      expect.arrayContaining(["BarClustered", "ColumnClustered"])
    );
    expect(dashboard.charts).toHaveLength(3);
    const campaigns = fake.sheet("Campaigns");
    expect(campaigns.tables.map((t) => t.name)).toContain(CAMPAIGN_TABLES.coverage);
    expect(campaigns.charts.map((c) => c.type)).toContain("LineMarkers");
    const table = (name: string): TableBlock => findTable(model, name)!.table;
    expect(table(CAMPAIGN_TABLES.coverage).rows).toHaveLength(1);
    // The History sheet: its six tables, three stacked charts and the retention curve.
    const history = fake.sheet(sheetOf(model, "history").name);
    expect(history.tables.map((t) => t.name).sort()).toEqual(Object.values(HISTORY_TABLES).sort());
    expect(history.charts.map((c) => c.type)).toEqual([
      "ColumnStacked",
      "ColumnStacked",
      "ColumnStacked",
      "ColumnClustered",
    ]);
  }, 60_000);
});

describe("the .xlsx writer's History sheet", () => {
  it("writes stacked charts of the segments and retention as formulas over the counts", () => {
    const { model, charts } = written.fr!;
    const stacked = charts.filter((xml) => xml.includes('<c:grouping val="stacked"/>'));
    expect(stacked).toHaveLength(3);
    for (const xml of stacked) expect(xml).toContain('<c:overlap val="100"/>');
    const retention = findTable(model, HISTORY_TABLES.cohortRetention)!.table;
    const counts = findTable(model, HISTORY_TABLES.cohortCounts)!.table;
    // first cohort, month 1: its count over its customers, on the same row of the counts table
    const row = counts.anchor.row + 2;
    expect(retention.rows[0][1]).toMatchObject({ formula: `IFERROR(C${row}/B${row},"")` });
    expect(counts.anchor.col).toBe(0);
  });
});
