import type { CleanData } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import type { ReportInput } from "../../src/report/buildReport";
import type {
  ChartBlock,
  KpiTile,
  KpiTilesBlock,
  ReportSheet,
  TableBlock,
  TableColumn,
} from "../../src/report/model";
import { createReportContext } from "../../src/report/reportContext";
import { buildCampaignsSheet, CAMPAIGN_TABLES } from "../../src/report/sheets/campaignsSheet";
import { buildDashboardSheet, DASHBOARD_TABLES } from "../../src/report/sheets/dashboardSheet";
import { pointsChange, relativeChange } from "../../src/report/sheets/dashboard/tiles";
import { tileChangeFormula } from "../../src/report/ranges";
import { validateModel } from "../../src/report/validateModel";
import { at, contacts, customers, transactions } from "./campaignsWorld";

// The data\'s currency (never the language\'s): dollars here, euros in French.
const ctxEn = createReportContext(
  { language: "en", generatedAt: 0, version: "1" },
  { code: "USD", source: "setting" }
);
const ctxFr = createReportContext(
  { language: "fr", generatedAt: 0, version: "1" },
  { code: "EUR", source: "setting" }
);

// The campaign world of campaignsWorld.ts (no invoice ids: an occasion is a purchase day), as of
// 2025-07-01, the day after its last transaction. Worked by hand:
// - customers (a purchase before 2025-07-01): a, b, c, d, e, f, x = 7; repeat: a (two days) = 1
// - active window 2024-07-01 .. 2025-06-30: a, b, c, d, e, x = 6 (f bought 2024-06-01)
// - revenue 30 + 20 + 50 - 10 + 25 + 60 + 100 + 15 = 290 over 7 occasions (a 2, the others 1)
// - previous period, as of 2025-06-01 (window 2024-06-01 .. 2025-05-31): customers a, b, c, e,
//   f, x = 6, all active; revenue 30 + 20 + 50 - 10 + 25 + 60 + 100 + 80 = 355, 7 occasions
// - coverage (campaigns' definition, 365 days up to and including the last day of data, the day
//   before the as-of date): as of 2025-07-01 (2024-07-01 .. 2025-06-30) a, b, c, d of 6 active
//   = 4/6; as of 2025-06-01 (2024-06-01 .. 2025-05-31) a, b, c of 6 active (f's 2024-06-01
//   purchase is the window's first day) = 3/6
const data: CleanData = {
  transactions,
  customers,
  contacts,
  dataQuality: { rowsRead: 0, rowsUsed: 0, sheets: [], excluded: [], flagged: [], warnings: [] },
  problems: [],
  sheets: [],
  asOf: at("2025-07-01"),
};
const results: AnalysisResults = runAnalyses(data);

const column = (id: string, header: string): TableColumn => ({
  id,
  header,
  type: "integer",
  format: "#,##0",
});

function contractTable(name: string, columns: TableColumn[], rows: TableBlock["rows"]): TableBlock {
  return {
    kind: "table",
    name,
    anchor: { row: 3, col: 0 },
    columns,
    rows,
    style: "TableStyleMedium2",
  };
}

/** A sheet of the given tables, side by side from row 4 (ten columns apart). */
function sheetOf(key: ReportSheet["key"], name: string, tables: TableBlock[]): ReportSheet {
  return {
    key,
    name,
    blocks: tables.map((t, i) => ({ ...t, anchor: { row: 3, col: 10 * i } })),
    print: { orientation: "landscape", paper: "A4", fitToPage: { wide: true, tall: false } },
  };
}

/**
 * The other sheets as their contracts promise them (rfmSheet.ts, ltvSheet.ts, upliftSheet.ts),
 * with made-up rows, so this test does not depend on those builders; the Campaigns sheet is ours.
 */
