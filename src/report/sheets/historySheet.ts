/**
 * The History sheet: the month in context, computed from the data alone. Segment sizes and the
 * month's revenue by segment at each of the last 12 month-ends (tables + stacked charts), new vs
 * returning customers by month (table + chart), first-purchase cohorts x months since the first
 * purchase (counts, retention % as formulas over them, and the retention curve with its chart).
 * It prints whole, in the board pack after the Migration sheet (3-4 pages).
 */
import type { ReportInput } from "../buildReport";
import { chartBlock } from "../chartBlock";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import type { MethodContribution } from "../methodContribution";
import type { ReportBlock, TableBlock } from "../model";
import { currencyFormat, FORMAT } from "../numberFormats";
import { ownedSheet, type ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";
import {
  buyersTable,
  cohortCountsTable,
  cohortRetentionTable,
  HISTORY_TABLES,
  retentionCurveTable,
  segmentCustomersTable,
  segmentRevenueTable,
  withRetentionFormulas,
} from "./history/historyTables";
import { mapLabel, segmentLabels } from "./rfm/labels";

export { HISTORY_TABLES } from "./history/historyTables";

const CHART_ROWS = 18;
const CHART_COLS = 12;

export function buildHistorySheet(
  input: ReportInput,
  ctx: ReportContext
): SectionOutput | undefined {
  const history = input.history;
  const rfm = input.rfm;
  const buyers = history?.customers.buyers ?? [];
  if (!history || !rfm || buyers.length === 0) return undefined;
  const x = (key: string, params?: Record<string, unknown>) =>
    ctx.t(`context:history.${key}`, params);
  const names = segmentLabels(rfm.map, ctx);
  // Per-customer summaries (the warehouse path) give the buyers alone: no month-end segments,
  // no cohorts; the Data quality sheet names what is missing.
  const months = history.segments.months;
  const money0 = currencyFormat(ctx.currencySymbol, ctx.language, 0);
  const segmentSeries = () =>
    history.segments.segments.map((id) => ({ column: id, name: names.get(id) ?? id }));

  const rows: LayoutRow[] = [
    [
      {
        kind: "title",
        title: x("title"),
        subtitle: [
          x("subtitle", {
            from: buyers[0].month,
            to: buyers[buyers.length - 1].month,
            map: mapLabel(rfm.map, ctx),
          }),
        ],
      },
    ],
  ];
  if (months.length > 0)
    rows.push(
      sectionHeading(x("heading.segmentCustomers"), 8),
      [segmentCustomersTable(history, rfm.map, ctx)],
      [
        chartBlock(HISTORY_TABLES.segmentCustomers, "month", {
          type: "column",
          stacked: true,
          title: x("chart.segmentCustomers"),
          series: segmentSeries(),
          valueAxisFormat: FORMAT.integer,
          legend: "right",
          size: { rows: CHART_ROWS, cols: CHART_COLS },
        }),
      ],
      sectionHeading(x("heading.segmentRevenue"), 8),
      [segmentRevenueTable(history, rfm.map, ctx)],
      [
        chartBlock(HISTORY_TABLES.segmentRevenue, "month", {
          type: "column",
          stacked: true,
          title: x("chart.segmentRevenue"),
          series: segmentSeries(),
          valueAxisFormat: money0,
          legend: "right",
          size: { rows: CHART_ROWS, cols: CHART_COLS },
        }),
      ]
    );
  rows.push(sectionHeading(x("heading.buyers"), 8), [
    buyersTable(history, ctx),
    chartBlock(HISTORY_TABLES.buyers, "month", {
      type: "column",
      stacked: true,
      title: x("chart.buyers"),
      series: [
        { column: "newCustomers", name: x("column.newCustomers") },
        { column: "returningCustomers", name: x("column.returningCustomers") },
      ],
      valueAxisFormat: FORMAT.integer,
      legend: "bottom",
      size: { rows: CHART_ROWS, cols: 8 },
    }),
  ]);
  if (history.customers.cohorts.length > 0)
    rows.push(
      sectionHeading(x("heading.cohorts"), 8),
      [cohortCountsTable(history, ctx)],
      sectionHeading(x("heading.retention"), 8),
      [cohortRetentionTable(history, ctx)],
      [
        retentionCurveTable(history, ctx),
        chartBlock(HISTORY_TABLES.retentionCurve, "k", {
          type: "column",
          title: x("chart.retention"),
          series: [{ column: "share", name: x("column.curveShare") }],
          axisTitles: { category: x("column.monthsSince") },
          valueAxisFormat: FORMAT.percent,
          legend: "none",
          size: { rows: CHART_ROWS, cols: 8 },
        }),
      ]
    );
  const placed = layoutRows(rows);
  const counts = placed.find(
    (b): b is TableBlock => b.kind === "table" && b.name === HISTORY_TABLES.cohortCounts
  );
  const blocks = placed.map((b): ReportBlock =>
    counts && b.kind === "table" && b.name === HISTORY_TABLES.cohortRetention
      ? withRetentionFormulas(b, counts)
      : b
  );
  const sheet = ownedSheet(ctx, "history", blocks);
  return { sheets: [sheet], method: historyMethod(ctx) };
}

function historyMethod(ctx: ReportContext): MethodContribution {
  const def = (key: string) => ({
    term: ctx.t(`context:history.method.${key}.term`),
    text: ctx.t(`context:history.method.${key}.text`),
  });
  return {
    parameters: [],
    definitions: [def("comparisons"), def("monthEnds"), def("cohorts")],
  };
}
