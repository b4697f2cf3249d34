/**
 * The RFM sheet (one row a customer, the cut points beside it) and the Segments sheet (summary
 * per segment with actions, charts, the R x F grid), from one RFM result.
 */
import type { RfmResult } from "../../analytics/rfm";
import type { ReportInput } from "../buildReport";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import { lineBreaks, lineCharsOf } from "../lineBreaks";
import type { ChartBlock, NoteBlock, ReportSheet, TableBlock, UnplacedBlock } from "../model";
import { currencyFormat, FORMAT } from "../numberFormats";
import { EXCEL_DEFAULT_WIDTH, unplacedColumnWidths } from "../columnWidths";
import { blocksRangeA1 } from "../ranges";
import { landscapeA4, ownedSheet, type ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";
import { customerColumns, customersTable } from "./rfm/customersTable";
import { cutPointsTable } from "./rfm/cutPointsTable";
import { amountLabel, dayLabel, mapLabel, numberLabel } from "./rfm/labels";
import { mapGridTable } from "./rfm/mapGridTable";
import { rfGridTable } from "./rfm/rfGridTable";
import { rfmMethod } from "./rfm/rfmMethod";
import { segmentSummaryTable } from "./rfm/segmentSummaryTable";

/**
 * The contract other sheets (the Dashboard) rely on: table names (identifiers, the same in every
 * language) and the column ids they read. Add, never rename.
 */
export const RFM_TABLES = {
  /** One row a customer: columns id, recency, frequency, monetary, aov, r, f, m, score, segment. */
  customers: "RfmCustomers",
  /**
   * One row a segment (Segments sheet): columns segment, customers, customerShare, revenue,
   * revenueShare, recency, frequency, monetary, aov, description, action.
   */
  segments: "SegmentSummary",
  /** The R x F grid: column r (score), then f1..fk customer counts (heat map). */
  rfGrid: "RfmGrid",
  /** Cut points (RFM sheet): columns metric, score, above, upTo, customers, share, remark. */
  cutPoints: "RfmCutPoints",
  /** The classic map on the 5-score R x F grid (Segments sheet): column r, then f1..f5 names. */
  mapGrid: "RfmMapGrid",
} as const;

/** How many customer ids the "only returns" note lists before "… and N more". */
const RETURNS_LISTED = 20;

/** Subtitle lines of the RFM sheet: as-of date and window, scoring, map and customers. */
function rfmSubtitle(result: RfmResult, ctx: ReportContext): string[] {
  const { t } = ctx;
  const key = "report:rfmSheet.subtitle";
  const window =
    result.windowStartDay === null
      ? t(`${key}.windowAll`)
      : t(`${key}.windowFrom`, { start: dayLabel(result.windowStartDay) });
  return [
    t(`${key}.asOf`, { date: dayLabel(result.asOfDay), window }),
    t(`${key}.scoring`, { bins: result.bins, rule: t(`report:rfmSheet.rule.${result.rule}`) }),
    t(`${key}.map`, {
      map: mapLabel(result.map, ctx),
      customers: numberLabel(result.customers.length, ctx),
    }),
  ];
}

/**
 * The note on customers whose only lines are returns: how many, and the first ids, in lines of
 * at most `maxChars` (20 ids ran past the printed page's right edge on one line).
 */
function returnsOnlyNote(
  result: RfmResult,
  ctx: ReportContext,
  maxChars: number,
  widthCols: number
): Omit<NoteBlock, "anchor"> {
  const { t } = ctx;
  const ids = result.returnsOnly;
  const listed = ids.slice(0, RETURNS_LISTED).join(", ");
  const more = ids.length - RETURNS_LISTED;
  return {
    kind: "note",
    heading: t("report:rfmSheet.returnsOnly.heading"),
    paragraphs: [
      t("rfm:returnsOnly", { count: ids.length }),
      t("report:rfmSheet.returnsOnly.listed", {
        ids:
          more > 0
            ? `${listed} ${t("report:rfmSheet.returnsOnly.more", { count: numberLabel(more, ctx) })}`
            : listed,
      }),
    ].flatMap((paragraph) => lineBreaks(paragraph, maxChars)),
    widthCols,
  };
}

/**
 * The RFM sheet: title, then the customers' table (header row frozen) with, to its right, the
 * cut points per metric and the customers left out for having only returns.
 */
export function buildRfmSheet(result: RfmResult, ctx: ReportContext): ReportSheet {
  const customers = customersTable(RFM_TABLES.customers, result, ctx);
  const [title, table] = layoutRows([
    [{ kind: "title", title: ctx.t("report:rfmSheet.title"), subtitle: rfmSubtitle(result, ctx) }],
    [customers],
  ]);
  const cuts = cutPointsTable(RFM_TABLES.cutPoints, result, ctx);
  const side: LayoutRow[] = [sectionHeading(ctx.t("report:rfmSheet.cutPoints.heading")), [cuts]];
  if (result.returnsOnly.length > 0) {
    // Under the cut points, as wide: their columns are the printed page's.
    const maxChars = lineCharsOf(unplacedColumnWidths([cuts]), 0, cuts.columns.length);
    side.push([returnsOnlyNote(result, ctx, maxChars, cuts.columns.length)]);
  }
  const besideTable = layoutRows(side, {
    start: { row: table.anchor.row, col: table.anchor.col + customers.columns.length + 1 },
  });
  return ownedSheet(ctx, "rfm", [title, table, ...besideTable], {
    freezeRows: table.anchor.row + 1,
    // One row a customer is for the screen: the cut points beside it are what prints, without
    // the frozen rows (the title and the customers' header, in other columns) on every page.
    print: { ...landscapeA4(false, blocksRangeA1(besideTable)), repeatFrozenRows: false },
  });
}

/**
 * How many columns, from `start`, make at least `chars` characters of width: charts are anchored
 * on cells, and the summary's columns are of very different widths (a description is 40 wide).
 */
export function columnsForWidth(widths: readonly number[], start: number, chars: number): number {
  let cols = 0;
  for (let total = 0; total < chars; cols++) total += widths[start + cols] ?? EXCEL_DEFAULT_WIDTH;
  return Math.max(1, cols);
}

/** Widths of the charts of the Segments sheet, in characters (about 7 pixels each). */
const CHART_CHARS = { shares: 95, customers: 70, revenue: 70 } as const;

/**
 * The three charts of the Segments sheet, all bound to the summary table: the customers and
 * revenue charts side by side, the share chart under them. Each within the summary's columns, so
 * the sheet prints at the summary's width (in a row of three, the charts were as wide again as
 * the table, and the sheet printed at a third of its size).
 */
function segmentCharts(
  result: RfmResult,
  summary: Omit<TableBlock, "anchor">,
  ctx: ReportContext
): Omit<ChartBlock, "anchor">[] {
  const headers = (id: string) => summary.columns.find((c) => c.id === id)?.header ?? id;
  const widths = unplacedColumnWidths([summary]);
  const sharesCols = columnsForWidth(widths, 0, CHART_CHARS.shares);
  const customersCols = columnsForWidth(widths, 0, CHART_CHARS.customers);
  const revenueCols = columnsForWidth(widths, customersCols + 1, CHART_CHARS.revenue);
  const t = (key: string) => ctx.t(`report:segmentsSheet.chart.${key}`);
  // One height for the three, a row a segment and room for the axis (the share chart's two bars
  // a segment fit it): printed at the summary's zoom, the three and the segment map fit a page.
  const rows = Math.max(14, result.segments.length + 9);
  const base = {
    kind: "chart" as const,
    table: RFM_TABLES.segments,
    categoryColumn: "segment",
    seriesBy: "columns" as const,
  };
  return [
    {
      ...base,
      type: "bar",
      title: t("shares"),
      series: [
        // Palette order (no explicit colours): revenue in the brand blue, customers lighter.
        { column: "revenueShare", name: headers("revenueShare") },
        { column: "customerShare", name: headers("customerShare") },
      ],
      axisTitles: { value: t("shareAxis") },
      valueAxisFormat: FORMAT.percent,
      dataLabels: { showValue: true, showPercent: false, numberFormat: FORMAT.percent },
      legend: "bottom",
      size: { rows, cols: sharesCols },
    },
    {
      ...base,
      type: "column",
      title: t("customers"),
      series: [{ column: "customers", name: headers("customers") }],
      axisTitles: { value: t("customersAxis") },
      valueAxisFormat: FORMAT.integer,
      dataLabels: { showValue: true, showPercent: false, numberFormat: FORMAT.integer },
      legend: "none",
      size: { rows, cols: customersCols },
    },
    {
      ...base,
      type: "column",
      title: t("revenue"),
      series: [{ column: "revenue", name: headers("revenue") }],
      axisTitles: { value: t("revenueAxis") },
      valueAxisFormat: currencyFormat(ctx.currencySymbol, ctx.language, 0),
      legend: "none",
      size: { rows, cols: revenueCols },
    },
  ];
}

/**
 * The Segments sheet: title; the summary per segment (formulas over the RFM sheet's table, totals
 * row); the R x F grid as a heat map and the segment map, each with its note under it; then the
 * customers and revenue charts, the share chart under them. Nothing is wider than the summary: it
 * sets the printed width, so the sheet prints at the summary's zoom.
 */
export function buildSegmentsSheet(result: RfmResult, ctx: ReportContext): ReportSheet {
  const { t } = ctx;
  const customers = { name: RFM_TABLES.customers, columns: customerColumns(ctx) };
  const summary = segmentSummaryTable(RFM_TABLES.segments, result, customers, ctx);
  const grid = rfGridTable(RFM_TABLES.rfGrid, result, customers, ctx);
  const revenue = result.segments.reduce((sum, s) => sum + s.revenue, 0);
  const [shares, byCustomers, byRevenue] = segmentCharts(result, summary, ctx);
  // A note's sentence runs on over the empty cells to its right: under its grid, within the
  // summary's width (beside the grid, it ran past the summary's right edge).
  const noteCols = summary.columns.length;
  const gridNote: UnplacedBlock = {
    kind: "note",
    paragraphs: [t("report:segmentsSheet.grid.note", { bins: result.bins })],
    widthCols: noteCols,
  };
  const rows: LayoutRow[] = [
    [
      {
        kind: "title",
        title: t("report:segmentsSheet.title"),
        subtitle: [
          t("report:segmentsSheet.subtitle.asOf", {
            date: dayLabel(result.asOfDay),
            map: mapLabel(result.map, ctx),
          }),
          t("report:segmentsSheet.subtitle.totals", {
            customers: numberLabel(result.customers.length, ctx),
            revenue: amountLabel(revenue, ctx),
          }),
          t("report:segmentsSheet.subtitle.formulas"),
        ],
      },
    ],
    sectionHeading(t("report:segmentsSheet.summaryHeading")),
    [summary],
    sectionHeading(t("report:segmentsSheet.grid.heading"), 8),
    { blocks: [grid], gapAfter: 0 },
    [gridNote],
  ];
  const mapGrid = mapGridTable(RFM_TABLES.mapGrid, result.map, ctx);
  if (mapGrid !== undefined) {
    rows.push(
      sectionHeading(t("report:segmentsSheet.mapGrid.heading"), 8),
      { blocks: [mapGrid], gapAfter: 0 },
      [
        {
          kind: "note",
          paragraphs: [
            t("report:segmentsSheet.mapGrid.note"),
            ...(result.bins !== 5 ? [t("rfm:method.mapGrid", { bins: result.bins })] : []),
          ],
          widthCols: noteCols,
        },
      ]
    );
  }
  // The charts after the tables: printed, the tables fill the first page, the charts the second.
  rows.push([byCustomers, byRevenue], [shares]);
  return ownedSheet(ctx, "segments", layoutRows(rows));
}

/**
 * The RFM and Segments sheets and the RFM entries of the Method sheet; undefined when there is
 * no RFM result (no transactions).
 */
export function buildRfmSheets(input: ReportInput, ctx: ReportContext): SectionOutput | undefined {
  const result = input.rfm;
  if (result === null || result === undefined) return undefined;
  return {
    sheets: [buildRfmSheet(result, ctx), buildSegmentsSheet(result, ctx)],
    method: rfmMethod(result, ctx),
  };
}