function contractSheets(input: ReportInput): ReportSheet[] {
  return [
    sheetOf("rfm", "RFM", [
      contractTable(
        "RfmCustomers",
        [
          column("id", "Customer id"),
          column("recency", "Recency (days)"),
          column("frequency", "Frequency"),
        ],
        [["a", 10, 2]]
      ),
    ]),
    sheetOf("segments", "Segments", [
      contractTable(
        "SegmentSummary",
        [
          column("segment", "Segment"),
          column("customers", "Customers"),
          column("customerShare", "Share of customers"),
          column("revenue", "Revenue"),
          column("revenueShare", "Share of revenue"),
        ],
        [
          ["Champions", { formula: "COUNTIFS(x)", value: 4 }, 4 / 7, 200, 0.6],
          ["Lost", 3, 3 / 7, 90, 0.4],
        ]
      ),
      contractTable(
        "RfmGrid",
        [column("r", "R score"), ...[1, 2, 3, 4, 5].map((f) => column(`f${f}`, `F ${f}`))],
        [[5, 0, 0, 0, 0, 0]]
      ),
    ]),
    sheetOf("ltv", "LTV", [
      contractTable(
        "LtvCustomers",
        [column("id", "Customer"), column("clv", "CLV (12 months)")],
        [
          ["a", 100],
          ["b", null],
          ["c", 200],
        ]
      ),
    ]),
    sheetOf("uplift", "Uplift", [
      contractTable(
        "UpliftByCampaign",
        [column("campaign", "Campaign"), column("incrementalRevenue", "Incremental revenue")],
        [
          ["Spring", 120.5],
          ["Summer", -30],
        ]
      ),
    ]),
    ...(buildCampaignsSheet(input, ctxEn)?.sheets ?? []),
  ];
}

function dashboard(input: ReportInput, others: ReportSheet[], ctx = ctxEn): ReportSheet {
  const out = buildDashboardSheet(input, ctx, others);
  if (!out) throw new Error("no dashboard");
  return out.sheets[0];
}

/** The tile blocks: two rows of four tiles. */
const tileBlocks = (sheet: ReportSheet) =>
  sheet.blocks.filter((b): b is KpiTilesBlock => b.kind === "kpiTiles");

function tiles(sheet: ReportSheet): Record<string, KpiTile> {
  return Object.fromEntries(tileBlocks(sheet).flatMap((b) => b.tiles.map((t) => [t.id, t])));
}

function table(sheet: ReportSheet, name: string): TableBlock | undefined {
  return sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
}

const chartsOf = (sheet: ReportSheet) =>
  sheet.blocks.filter((b): b is ChartBlock => b.kind === "chart");

const notesOf = (sheet: ReportSheet) =>
  sheet.blocks.flatMap((b) => (b.kind === "note" ? b.paragraphs : []));

