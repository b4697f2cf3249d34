import { analyzeCampaigns } from "../../src/analytics/campaigns/analyzeCampaigns";
import type { CampaignKpis } from "../../src/analytics/campaigns/types";
import type { ChartBlock, ReportSheet, TableBlock } from "../../src/report/model";
import { columnBodyA1, tableRangeA1 } from "../../src/report/ranges";
import { createReportContext } from "../../src/report/reportContext";
import { buildCampaignsSheet, CAMPAIGN_TABLES } from "../../src/report/sheets/campaignsSheet";
import { uniqueHeaders } from "../../src/report/sheets/campaigns/uniqueHeaders";
import { validateModel } from "../../src/report/validateModel";
import { at, contacts, customers, transactions } from "./campaignsWorld";

const ctxEn = createReportContext({ language: "en", generatedAt: 0, version: "1" });
const ctxFr = createReportContext({ language: "fr", generatedAt: 0, version: "1" });

// The hand-worked world of analyzeCampaigns.test.ts (see campaignsWorld.ts), as of 2025-06-30.
// as of 2025-07-01: the data up to 2025-06-30 (the as-of day is excluded, as in every analysis)
const kpis = analyzeCampaigns(contacts, transactions, customers, { asOf: at("2025-07-01") });

function build(k: CampaignKpis = kpis, ctx = ctxEn): ReportSheet {
  const out = buildCampaignsSheet({ campaigns: k }, ctx);
  if (!out) throw new Error("no sheet");
  return out.sheets[0];
}

