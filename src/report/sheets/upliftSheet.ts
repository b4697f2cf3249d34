/**
 * The Uplift sheet: what each campaign really added against its control group, per arm, all
 * arms pooled and per breakdown, with the evidence. Blocks top to bottom: title with the method
 * in one line; how conversions were counted; the checks to read first (split, crossover,
 * contamination, balance, Simpson, small control groups) and the campaigns left out; results by
 * campaign and arm with their verdict icons; the control vs treated chart and the uplift with
 * its interval as extra series; the checks table; pooled vs post-stratified uplift; results by
 * breakdown with adjusted p-values.
 */
import type { UpliftAnalysis } from "../../analytics/uplift/types";
import type { ReportInput } from "../buildReport";
import { chartBlock } from "../chartBlock";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import type { MethodContribution } from "../methodContribution";
import type { ChartBlock, PrintSetup, ReportBlock, TableBlock } from "../model";
import { sheetColumnWidths } from "../columnWidths";
import { blocksRangeA1 } from "../ranges";
import { columnsForWidth } from "./rfmSheet";
import { palette } from "../palette";
import { landscapeA4, ownedSheet, type ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";
import {
  messageText,
  readableNumber,
  resolveRowFormulas,
  segmentNamer,
  twoDecimals,
  type Unplaced,
} from "./ltv/sheetHelpers";
import {
  breakdownsTable,
  campaignsTable,
  checksTable,
  comparisonLabel,
  levelText,
  stratifiedTable,
  UPLIFT_TABLES,
  upliftNames,
  type UpliftNames,
} from "./uplift/upliftTables";
import {
  BREAKDOWN_SUMMARY_TABLE,
  breakdownSummaryTable,
  linkSummary,
  summaryTable,
} from "./uplift/upliftSummary";

export { UPLIFT_TABLES };

const NOTE_WIDTH = 12;

/** Every campaign's warnings, then each comparison's (small control groups), as sentences. */
export function upliftWarnings(
  analysis: UpliftAnalysis,
  ctx: ReportContext,
  names: UpliftNames
): string[] {
  const words = (name: string, value: string | number) =>
    name === "covariate"
      ? ctx.t(`uplift:covariates.${value}`)
      : name === "dimension"
        ? names.dimension(String(value))
        : name === "smd" && typeof value === "number"
          ? twoDecimals(value, ctx)
          : value;
  const texts: string[] = [];
  for (const campaign of analysis.campaigns) {
    // A campaign may warn twice for one dimension (one per arm): say it once.
    const seen = new Set<string>();
    for (const w of campaign.warnings) {
      const text = messageText(w, ctx, words);
      if (!seen.has(text)) texts.push(text);
      seen.add(text);
    }
    for (const cmp of campaign.results) {
      for (const w of cmp.warnings) {
        texts.push(
          ctx.t("report:upliftSheet.armWarning", {
            comparison: comparisonLabel(cmp, names, ctx),
            text: messageText(w, ctx, words),
          })
        );
      }
    }
  }
  return texts;
}

function noteRows(analysis: UpliftAnalysis, ctx: ReportContext, names: UpliftNames): LayoutRow[] {
  const { t } = ctx;
  const outcomeOf = (c: UpliftAnalysis["campaigns"][number]) =>
    t(`uplift:outcome.${c.outcome.source}`, { days: c.outcome.windowDays });
  const distinct = new Set(analysis.campaigns.map(outcomeOf));
  // One sentence when every campaign counts conversions the same way, else one a campaign.
  const outcomes =
    distinct.size <= 1
      ? [...distinct]
      : analysis.campaigns.map((c) =>
          t("report:upliftSheet.outcome", { campaign: c.campaign, outcome: outcomeOf(c) })
        );
  const warnings = upliftWarnings(analysis, ctx, names);
  const rows: LayoutRow[] = [];
  if (outcomes.length > 0) {
    rows.push([
      {
        kind: "note",
        heading: t("report:upliftSheet.outcomeHeading"),
        paragraphs: outcomes,
        widthCols: NOTE_WIDTH,
      },
    ]);
  }
  rows.push([
    {
      kind: "note",
      heading: t("report:upliftSheet.warningsHeading"),
      paragraphs: warnings.length > 0 ? warnings : [t("report:upliftSheet.noWarning")],
      widthCols: NOTE_WIDTH,
    },
  ]);
  if (analysis.skipped.length > 0) {
    rows.push([
      {
        kind: "note",
        heading: t("report:upliftSheet.skippedHeading"),
        paragraphs: analysis.skipped.map((s) => messageText(s.reason, ctx)),
        widthCols: NOTE_WIDTH,
      },
    ]);
  }
  return rows;
}

/**
 * Treated vs control conversion rates, and the uplift in points with its Newcombe interval drawn
 * as a vertical interval around the uplift (an "interval" chart).
 *
 * FIRST_SERIES_NOTE: a chart's first series carries no colour of its own (it takes the palette's
 * first): the Office.js writer styles it through `series.getItemAt(0)` before the chart exists
 * in the typed fake, which the fake refuses; later series are styled as they are added.
 */
function charts(
  campaigns: Unplaced<TableBlock>,
  ctx: ReportContext,
  level: string,
  cols: [number, number]
): Unplaced<ChartBlock>[] {
  const header = (id: string) => campaigns.columns.find((c) => c.id === id)!.header;
  const rows = Math.max(16, campaigns.rows.length + 8);
  return [
    chartBlock(UPLIFT_TABLES.campaigns, "comparison", {
      type: "column",
      title: ctx.t("report:upliftSheet.chart.ratesTitle"),
      // The first series takes the palette's first colour (brand blue); see FIRST_SERIES_NOTE.
      series: [
        { column: "rateTreated", name: header("rateTreated") },
        { column: "rateControl", name: header("rateControl"), color: palette.series[2] },
      ],
      axisTitles: { value: ctx.t("report:upliftSheet.chart.ratesAxis") },
      valueAxisFormat: "0%",
      legend: "bottom",
      size: { rows, cols: cols[0] },
    }),
    // The interval drawn as an interval (low to high, a marker at the uplift), not as bars from
    // zero: series high, low, estimate (INTERVAL_SERIES_ORDER in model.ts).
    chartBlock(UPLIFT_TABLES.campaigns, "comparison", {
      type: "interval",
      title: ctx.t("report:upliftSheet.chart.upliftTitle", { level }),
      series: [
        { column: "ciHigh", name: header("ciHigh"), color: palette.series[2] },
        { column: "ciLow", name: header("ciLow"), color: palette.series[2] },
        { column: "uplift", name: header("uplift") },
      ],
      axisTitles: { value: ctx.t("report:upliftSheet.chart.upliftAxis") },
      valueAxisFormat: "0.0",
      legend: "bottom",
      size: { rows, cols: cols[1] },
    }),
  ];
}

/**
 * Two print ranges: the title, the summary and the charts (one page), then the appendix (the
 * breakdowns' printed summary and its heading, the sheet's last blocks: printedAppendix). Zoom
 * and page breaks: printLayout.ts.
 */
function upliftPrint(blocks: ReportBlock[], appendixHeading: string): PrintSetup {
  const charts = blocks.filter((b) => b.kind === "chart");
  const start = blocks.findIndex((b) => b.kind === "note" && b.heading === appendixHeading);
  if (charts.length === 0 || start < 0) return landscapeA4();
  const lastChart = blocks.lastIndexOf(charts[charts.length - 1]);
  const firstPage = blocksRangeA1(blocks.slice(0, lastChart + 1));
  return landscapeA4(false, `${firstPage},${blocksRangeA1(blocks.slice(start))}`);
}

/**
 * The breakdowns, some 280 rows, one line a row (long texts run into the next cell or are cut
 * there): the printed appendix beside them shares their rows, and stays one line a row.
 */
function oneLineRows(table: Unplaced<TableBlock>): Unplaced<TableBlock> {
  return { ...table, columns: table.columns.map((c) => (c.wrap ? { ...c, wrap: false } : c)) };
}

/**
 * What prints of the breakdowns (breakdownSummaryTable, its cells formulas over theirs): 13 of
 * their 45 columns, one line a row, beside them on their rows with its heading above (all 45
 * printed on some 30 pages across and down). Beside, not under: its columns are then its own,
 * where under the other tables the widest of theirs made it two pages wide.
 */
function printedAppendix(placed: ReportBlock[], heading: string): ReportBlock[] {
  const breakdowns = placed.find(
    (b): b is TableBlock => b.kind === "table" && b.name === UPLIFT_TABLES.breakdowns
  );
  if (breakdowns === undefined || breakdowns.rows.length === 0) return [];
  const table = breakdownSummaryTable(breakdowns);
  return layoutRows([sectionHeading(heading, table.columns.length), [table]], {
    start: {
      row: breakdowns.anchor.row - 1,
      col: breakdowns.anchor.col + breakdowns.columns.length + 1,
    },
  });
}

/** Width of each chart in characters: two side by side span the summary's page. */
const CHART_CHARS = 100;

/**
 * Columns each of the two charts covers: they are anchored on cells, and the sheet's columns are
 * as wide as the widest table in them (all tables start in column A).
 */
function chartCols(tables: Unplaced<TableBlock>[]): [number, number] {
  const widths = sheetColumnWidths({
    blocks: tables.map((t): TableBlock => ({
      ...t,
      anchor: { row: 0, col: t.name === UPLIFT_TABLES.campaigns ? 1 : 0 },
    })),
  });
  const first = columnsForWidth(widths, 0, CHART_CHARS);
  return [first, columnsForWidth(widths, first + 1, CHART_CHARS)];
}

/** The Uplift sheet and its Method entries; undefined when the uplift analysis did not run. */
export function buildUpliftSheet(
  input: ReportInput,
  ctx: ReportContext
): SectionOutput | undefined {
  const analysis = input.uplift;
  if (analysis === null || analysis === undefined) return undefined;
  const { t } = ctx;
  const names = upliftNames(ctx, segmentNamer(input.rfm, ctx));
  const level = levelText(analysis, ctx);
  const rows: LayoutRow[] = [
    [
      {
        kind: "title",
        title: t("report:upliftSheet.title"),
        subtitle: [
          t("report:upliftSheet.subtitle.campaigns", {
            campaigns: readableNumber(analysis.campaigns.length, ctx),
            skipped: readableNumber(analysis.skipped.length, ctx),
          }),
          t("report:upliftSheet.subtitle.method", { level }),
          t("report:upliftSheet.subtitle.verdicts"),
          t("report:upliftSheet.subtitle.basket"),
        ],
      },
    ],
  ];
  const campaigns = analysis.campaigns.length > 0 ? campaignsTable(analysis, ctx, names) : null;
  const stratified = campaigns ? stratifiedTable(analysis, ctx, names) : undefined;
  const breakdowns = campaigns ? breakdownsTable(analysis, ctx, names) : undefined;
  const checks = campaigns ? checksTable(analysis, ctx) : undefined;
  // The printed first page: the summary and the charts; the detail follows on screen.
  if (campaigns) {
    const summary = summaryTable(campaigns);
    const tables = [summary, campaigns, checks, stratified, breakdowns];
    rows.push(
      sectionHeading(t("report:print.upliftSummaryHeading")),
      [summary],
      sectionHeading(t("report:upliftSheet.chartsHeading")),
      charts(campaigns, ctx, level, chartCols(tables.filter((b) => b !== undefined)))
    );
  }
  rows.push(...noteRows(analysis, ctx, names));
  if (campaigns && checks && breakdowns) {
    const adjustment = analysis.campaigns.flatMap((c) => c.breakdowns)[0]?.adjustment;
    rows.push(
      sectionHeading(t("report:upliftSheet.campaignsHeading")),
      [campaigns],
      sectionHeading(t("report:upliftSheet.checksHeading")),
      [checks]
    );
    if (stratified) {
      rows.push(sectionHeading(t("report:upliftSheet.stratifiedHeading")), [stratified]);
    }
    if (breakdowns.rows.length > 0) {
      rows.push(sectionHeading(t("report:upliftSheet.breakdownsHeading")));
      if (adjustment !== undefined) {
        rows.push({
          blocks: [
            {
              kind: "note",
              paragraphs: [
                t("report:upliftSheet.adjustmentNote", {
                  method: t(`uplift:adjustments.${adjustment}`),
                }),
              ],
              widthCols: NOTE_WIDTH,
            },
          ],
          gapAfter: 0,
        });
      }
      rows.push([oneLineRows(breakdowns)]);
    }
  }
  // The campaigns table has one label column fewer than the breakdowns: one column to the right,
  // their value columns share widths.
  const placed = layoutRows(rows).map((b) =>
    b.kind === "table" && b.name === UPLIFT_TABLES.campaigns
      ? { ...b, anchor: { ...b.anchor, col: b.anchor.col + 1 } }
      : b
  );
  placed.push(...printedAppendix(placed, t("report:print.upliftAppendixHeading")));
  const blocks = linkSummary(
    linkSummary(resolveRowFormulas(placed), UPLIFT_TABLES.campaigns),
    UPLIFT_TABLES.breakdowns,
    BREAKDOWN_SUMMARY_TABLE
  );
  const sheet = ownedSheet(ctx, "uplift", blocks, {
    print: upliftPrint(blocks, t("report:print.upliftAppendixHeading")),
  });
  return { sheets: [sheet], method: upliftMethod(analysis, ctx, level) };
}

/** Parameters in force and the definitions a trainer or an auditor needs. */
function upliftMethod(
  analysis: UpliftAnalysis,
  ctx: ReportContext,
  level: string
): MethodContribution {
  const { t } = ctx;
  const p = (key: string) => t(`report:upliftSheet.method.${key}`);
  const windows = [...new Set(analysis.campaigns.map((c) => c.outcome.windowDays))];
  const adjustment = analysis.campaigns.flatMap((c) => c.breakdowns)[0]?.adjustment ?? "holm";
  const def = (key: string) => ({
    term: t(`report:upliftSheet.method.definition.${key}.term`),
    text: t(`report:upliftSheet.method.definition.${key}.text`),
  });
  return {
    parameters: [
      { label: p("level"), value: level },
      {
        label: p("power"),
        value: (0.8).toLocaleString(ctx.language, { style: "percent" }),
      },
      { label: p("window"), value: windows.join(", ") || "—" },
      { label: p("adjustment"), value: t(`uplift:adjustments.${adjustment}`) },
    ],
    definitions: [
      def("points"),
      def("newcombe"),
      def("relative"),
      def("tests"),
      def("incremental"),
      def("economics"),
      def("verdict"),
      def("beyondReach"),
      def("srm"),
      def("mde"),
      def("stratified"),
      def("balance"),
      def("segmentAsOf"),
    ],
  };
}
