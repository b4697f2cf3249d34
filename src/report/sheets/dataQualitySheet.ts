/**
 * The Data quality sheet: how many rows each source sheet had and how many the analyses use,
 * every exclusion by sheet and reason with its first row numbers (so a user can go and fix the
 * data), a chart of exclusions by reason, the flagged rows, the warnings, and what the input
 * could not support (the warehouse path's summaries: analyses that need transaction lines).
 */
import type { Problem } from "../../analytics/domain";
import { createFormatters } from "../../format/formatters";
import type {
  DataQualityReport,
  ExclusionSummary,
} from "../../analytics/quality/dataQualityReport";
import { chartBlock } from "../chartBlock";
import * as column from "../columns";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import type { MethodContribution } from "../methodContribution";
import type { ReportSheet, TableBlock, Unplaced } from "../model";
import { FORMAT } from "../numberFormats";
import { palette } from "../palette";
import { ownedSheet, type ReportContext } from "../reportContext";
import { tableBlock } from "../tableBlock";

/**
 * Table names are identifiers, not labels: they stay the same in every language so formulas
 * and Power Query steps written against them survive a change of language.
 */
export const DATA_QUALITY_TABLES = {
  sources: "DataQualitySources",
  byReason: "DataQualityByReason",
  exclusions: "DataQualityExclusions",
  flags: "DataQualityFlags",
} as const;

/** "2, 5, 9 … and 115 more": the listed rows, and how many more the rule excluded. */
export function rowNumbersText(summary: ExclusionSummary, ctx: ReportContext): string {
  const listed = summary.rows.join(", ");
  const more = summary.count - summary.rows.length;
  const count = createFormatters(ctx.language).integer(more);
  return more > 0 ? `${listed} ${ctx.t("report:dataQuality.moreRows", { count })}` : listed;
}

/** The label of a reason, with the input layer's own code when it had no reason of ours. */
export function reasonLabel(summary: ExclusionSummary, ctx: ReportContext): string {
  const label = ctx.t(`quality:${summary.reason}.label`, { defaultValue: summary.reason });
  if (summary.detail === undefined) return label;
  const detail = ctx.t(`problems:reject.${summary.detail}`, { defaultValue: summary.detail });
  return `${label} (${detail})`;
}

/**
 * A warning as a sentence. Codes may name their namespace ("quality:warning.x"); the date-order
 * warnings carry codes as params (order "dmy", basis "data") that are words of their own.
 * Mirrors src/cli/humanSummary.ts problemMessage (src/report cannot depend on src/cli).
 */
export function problemText(problem: Problem, ctx: ReportContext): string {
  const key = problem.code.includes(":") ? problem.code : `problems:${problem.code}`;
  const params: Record<string, unknown> = { ...problem.params };
  if (problem.code === "dateOrder" || problem.code === "dateOrderConflicts") {
    params.order = ctx.t(`common:dateOrder.${String(params.order)}`);
    params.basis = ctx.t(`problems:dateOrderBasis.${String(params.basis)}`);
  }
  return ctx.t(key, {
    sheet: problem.sheet,
    column: problem.column ?? "",
    row: problem.row ?? "",
    ...params,
    defaultValue: problem.code,
  });
}

function sourcesTable(report: DataQualityReport, ctx: ReportContext): Unplaced<TableBlock> {
  const col = (key: string) => ctx.t(`report:dataQuality.column.${key}`);
  return tableBlock(DATA_QUALITY_TABLES.sources, {
    columns: [
      column.text("sheet", col("sheet"), { total: column.totalLabel(ctx) }),
      column.text("kind", col("kind")),
      column.integer("rowsRead", col("rowsRead"), { total: "sum" }),
      column.integer("rowsUsed", col("rowsUsed"), { total: "sum" }),
      column.integer("rowsExcluded", col("rowsExcluded"), { total: "sum" }),
      column.integer("rowsFlagged", col("rowsFlagged"), { total: "sum" }),
    ],
    rows: report.sheets.map((s) => [
      s.sheet,
      ctx.t(`report:kind.${s.kind}`),
      s.rowsRead,
      s.rowsUsed,
      s.rowsRead - s.rowsUsed,
      s.rowsFlagged ?? 0,
    ]),
  });
}

/** Rows excluded by reason over all sheets, most first: the data of the chart. */
export function exclusionsByReason(
  report: DataQualityReport,
  ctx: ReportContext
): { reason: string; rows: number }[] {
  const totals = new Map<string, number>();
  for (const e of report.excluded) {
    const label = ctx.t(`quality:${e.reason}.label`, { defaultValue: e.reason });
    totals.set(label, (totals.get(label) ?? 0) + e.count);
  }
  return [...totals]
    .map(([reason, rows]) => ({ reason, rows }))
    .sort((a, b) => b.rows - a.rows || a.reason.localeCompare(b.reason));
}

