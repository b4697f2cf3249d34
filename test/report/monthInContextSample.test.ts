/**
 * The month in context on the committed sample (assets/sample/crm-sample.xlsx, read here), checked
 * against a plain recomputation written differently from the engine: lines listed with their ISO
 * day, filtered by period as text, grouped with Sets. Checks the engine's comparisons, the
 * Dashboard's comparison tables and formulas, and the History sheet's buyers and cohort tables.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { KpiComparisons } from "../../src/analytics/kpis";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import { buildReport } from "../../src/report/buildReport";
import type { ReportModel, TableBlock, TableCell } from "../../src/report/model";
import { COMPARISON_TABLES } from "../../src/report/sheets/dashboard/comparisonTables";
import { blockEnd } from "../../src/report/ranges";
import { HISTORY_TABLES } from "../../src/report/sheets/historySheet";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";

interface Line {
  id: string;
  day: string;
  amount: number;
  isReturn: boolean;
  occasion: string;
}

let lines: Line[];
let results: AnalysisResults;
let model: ReportModel;

beforeAll(async () => {
  const file = path.resolve(__dirname, "../../assets/sample/crm-sample.xlsx");
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(file)));
  if (!loaded.ok) throw new Error(loaded.error.code);
  results = runAnalyses(loaded.data);
  model = buildReport(
    { ...results, dataQuality: loaded.data.dataQuality },
    { language: "fr", generatedAt: Date.UTC(2025, 0, 2), version: "test" }
  );
  lines = loaded.data.transactions.map((t) => {
    const day = new Date(t.date).toISOString().slice(0, 10);
    return {
      id: t.customerId,
      day,
      amount: t.amount,
      isReturn: t.isReturn,
      occasion: t.invoiceId ? `invoice ${t.invoiceId}` : `day ${day}`,
    };
  });
}, 300_000);

/** The figures of one period, from the listing alone. */
function plainPeriod(from: string, to: string) {
  const inPeriod = lines.filter((l) => l.day >= from && l.day <= to);
  const purchases = inPeriod.filter((l) => !l.isReturn);
  const occasionsUpToEnd = new Map<string, Set<string>>();
  for (const l of lines) {
    if (l.isReturn || l.day > to) continue;
    if (!occasionsUpToEnd.has(l.id)) occasionsUpToEnd.set(l.id, new Set());
    occasionsUpToEnd.get(l.id)!.add(l.occasion);
  }
  const customers = occasionsUpToEnd.size;
  const repeat = [...occasionsUpToEnd.values()].filter((s) => s.size >= 2).length;
  const revenue = inPeriod.reduce((a, l) => a + l.amount, 0);
  const orders = new Set(purchases.map((l) => `${l.id} / ${l.occasion}`)).size;
  return {
    customers,
    activeCustomers: new Set(purchases.map((l) => l.id)).size,
    revenue,
    orders,
    aov: revenue / orders,
    repeatRate: repeat / customers,
  };
}

const comparisons = (): KpiComparisons => results.kpis!.comparisons!;

function table(sheetKey: string, name: string): TableBlock {
  const sheet = model.sheets.find((s) => s.key === sheetKey)!;
  return sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name)!;
}

const valueOf = (cell: TableCell) =>
  cell !== null && typeof cell === "object" ? cell.value : cell;