describe("buildDashboardSheet with the other sheets' tables", () => {
  const others = contractSheets(results);
  const sheet = dashboard(results, others);
  const tile = tiles(sheet);

  it("is the first-page Dashboard: landscape A4 on one page with its print area", () => {
    expect(sheet).toMatchObject({ key: "dashboard", name: "Dashboard" });
    expect(sheet.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToPage: { wide: true, tall: true },
    });
    // title A1:A3, tiles A5:P8 and A10:P13, four of four columns a row: the page spans the
    // sixteen tile columns
    expect(sheet.print.area).toMatch(/^A1:P\d+$/);
    expect(tileBlocks(sheet).map((b) => [b.anchor, b.tiles.length, b.tileCols])).toEqual([
      [{ row: 4, col: 0 }, 4, 4],
      [{ row: 9, col: 0 }, 4, 4],
    ]);
    const model = {
      language: "en" as const,
      generatedAt: 0,
      version: "1",
      sheets: [sheet, ...others],
    };
    expect(validateModel(model)).toEqual([]);
  });

  it("sums the Segments table for the customers tile, with its change", () => {
    expect(tile.customers).toMatchObject({
      label: "Customers, all history to 2025-06-30",
      formula: "SUM(SegmentSummary[Customers])",
      value: 7, // 4 (a formula's computed value) + 3
      format: "#,##0",
    });
    // 7 customers vs 6 a month earlier
    expect(tile.customers.change).toEqual({
      value: 0.167, // 7 / 6 - 1 rounded as "+0.0%" shows it (16.7%)
      basis: "relative",
      format: "+0.0%;-0.0%;0.0%",
      previous: 6,
      previousLabel: "previous: all history to 2025-05-31",
    });
  });

  it("gives each change the previous period's value, named by its period", () => {
    // as of 2025-06-01, 12 months: 2024-06-01 .. 2025-05-31
    expect(tile.revenue.change).toMatchObject({
      previous: 355,
      previousLabel: "previous: 12 months to 2025-05-31",
    });
    expect(tile.aov.change?.previous).toBeCloseTo(355 / 7, 12);
    expect(tile.repeatRate.change).toMatchObject({
      previous: 1 / 6,
      previousLabel: "previous: all history to 2025-05-31",
    });
    expect(tile.coverage.change).toMatchObject({
      previous: 3 / 6,
      previousLabel: "previous: at 2025-05-31",
    });
  });

  it("writes each change as a formula over the tile's value and previous cells", () => {
    // tiles A5:P8 and A10:P13, four columns each: value rows 6 and 11, change 7 and 12,
    // previous 8 and 13
    const change = (id: string) => {
      const block = tileBlocks(sheet).find((b) => b.tiles.some((t) => t.id === id))!;
      return tileChangeFormula(
        block,
        block.tiles.findIndex((t) => t.id === id)
      );
    };
    expect(change("customers")).toBe('IFERROR(IF(A8>0,ROUND(A6/A8-1,3),""),"")');
    expect(change("revenue")).toBe('IFERROR(IF(I8>0,ROUND(I6/I8-1,3),""),"")');
    expect(change("repeatRate")).toBe('IFERROR(ROUND((A11-A13)*100,2),"")');
    expect(change("coverage")).toBe('IFERROR(ROUND((M11-M13)*100,2),"")');
    // no previous value, no change formula
    expect(change("averageClv")).toBeUndefined();
  });

  it("counts active and repeat customers over the RFM customers table", () => {
    // active window 2024-07-01 .. 2025-06-30: recency <= 365 days
    expect(tile.activeCustomers).toMatchObject({
      formula: 'COUNTIFS(RfmCustomers[Recency (days)],"<=365")',
      value: 6,
    });
    expect(tile.activeCustomers.change?.value).toBe(0); // 6 vs 6
    expect(tile.activeCustomers.label).toBe("Active customers, 12 months to 2025-06-30");
    expect(tile.repeatRate.label).toBe("Repeat rate, all history to 2025-06-30");
    expect(tile.aov.label).toBe("Average order value, 12 months to 2025-06-30");
    expect(tile.repeatRate).toMatchObject({
      formula: 'IFERROR(COUNTIFS(RfmCustomers[Frequency],">=2")/COUNT(RfmCustomers[Frequency]),"")',
      value: 1 / 7,
      format: "0.0%",
    });
    // a rate changes in points: 1/7 - 1/6
    expect(tile.repeatRate.change).toMatchObject({ basis: "absolute" });
    // in points: 1/7 - 1/6 of customers = -2.38 pts
    // rounded as its "+0.00 pts" format shows it
    expect(tile.repeatRate.change?.value).toBe(-2.38);
    expect(tile.repeatRate.change?.format).toBe(ctxEn.pointsFormat);
  });

  it("sums the Dashboard's monthly revenue table for revenue and AOV", () => {
    expect(tile.revenue).toMatchObject({
      // every KPI names its period (active window 2024-07-01 .. 2025-06-30)
      label: "Revenue, 12 months to 2025-06-30",
      formula: "SUM(DashboardMonthlyRevenue[Revenue])",
      value: 290,
      format: '"$"#,##0;-"$"#,##0',
    });
    expect(tile.revenue.change?.value).toBe(-0.183); // 290 / 355 - 1 = -18.3 %, as shown
    expect(tile.aov).toMatchObject({
      formula:
        'IFERROR(SUM(DashboardMonthlyRevenue[Revenue])/SUM(DashboardMonthlyRevenue[Orders]),"")',
    });
    expect(tile.aov.value).toBeCloseTo(290 / 7, 12);
    expect(tile.aov.change?.value).toBe(-0.183); // 290 / 7 / (355 / 7) - 1, as "+0.0%" shows it
    const monthly = table(sheet, DASHBOARD_TABLES.monthly)!;
    expect(monthly.rows.map((r) => r[0])).toEqual([
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
    ]);
    // March: e 100; April: a 30 + 20, b 50 - 10, x 25 = 115; May: c 60; June: d 15
    expect(monthly.rows.slice(8).map((r) => [r[0], r[3], r[4]])).toEqual([
      ["2025-03", 100, 1],
      ["2025-04", 115, 4],
      ["2025-05", 60, 1],
      ["2025-06", 15, 1],
    ]);
    expect(monthly.columns.find((c) => c.id === "revenue")?.total).toEqual({ fn: "sum" });
  });

  it("averages the LTV table's CLV and takes the best campaign from the uplift table", () => {
    // AVERAGE leaves the blank out: (100 + 200) / 2
    expect(tile.averageClv).toMatchObject({
      formula: 'IFERROR(AVERAGE(LtvCustomers[CLV (12 months)]),"")',
      value: 150,
    });
    expect(tile.averageClv.change).toBeUndefined();
    expect(tile.bestCampaign).toMatchObject({
      formula: "MAX(UpliftByCampaign[Incremental revenue])",
      value: 120.5,
    });
  });

  it("takes coverage from the Campaigns sheet, its change in points", () => {
    expect(tile.coverage).toMatchObject({
      formula:
        'IFERROR(SUM(CampaignCoverage[Active customers contacted])/SUM(CampaignCoverage[Active customers]),"")',
      value: 4 / 6,
    });
    expect(tile.coverage.change?.value).toBe(16.67); // (4 / 6 - 3 / 6) x 100, as shown
  });

  it("charts customers and revenue shares from the Segments table and monthly revenue from its own", () => {
    const charts = chartsOf(sheet);
    const segments = charts.find((c) => c.table === "SegmentSummary")!;
    expect(segments).toMatchObject({ type: "bar", categoryColumn: "segment" });
    expect(segments.series.map((s) => [s.column, s.name])).toEqual([
      ["customerShare", "Share of customers"],
      ["revenueShare", "Share of revenue"],
    ]);
    const monthly = charts.find((c) => c.table === DASHBOARD_TABLES.monthly)!;
    expect(monthly).toMatchObject({ type: "column", categoryColumn: "month" });
    expect(monthly.series.map((s) => s.column)).toEqual(["revenue"]);
  });

  it("draws the R x F heat map as SUMIFS over the Segments sheet's grid", () => {
    const grid = table(sheet, DASHBOARD_TABLES.rfGrid)!;
    expect(grid.columns.map((c) => c.header)).toEqual([
      "R score",
      "F 1",
      "F 2",
      "F 3",
      "F 4",
      "F 5",
    ]);
    expect(grid.rows.map((r) => r[0])).toEqual([5, 4, 3, 2, 1]);
    expect(grid.rows[0][1]).toEqual({
      formula: "SUMIFS(RfmGrid[F 1],RfmGrid[R score],5)",
      value: expect.any(Number),
    });
    // every customer in one cell: the grid's values add up to the 7 customers
    const total = grid.rows.reduce(
      (n, r) => n + r.slice(1).reduce((m: number, c) => m + (c as { value: number }).value, 0),
      0
    );
    expect(total).toBe(7);
    expect(grid.conditionalFormats).toEqual([
      {
        kind: "colorScale",
        columns: ["f1", "f2", "f3", "f4", "f5"],
        colors: ["F7FBFF", "9ECAE1", "08519C"],
      },
    ]);
  });

  it("keeps the tables behind its charts below the print area", () => {
    const monthly = table(sheet, DASHBOARD_TABLES.monthly)!;
    const lastPrinted = Number(sheet.print.area!.split(":")[1].slice(1));
    expect(monthly.anchor.row + 1).toBeGreaterThan(lastPrinted);
    const grid = table(sheet, DASHBOARD_TABLES.rfGrid)!;
    expect(grid.anchor.row + 1).toBeLessThan(lastPrinted);
  });

  it("names the as-of date, the previous period, the window and the data source", () => {
    const withSources: ReportInput = {
      ...results,
      dataQuality: {
        rowsRead: 12,
        rowsUsed: 11,
        sheets: [
          { sheet: "Ventes", kind: "transactions", rowsRead: 10, rowsUsed: 9, rowsFlagged: 0 },
          { sheet: "Contacts", kind: "contacts", rowsRead: 2, rowsUsed: 2, rowsFlagged: 0 },
        ],
        excluded: [],
        flagged: [],
        warnings: [],
      },
    };
    const title = dashboard(withSources, others).blocks.find((b) => b.kind === "title")!;
    expect(title.kind === "title" && title.subtitle).toEqual([
      "As of 2025-07-01 (data up to the day before); changes vs 2025-06-01.",
      "Active customers bought in the 12 months before the as-of date (2024-07-01 to 2025-06-30); revenue and AOV are over those months.",
      "Sources: Ventes (transactions, 9 rows used), Contacts (contacts, 2 rows used).",
    ]);
    const campaigns = buildCampaignsSheet(withSources, ctxFr)!.sheets[0].blocks[0];
    expect(campaigns.kind === "title" && campaigns.subtitle[2]).toBe(
      "Sources : Ventes (transactions, 9 lignes utilisées), Contacts (contacts, 2 lignes utilisées)."
    );
  });

  it("adds its parameters to the Method sheet", () => {
    const out = buildDashboardSheet(results, ctxEn, others)!;
    expect(out.method.parameters).toEqual(
      expect.arrayContaining([
        { label: "Dashboard as of", value: "2025-07-01" },
        { label: "Previous period as of", value: "2025-06-01" },
        { label: "Active window (months)", value: "12" },
      ])
    );
  });

  it("speaks French", () => {
    const fr = dashboard(results, others, ctxFr);
    expect(fr.name).toBe("Tableau de bord");
    expect(tiles(fr).revenue.label).toBe("CA, 12 mois au 2025-06-30");
    expect(tiles(fr).customers.label).toBe("Clients, tout l'historique au 2025-06-30");
    expect(tiles(fr).revenue.formula).toBe("SUM(DashboardMonthlyRevenue[Chiffre d''affaires])");
  });
});