function table(sheet: ReportSheet, name: string): TableBlock {
  const found = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function charts(sheet: ReportSheet): ChartBlock[] {
  return sheet.blocks.filter((b): b is ChartBlock => b.kind === "chart");
}

describe("buildCampaignsSheet", () => {
  const sheet = build();

  it("is the Campaigns sheet, valid for both renderers", () => {
    expect(sheet).toMatchObject({ key: "campaigns", name: "Campaigns" });
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4" });
    expect(
      validateModel({ language: "en", generatedAt: 0, version: "1", sheets: [sheet] })
    ).toEqual([]);
  });

  it("pivots customers contacted by month and channel, the total a row formula", () => {
    // Email April: a, b, c (a twice: 4 contacts, 3 customers); SMS June: a, d.
    const byMonth = table(sheet, CAMPAIGN_TABLES.byMonth);
    expect(byMonth.columns.map((c) => [c.id, c.header])).toEqual([
      ["month", "Month"],
      ["ch0", "Email"],
      ["ch1", "SMS"],
      ["total", "All channels"],
    ]);
    // layout: title A1:A3, heading row 5, table header row 6, body rows 7-8, totals row 9
    expect(tableRangeA1(byMonth)).toBe("A6:D9");
    expect(byMonth.rows).toEqual([
      ["2025-04", 3, 0, { formula: "SUM(B7:C7)", value: 3 }],
      ["2025-06", 0, 2, { formula: "SUM(B8:C8)", value: 2 }],
    ]);
    expect(byMonth.columns.map((c) => c.total)).toEqual([
      { label: "Total" },
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
    ]);
    const long = table(sheet, CAMPAIGN_TABLES.byChannelMonth);
    expect(long.columns.map((c) => c.id)).toEqual(["channel", "month", "contacts", "customers"]);
    expect(long.rows).toEqual([
      ["Email", "2025-04", 4, 3],
      ["SMS", "2025-06", 2, 2],
    ]);
  });

  it("charts each channel as a series of the pivot", () => {
    const volumes = charts(sheet).find((c) => c.table === CAMPAIGN_TABLES.byMonth)!;
    expect(volumes).toMatchObject({ type: "column", categoryColumn: "month", legend: "bottom" });
    expect(volumes.series.map((s) => [s.column, s.name])).toEqual([
      ["ch0", "Email"],
      ["ch1", "SMS"],
    ]);
    const byMonth = table(sheet, CAMPAIGN_TABLES.byMonth);
    expect(columnBodyA1(byMonth, "ch1")).toBe("C7:C8");
  });

  it("ranks campaigns by customers contacted, with dates as dates", () => {
    const ranking = table(sheet, CAMPAIGN_TABLES.ranking);
    expect(ranking.columns.map((c) => c.id)).toEqual([
      "rank",
      "campaign",
      "customers",
      "control",
      "channels",
      "firstContact",
      "lastContact",
    ]);
    expect(ranking.rows).toEqual([
      [1, "Spring", 3, 2, "Email", at("2025-04-01"), at("2025-04-03")],
      [2, "Summer", 2, 0, "SMS", at("2025-06-10"), at("2025-06-10")],
    ]);
    expect(ranking.columns[5]).toMatchObject({ type: "date", format: "yyyy-mm-dd" });
    expect(ranking.conditionalFormats).toEqual([
      { kind: "dataBar", columns: ["customers"], color: "5B9BD5" },
    ]);
  });

  it("shows coverage as a formula over its counts", () => {
    // active a, b, c, d, e, x; contacted in 2025: a, b, c, d -> 4 / 6
    const coverage = table(sheet, CAMPAIGN_TABLES.coverage);
    const row = coverage.anchor.row + 2; // 1-based row of the only body row
    expect(coverage.rows).toEqual([
      ["2025", 6, 4, { formula: `IF(B${row}>0,C${row}/B${row},"")`, value: 4 / 6 }],
    ]);
  });

  it("gives conversion treated vs control, rates as formulas; none for a campaign without control", () => {
    const conversion = table(sheet, CAMPAIGN_TABLES.conversion);
    const r = conversion.anchor.row + 2;
    // Spring: treated 2 of 3 (revenue 90), control x of x, y (25); Summer: d of a, d, no control
    expect(conversion.rows[0]).toEqual([
      "Spring",
      "transactions",
      3,
      2,
      { formula: `IF(C${r}>0,D${r}/C${r},"")`, value: 2 / 3 },
      2,
      1,
      { formula: `IF(F${r}>0,G${r}/F${r},"")`, value: 0.5 },
      90,
      25,
    ]);
    expect(conversion.rows[1]).toEqual([
      "Summer",
      "transactions",
      2,
      1,
      { formula: `IF(C${r + 1}>0,D${r + 1}/C${r + 1},"")`, value: 0.5 },
      null,
      null,
      null,
      15,
      null,
    ]);
    expect(conversion.columns[8].format).toBe(ctxEn.currencyFormat);
    const chart = charts(sheet).find((c) => c.table === CAMPAIGN_TABLES.conversion)!;
    expect(chart.series.map((s) => s.column)).toEqual(["treatedRate", "controlRate"]);
  });

  it("lists categories bought after contact, treated vs control", () => {
    expect(table(sheet, CAMPAIGN_TABLES.categories).rows).toEqual([
      ["Spring", "Shoes", 2, 2 / 3, 0, 0, 80, 0],
      ["Spring", "Bags", 1, 1 / 3, 1, 0.5, 20, 25],
      ["Summer", "Hats", 1, 0.5, null, null, 15, null],
    ]);
  });

  it("compares revenue per customer of contacted and all customers, as formulas", () => {
    const cva = table(sheet, CAMPAIGN_TABLES.contactedVsAll);
    const r = cva.anchor.row + 2;
    expect(cva.rows).toEqual([
      ["Contacted", 4, 165, { formula: `IF(B${r}>0,C${r}/B${r},"")`, value: 41.25 }],
      [
        "Not contacted",
        4,
        125,
        { formula: `IF(B${r + 1}>0,C${r + 1}/B${r + 1},"")`, value: 31.25 },
      ],
      [
        "All customers",
        8,
        290,
        { formula: `IF(B${r + 2}>0,C${r + 2}/B${r + 2},"")`, value: 36.25 },
      ],
    ]);
  });

  it("traces the daily cumulative uplift on a line chart, one series a campaign with control", () => {
    const daily = table(sheet, CAMPAIGN_TABLES.daily);
    expect(daily.columns.map((c) => c.header)).toEqual(["Day", "Uplift Spring"]);
    expect(daily.rows).toHaveLength(30);
    // In percentage points, like every uplift of the report: a rate gap of 1/3 is 33.33 pts.
    expect(daily.rows[0][0]).toBe(0);
    expect(daily.rows[0][1]).toBeCloseTo(100 / 3, 10);
    expect(daily.rows[19][1]).toBeCloseTo((2 / 3 - 1 / 2) * 100, 10);
    expect(daily.columns[1].format).toBe('+0.00" pts";-0.00" pts";0.00" pts"');
    const chart = charts(sheet).find((c) => c.table === CAMPAIGN_TABLES.daily)!;
    expect(chart).toMatchObject({ type: "line", categoryColumn: "day" });
    expect(chart.valueAxisFormat).toBe(ctxEn.pointsFormat);
    expect(chart.series.map((s) => s.column)).toEqual(["u0"]);
  });

  it("adds its parameters and definitions to the Method sheet", () => {
    const out = buildCampaignsSheet({ campaigns: kpis }, ctxEn)!;
    // every rule once: the as-of date and the conversion window are the report's and the
    // uplift's (one window), stated once on the Method sheet, not again here
    expect(out.method.parameters).toEqual([]);
    expect(out.method.definitions.map((d) => d.term)).toContain("Coverage");
  });

  it("speaks French", () => {
    const fr = build(kpis, ctxFr);
    expect(fr.name).toBe("Campagnes");
    expect(table(fr, CAMPAIGN_TABLES.ranking).columns[1].header).toBe("Campagne");
    expect(table(fr, CAMPAIGN_TABLES.contactedVsAll).rows[0][0]).toBe("Contactés");
    expect(table(fr, CAMPAIGN_TABLES.conversion).columns[8].format).toBe(ctxFr.currencyFormat);
  });

  describe("edge cases", () => {
    it("adds nothing without campaign KPIs", () => {
      expect(buildCampaignsSheet({}, ctxEn)).toBeUndefined();
      expect(buildCampaignsSheet({ campaigns: null }, ctxEn)).toBeUndefined();
    });

    it("says what is missing without transactions, and draws no empty chart", () => {
      const k = analyzeCampaigns(contacts, [], null, { asOf: at("2025-06-30") });
      const s = build(k);
      expect(s.blocks.some((b) => b.kind === "table" && b.name === CAMPAIGN_TABLES.coverage)).toBe(
        false
      );
      const notes = s.blocks.flatMap((b) => (b.kind === "note" ? b.paragraphs : []));
      expect(notes).toContain(
        "No transactions: coverage, categories bought and revenue per customer cannot be computed."
      );
      expect(charts(s).map((c) => c.table)).not.toContain(CAMPAIGN_TABLES.daily);
      expect(validateModel({ language: "en", generatedAt: 0, version: "1", sheets: [s] })).toEqual(
        []
      );
    });

    it("names a contact without channel and keeps headers unique", () => {
      const k = analyzeCampaigns(
        [
          { ...contacts[0], channel: undefined },
          { ...contacts[1], channel: "month" },
        ],
        transactions,
        null,
        { asOf: at("2025-06-30") }
      );
      const byMonth = table(build(k), CAMPAIGN_TABLES.byMonth);
      expect(byMonth.columns.map((c) => c.header)).toEqual([
        "Month",
        "(no channel)",
        "month (2)",
        "All channels",
      ]);
      expect(uniqueHeaders(["A", "a", "", "A"])).toEqual(["A", "a (2)", "-", "A (3)"]);
    });
  });
});