describe("period comparisons on the sample", () => {
  it("take December 2024 as this month and cover every period (data from 2023-01-01)", () => {
    const c = comparisons();
    expect(c.periods.thisMonth).toMatchObject({ from: "2024-12-01", to: "2024-12-31" });
    expect(c.periods.lastYearToDate).toMatchObject({ from: "2023-01-01", to: "2023-12-31" });
    expect(Object.values(c.periods).every((p) => p.missing === null)).toBe(true);
  });

  it("give each period's figures as a plain listing does", () => {
    for (const period of Object.values(comparisons().periods)) {
      const plain = plainPeriod(period.from, period.to);
      const values = period.values!;
      expect([period.id, values.customers, values.activeCustomers, values.orders]).toEqual([
        period.id,
        plain.customers,
        plain.activeCustomers,
        plain.orders,
      ]);
      expect(values.revenue).toBeCloseTo(plain.revenue, 4);
      expect(values.aov).toBeCloseTo(plain.aov, 8);
      expect(values.repeatRate).toBeCloseTo(plain.repeatRate, 12);
    }
  });

  it("show previous values and changes as formulas over them on the Dashboard", () => {
    const values = table("dashboard", COMPARISON_TABLES.values);
    const changes = table("dashboard", COMPARISON_TABLES.changes);
    const c = comparisons();
    const revenueCol = values.columns.findIndex((col) => col.id === "revenue");
    // rows: this month, last month, same month last year, YTD, last YTD
    expect(values.rows.map((r) => r[revenueCol])).toEqual(
      ["thisMonth", "lastMonth", "sameMonthLastYear", "yearToDate", "lastYearToDate"].map(
        (p) => c.periods[p as keyof typeof c.periods].values!.revenue
      )
    );
    expect(String(values.rows[1][0])).toContain("novembre 2024");
    const cell = changes.rows[0][changes.columns.findIndex((col) => col.id === "revenue")];
    expect(cell).toMatchObject({ formula: expect.stringMatching(/\/.*-1/) });
    expect(valueOf(cell)).toBeCloseTo(
      plainPeriod("2024-12-01", "2024-12-31").revenue /
        plainPeriod("2024-11-01", "2024-11-30").revenue -
        1,
      10
    );
    const repeat = changes.rows[2][changes.columns.findIndex((col) => col.id === "repeatRate")];
    expect(valueOf(repeat)).toBeCloseTo(
      (plainPeriod("2024-01-01", "2024-12-31").repeatRate -
        plainPeriod("2023-01-01", "2023-12-31").repeatRate) *
        100,
      8
    );
  });
});

describe("History sheet on the sample", () => {
  /** Each customer's months with a purchase, and the first one over all the data. */
  function plainMonths() {
    const months = new Map<string, Set<string>>();
    for (const l of lines) {
      if (l.isReturn) continue;
      if (!months.has(l.id)) months.set(l.id, new Set());
      months.get(l.id)!.add(l.day.slice(0, 7));
    }
    return months;
  }
  const tableMonths = Array.from(
    { length: 12 },
    (_, i) => `2024-${String(i + 1).padStart(2, "0")}`
  );

  it("prints whole, at a readable zoom, no chart cut by a page", () => {
    const sheet = model.sheets.find((s) => s.key === "history")!;
    expect(sheet.print.area).toBeUndefined();
    expect(sheet.print.scale).toBeGreaterThanOrEqual(50);
    // every page start is outside the charts (a chart taller than a page would be cut anyway)
    const starts = sheet.print.breaksBefore ?? [];
    for (const chart of sheet.blocks.filter((b) => b.kind === "chart")) {
      for (const start of starts) {
        expect(start > chart.anchor.row && start <= blockEnd(chart).row).toBe(false);
      }
    }
    expect(starts.length).toBeGreaterThan(0);
  });

  it("counts new and returning customers of each month as the listing does", () => {
    const months = plainMonths();
    const buyers = table("history", HISTORY_TABLES.buyers);
    tableMonths.forEach((month, i) => {
      let newCustomers = 0;
      let returning = 0;
      for (const set of months.values()) {
        if (!set.has(month)) continue;
        if ([...set].sort()[0] === month) newCustomers++;
        else returning++;
      }
      const row = buyers.rows[i].map(valueOf);
      expect([month, row[1], row[2], row[3]]).toEqual([
        month,
        newCustomers,
        returning,
        newCustomers + returning,
      ]);
    });
  });

  it("gives each cohort's retention as the listing does", () => {
    const months = plainMonths();
    const retention = table("history", HISTORY_TABLES.cohortRetention);
    tableMonths.forEach((cohort, i) => {
      const members = [...months.values()].filter((s) => [...s].sort()[0] === cohort);
      for (let k = 1; i + k < 12; k++) {
        const later = tableMonths[i + k];
        const share = members.filter((s) => s.has(later)).length / members.length;
        // A month without new customers has no cohort to follow: blank, not 0 %.
        if (members.length === 0) expect(valueOf(retention.rows[i][k])).toBeNull();
        else expect(valueOf(retention.rows[i][k])).toBeCloseTo(share, 12);
      }
      expect(retention.rows[i].slice(12 - i).every((c) => c === null)).toBe(true);
    });
  });

  it("puts every customer with a purchase before each month-end in a segment", () => {
    const segments = table("history", HISTORY_TABLES.segmentCustomers);
    const total = segments.columns.findIndex((c) => c.id === "total");
    tableMonths.forEach((month, i) => {
      const customers = new Set(
        lines.filter((l) => !l.isReturn && l.day.slice(0, 7) <= month).map((l) => l.id)
      ).size;
      expect(valueOf(segments.rows[i][total])).toBe(customers);
    });
  });
});
