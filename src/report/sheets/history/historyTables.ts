/**
 * The History sheet's tables: segment sizes and the month's revenue by segment at each month-end,
 * new vs returning buyers by month, and first-purchase cohorts (counts, then retention as % by
 * formulas over the counts, and the retention curve over all cohorts).
 */
import type { AnalysisHistory } from "../../../analytics/runAnalyses";
import type { SegmentMap } from "../../../analytics/rfm";
import * as column from "../../columns";
import type { TableBlock, TableCell, Unplaced } from "../../model";
import { currencyFormat } from "../../numberFormats";
import { palette } from "../../palette";
import { cellA1, tableColumnIndex } from "../../ranges";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";
import { headerText } from "../migrationSheet";
import { segmentLabels } from "../rfm/labels";
import { thisRowRef } from "../rfm/structuredRefs";

export const HISTORY_TABLES = {
  /** Columns month, then one a segment (segment id), total (row SUM). */
  segmentCustomers: "HistorySegmentCustomers",
  /** Columns month, one a segment (segment id), unscored, total (row SUM). */
  segmentRevenue: "HistorySegmentRevenue",
  /** Columns month, newCustomers, returningCustomers, buyers (formula), newRevenue, returningRevenue. */
  buyers: "HistoryBuyers",
  /** Columns cohort, customers, m1..m(n-1): customers of the cohort buying k months after. */
  cohortCounts: "HistoryCohortCounts",
  /** Columns cohort, m1..m(n-1): the counts / customers, formulas over HistoryCohortCounts. */
  cohortRetention: "HistoryCohortRetention",
  /** Columns k, customers (of cohorts k months old or more), active, share (formula). */
  retentionCurve: "HistoryRetentionCurve",
} as const;

type Table = Unplaced<TableBlock>;
const h = (ctx: ReportContext, key: string, params?: Record<string, unknown>) =>
  ctx.t(`context:history.column.${key}`, params);