describe("buildDashboardSheet without the other sheets' tables", () => {
  const sheet = dashboard(results, []);
  const tile = tiles(sheet);

  it("shows the analysis' values as plain numbers", () => {
    expect(tile.customers).toMatchObject({ value: 7 });
    expect(tile.customers.formula).toBeUndefined();
    expect(tile.activeCustomers.formula).toBeUndefined();
    expect(tile.repeatRate).toMatchObject({ value: 1 / 7 });
    expect(tile.repeatRate.formula).toBeUndefined();
    expect(tile.coverage).toMatchObject({ value: 4 / 6 });
    expect(tile.coverage.formula).toBeUndefined();
    // the monthly table is the Dashboard's own: the revenue tile keeps its formula
    expect(tile.revenue.formula).toBe("SUM(DashboardMonthlyRevenue[Revenue])");
  });

  it("leaves out the charts whose tables are missing, with a note", () => {
    expect(chartsOf(sheet).map((c) => c.table)).not.toContain("SegmentSummary");
    expect(notesOf(sheet)).toContain(
      "Customers and revenue by segment: the Segments sheet's table is not in this report."
    );
    // the heat map still comes from the RFM result, as values
    const grid = table(sheet, DASHBOARD_TABLES.rfGrid)!;
    expect(grid.rows.every((r) => r.every((c) => typeof c === "number"))).toBe(true);
  });

  describe("edge cases", () => {
    it("adds nothing without any analysis", () => {
      expect(buildDashboardSheet({}, ctxEn, [])).toBeUndefined();
    });

    it("shows only the campaign tiles with contacts alone", () => {
      const onlyContacts = runAnalyses({ ...data, transactions: [], asOf: undefined });
      const s = dashboard(onlyContacts, buildCampaignsSheet(onlyContacts, ctxEn)?.sheets ?? []);
      const t = tiles(s);
      expect(t.customers.value).toBeNull();
      expect(t.revenue.value).toBeNull();
      expect(t.revenue.formula).toBeUndefined();
      expect(notesOf(s)).toContain("R x F heat map: no RFM analysis in this report.");
      expect(validateModel({ language: "en", generatedAt: 0, version: "1", sheets: [s] })).toEqual(
        []
      );
    });

    it("widens the heat map to ten score bins", () => {
      const tenBins = runAnalyses(data, { rfm: { bins: 10 } });
      const grid = table(dashboard(tenBins, []), DASHBOARD_TABLES.rfGrid)!;
      expect(grid.columns).toHaveLength(11);
      expect(grid.rows.map((r) => r[0])).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
      expect(grid.conditionalFormats?.[0].columns).toHaveLength(10);
    });

    it("gives no change without a previous value", () => {
      expect(relativeChange(5, 0).value).toBeNull();
      expect(relativeChange(null, 3).value).toBeNull();
      expect(relativeChange(6, 4).value).toBe(0.5);
      // a rate from 20 % to 25 % moved 5 points (not "+25%", not "+0.05")
      expect(pointsChange(0.25, 0.2, ctxEn.pointsFormat)).toEqual({
        value: expect.closeTo(5, 10),
        basis: "absolute",
        format: '+0.00" pts";-0.00" pts";0.00" pts"',
      });
      expect(pointsChange(0.25, null, ctxEn.pointsFormat).value).toBeNull();
    });

    it("uses its own table names", () => {
      expect(Object.values(DASHBOARD_TABLES)).not.toContain(CAMPAIGN_TABLES.coverage);
    });
  });
});