function byReasonTable(report: DataQualityReport, ctx: ReportContext): Unplaced<TableBlock> {
  const col = (key: string) => ctx.t(`report:dataQuality.column.${key}`);
  return tableBlock(DATA_QUALITY_TABLES.byReason, {
    columns: [
      column.text("reason", col("reason"), { total: column.totalLabel(ctx) }),
      column.integer("rows", col("rows"), { total: "sum" }),
    ],
    rows: exclusionsByReason(report, ctx).map((r) => [r.reason, r.rows]),
    conditionalFormats: [{ kind: "dataBar", columns: ["rows"], color: palette.bar }],
  });
}

/** One row a sheet and reason: the reason, count, share of the sheet's rows, row numbers. */
function summariesTable(
  name: string,
  summaries: ExclusionSummary[],
  report: DataQualityReport,
  ctx: ReportContext
): Unplaced<TableBlock> {
  const col = (key: string) => ctx.t(`report:dataQuality.column.${key}`);
  const rowsRead = new Map(report.sheets.map((s) => [s.sheet, s.rowsRead]));
  return tableBlock(name, {
    columns: [
      column.text("sheet", col("sheet"), { total: column.totalLabel(ctx) }),
      column.text("reason", col("reason"), { width: 30 }),
      column.integer("rows", col("rows"), { total: "sum" }),
      column.percent("share", col("share"), { format: FORMAT.percent2 }),
      column.text("firstRows", col("firstRows"), { width: 40, wrap: true }),
      column.text("explanation", col("explanation"), { width: 50, wrap: true }),
    ],
    rows: summaries.map((s) => {
      const read = rowsRead.get(s.sheet) ?? 0;
      return [
        s.sheet,
        reasonLabel(s, ctx),
        s.count,
        read > 0 ? s.count / read : null,
        rowNumbersText(s, ctx),
        ctx.t(`quality:${s.reason}.explanation`, { defaultValue: "" }),
      ];
    }),
  });
}

/**
 * The Data quality sheet and its Method entries. Blocks top to bottom: title with the overall
 * count; the sheets read; exclusions by reason (table + bar chart) and by sheet and reason with
 * row numbers; flagged rows; warnings.
 */
export function buildDataQualitySheet(
  report: DataQualityReport,
  ctx: ReportContext
): { sheet: ReportSheet; method: MethodContribution } {
  const { t } = ctx;
  // The counts as the deck's footer writes the same sentence (src/format: one format a kind).
  const { integer } = createFormatters(ctx.language);
  const excludedTotal = report.excluded.reduce((n, e) => n + e.count, 0);
  const rows: LayoutRow[] = [
    [
      {
        kind: "title",
        title: t("report:dataQuality.title"),
        subtitle: [
          t("report:dataQuality.subtitle", {
            used: integer(report.rowsUsed),
            read: integer(report.rowsRead),
            excluded: integer(excludedTotal),
          }),
        ],
      },
    ],
    sectionHeading(t("report:dataQuality.sourcesHeading")),
    [sourcesTable(report, ctx)],
  ];
  if (report.excluded.length === 0) {
    rows.push([
      { kind: "note", paragraphs: [t("report:dataQuality.nothingExcluded")], widthCols: 6 },
    ]);
  } else {
    const byReason = byReasonTable(report, ctx);
    rows.push(
      sectionHeading(t("report:dataQuality.exclusionsHeading")),
      [
        byReason,
        chartBlock(DATA_QUALITY_TABLES.byReason, "reason", {
          type: "bar",
          title: t("report:dataQuality.chartTitle"),
          series: [{ column: "rows", name: byReason.columns[1].header }],
          axisTitles: { value: t("report:dataQuality.chartAxis") },
          valueAxisFormat: FORMAT.integer,
          dataLabels: { showValue: true, showPercent: false, numberFormat: FORMAT.integer },
          legend: "none",
          size: { rows: Math.max(12, 2 * byReason.rows.length + 6), cols: 7 },
        }),
      ],
      [summariesTable(DATA_QUALITY_TABLES.exclusions, report.excluded, report, ctx)]
    );
  }
  if ((report.flagged ?? []).length > 0) {
    rows.push(sectionHeading(t("report:dataQuality.flagsHeading")), [
      summariesTable(DATA_QUALITY_TABLES.flags, report.flagged ?? [], report, ctx),
    ]);
  }
  if (report.warnings.length > 0) {
    rows.push([
      {
        kind: "note",
        heading: t("report:dataQuality.warningsHeading"),
        paragraphs: report.warnings.map((w) => problemText(w, ctx)),
        widthCols: 8,
      },
    ]);
  }
  if ((report.notComputed ?? []).length > 0) {
    rows.push([
      {
        kind: "note",
        heading: t("warehouse:notComputedHeading"),
        paragraphs: (report.notComputed ?? []).map((w) => problemText(w, ctx)),
        widthCols: 8,
      },
    ]);
  }
  const sheet = ownedSheet(ctx, "dataQuality", layoutRows(rows));
  return { sheet, method: dataQualityMethod(ctx) };
}

function dataQualityMethod(ctx: ReportContext): MethodContribution {
  const def = (key: string) => ({
    term: ctx.t(`report:method.definition.${key}.term`),
    text: ctx.t(`report:method.definition.${key}.text`),
  });
  return {
    parameters: [],
    definitions: [def("rowsRead"), def("rowsUsed"), def("rowsExcluded"), def("rowsFlagged")],
  };
}