/** "Dec 2024": a month-end's category label, in the report's language. */
export function monthLabel(month: string, language: string): string {
  const text = new Intl.DateTimeFormat(language, {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** The row total of the segment columns, as a formula. */
const rowTotal = (table: Table, first: string, last: string, value: number): TableCell => ({
  formula: `SUM(${thisRowRef(table, first, last)})`,
  value,
});

export function segmentCustomersTable(
  history: AnalysisHistory,
  map: SegmentMap,
  ctx: ReportContext
): Table {
  const { segments, months } = history.segments;
  const names = segmentLabels(map, ctx);
  const table: Table = tableBlock(HISTORY_TABLES.segmentCustomers, {
    columns: [
      column.text("month", h(ctx, "monthEnd")),
      ...segments.map((id) => column.integer(id, headerText(names.get(id) ?? id))),
      column.integer("total", h(ctx, "total")),
    ],
    rows: [],
  });
  for (const m of months) {
    const counts = segments.map((id) => m.customers[id]);
    table.rows.push([
      monthLabel(m.month, ctx.language),
      ...counts,
      rowTotal(
        table,
        segments[0],
        segments[segments.length - 1],
        counts.reduce((a, b) => a + b, 0)
      ),
    ]);
  }
  return table;
}

export function segmentRevenueTable(
  history: AnalysisHistory,
  map: SegmentMap,
  ctx: ReportContext
): Table {
  const { segments, months } = history.segments;
  const names = segmentLabels(map, ctx);
  const format = currencyFormat(ctx.currencySymbol, ctx.language, 0);
  const money = (id: string, header: string) => column.currency(id, header, ctx, { format });
  const table: Table = tableBlock(HISTORY_TABLES.segmentRevenue, {
    columns: [
      column.text("month", h(ctx, "month")),
      ...segments.map((id) => money(id, headerText(names.get(id) ?? id))),
      money("unscored", h(ctx, "unscored")),
      money("total", h(ctx, "total")),
    ],
    rows: [],
  });
  for (const m of months) {
    const values = [...segments.map((id) => m.revenue[id]), m.unscoredRevenue];
    table.rows.push([
      monthLabel(m.month, ctx.language),
      ...values,
      rowTotal(
        table,
        segments[0],
        "unscored",
        values.reduce((a, b) => a + b, 0)
      ),
    ]);
  }
  return table;
}

export function buyersTable(history: AnalysisHistory, ctx: ReportContext): Table {
  const format = currencyFormat(ctx.currencySymbol, ctx.language, 0);
  const table: Table = tableBlock(HISTORY_TABLES.buyers, {
    columns: [
      column.text("month", h(ctx, "month")),
      column.integer("newCustomers", h(ctx, "newCustomers")),
      column.integer("returningCustomers", h(ctx, "returningCustomers")),
      column.integer("buyers", h(ctx, "buyers")),
      column.currency("newRevenue", h(ctx, "newRevenue"), ctx, { format }),
      column.currency("returningRevenue", h(ctx, "returningRevenue"), ctx, { format }),
    ],
    rows: [],
  });
  const buyers = `SUM(${thisRowRef(table, "newCustomers", "returningCustomers")})`;
  for (const b of history.customers.buyers) {
    table.rows.push([
      monthLabel(b.month, ctx.language),
      b.newCustomers,
      b.returningCustomers,
      { formula: buyers, value: b.newCustomers + b.returningCustomers },
      b.newRevenue,
      b.returningRevenue,
    ]);
  }
  return table;
}

/** Months since the first purchase the cohort tables show: 1 .. months - 1. */
const laterMonths = (history: AnalysisHistory) =>
  Array.from({ length: Math.max(0, history.customers.cohorts.length - 1) }, (_, i) => i + 1);

export function cohortCountsTable(history: AnalysisHistory, ctx: ReportContext): Table {
  const ks = laterMonths(history);
  return tableBlock(HISTORY_TABLES.cohortCounts, {
    columns: [
      column.text("cohort", h(ctx, "cohort")),
      column.integer("customers", h(ctx, "cohortCustomers")),
      ...ks.map((k) => column.integer(`m${k}`, h(ctx, "monthsAfter", { k }))),
    ],
    rows: history.customers.cohorts.map((c) => [
      monthLabel(c.month, ctx.language),
      c.customers,
      ...ks.map((k) => (k < c.active.length ? c.active[k] : null)),
    ]),
  });
}

/** Retention % with its values; placed, its cells become formulas over the counts (withRetentionFormulas). */
export function cohortRetentionTable(history: AnalysisHistory, ctx: ReportContext): Table {
  const ks = laterMonths(history);
  return tableBlock(HISTORY_TABLES.cohortRetention, {
    columns: [
      column.text("cohort", h(ctx, "cohort")),
      ...ks.map((k) => column.percent(`m${k}`, h(ctx, "monthsAfter", { k }))),
    ],
    rows: history.customers.cohorts.map((c) => [
      monthLabel(c.month, ctx.language),
      ...ks.map((k) =>
        k < c.active.length ? (c.customers > 0 ? c.active[k] / c.customers : null) : null
      ),
    ]),
    conditionalFormats:
      ks.length > 0
        ? [
            {
              kind: "colorScale",
              columns: ks.map((k) => `m${k}`),
              colors: [palette.heat[0], palette.heat[2]],
            },
          ]
        : [],
  });
}

/** Each retention cell as IFERROR(count / cohort customers, "") over the placed counts table. */
export function withRetentionFormulas(retention: TableBlock, counts: TableBlock): TableBlock {
  const customersCol = counts.anchor.col + tableColumnIndex(counts, "customers");
  const rows = retention.rows.map((row, i) =>
    row.map((cell, j): TableCell => {
      if (j === 0 || cell === null) return cell;
      const r = counts.anchor.row + 1 + i;
      const count = cellA1({ row: r, col: counts.anchor.col + tableColumnIndex(counts, `m${j}`) });
      const customers = cellA1({ row: r, col: customersCol });
      const value = typeof cell === "number" ? cell : null;
      return { formula: `IFERROR(${count}/${customers},"")`, value };
    })
  );
  return { ...retention, rows };
}

/**
 * The retention curve: for each k, the customers of every cohort at least k months old, those
 * of them buying k months after their first month, and the share (a formula).
 */
export function retentionCurveTable(history: AnalysisHistory, ctx: ReportContext): Table {
  const table: Table = tableBlock(HISTORY_TABLES.retentionCurve, {
    columns: [
      column.integer("k", h(ctx, "monthsSince")),
      column.integer("customers", h(ctx, "curveCustomers")),
      column.integer("active", h(ctx, "curveActive")),
      column.percent("share", h(ctx, "curveShare")),
    ],
    rows: [],
  });
  const share = `IFERROR(${thisRowRef(table, "active")}/${thisRowRef(table, "customers")},"")`;
  for (const k of laterMonths(history)) {
    const old = history.customers.cohorts.filter((c) => k < c.active.length);
    const customers = old.reduce((a, c) => a + c.customers, 0);
    const active = old.reduce((a, c) => a + c.active[k], 0);
    table.rows.push([
      k,
      customers,
      active,
      { formula: share, value: customers > 0 ? active / customers : null },
    ]);
  }
  return table;
}
