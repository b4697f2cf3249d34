/**
 * The Dashboard's month in context: the KPIs of this month, last month, the same month last year,
 * the year to date and last year to date (one table, previous values shown), and the three
 * changes (a second table) as formulas over the first table's cells, each in its KPI's unit.
 */
import type { ComparedKpiId, ComparedPeriodId, KpiComparisons } from "../../../analytics/kpis";
import * as column from "../../columns";
import type { ReportBlock, TableBlock, TableColumn, Unplaced } from "../../model";
import { currencyFormat, FORMAT } from "../../numberFormats";
import { comparisonLabel, missingLabel, periodRoleLabel } from "../../periodLabels";
import { cellA1, tableColumnIndex } from "../../ranges";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";
import { updateTable } from "../campaigns/rowFormulas";

export const COMPARISON_TABLES = {
  /** Column period, then one column a KPI (ids of ComparedKpiId); rows PERIOD_ORDER. */
  values: "DashboardPeriodValues",
  /** Column comparison, then one column a KPI; rows lastMonth, sameMonthLastYear, yearToDate. */
  changes: "DashboardPeriodChanges",
} as const;

export const PERIOD_ORDER: readonly ComparedPeriodId[] = [
  "thisMonth",
  "lastMonth",
  "sameMonthLastYear",
  "yearToDate",
  "lastYearToDate",
];

/** The KPIs the comparisons carry, in their order (coverage only with contacts). */
function kpiIds(comparisons: KpiComparisons): ComparedKpiId[] {
  return comparisons.comparisons[0]?.kpis.map((k) => k.id) ?? [];
}

function valueColumn(id: ComparedKpiId, ctx: ReportContext): TableColumn {
  const header = ctx.t(`context:kpi.${id}`);
  switch (id) {
    case "revenue":
      return column.currency(id, header, ctx, {
        format: currencyFormat(ctx.currencySymbol, ctx.language, 0),
      });
    case "aov":
      return column.currency(id, header, ctx);
    case "repeatRate":
    case "coverage":
      return column.percent(id, header);
    default:
      return column.integer(id, header);
  }
}

/** The five periods' figures (empty cells for a period the data does not cover). */
export function periodValuesTable(
  comparisons: KpiComparisons,
  ctx: ReportContext
): Unplaced<TableBlock> {
  const ids = kpiIds(comparisons);
  return tableBlock(COMPARISON_TABLES.values, {
    columns: [
      column.text("period", ctx.t("context:dashboard.period"), { width: 30 }),
      ...ids.map((id) => valueColumn(id, ctx)),
    ],
    rows: PERIOD_ORDER.map((p) => {
      const period = comparisons.periods[p];
      return [periodRoleLabel(period, ctx), ...ids.map((id) => period.values?.[id] ?? null)];
    }),
  });
}

/** The three changes; values from the engine, turned into formulas once both tables are placed. */
export function periodChangesTable(
  comparisons: KpiComparisons,
  ctx: ReportContext
): Unplaced<TableBlock> {
  const ids = kpiIds(comparisons);
  return tableBlock(COMPARISON_TABLES.changes, {
    columns: [
      column.text("comparison", ctx.t("context:dashboard.comparison"), { width: 30 }),
      ...ids.map((id) =>
        column.decimal(id, ctx.t(`context:kpi.${id}`), {
          format:
            comparisons.comparisons[0].kpis.find((k) => k.id === id)!.unit === "points"
              ? ctx.pointsFormat
              : FORMAT.signedPercent,
        })
      ),
    ],
    rows: comparisons.comparisons.map((c) => [
      comparisonLabel(c, comparisons, ctx),
      ...c.kpis.map((k) => k.change),
    ]),
  });
}

/** The sentences under the tables: what "this month" is, and each period without figures. */
export function comparisonNotes(comparisons: KpiComparisons, ctx: ReportContext): string[] {
  const missing = PERIOD_ORDER.flatMap((p) => {
    const period = comparisons.periods[p];
    return period.missing ? [missingLabel(period, period.missing, ctx)] : [];
  });
  return [ctx.t("context:dashboard.valuesNote"), ...missing];
}

/**
 * The placed blocks with each change a formula over the two cells of the values table it
 * compares: relative IF(prev>0, cur/prev-1) or points (cur-prev)*100, blank when a cell is.
 */
export function withChangeFormulas(
  blocks: ReportBlock[],
  comparisons: KpiComparisons
): ReportBlock[] {
  const values = blocks.find(
    (b): b is TableBlock => b.kind === "table" && b.name === COMPARISON_TABLES.values
  );
  if (values === undefined) return blocks;
  const at = (period: ComparedPeriodId, id: ComparedKpiId) =>
    cellA1({
      row: values.anchor.row + 1 + PERIOD_ORDER.indexOf(period),
      col: values.anchor.col + tableColumnIndex(values, id),
    });
  return updateTable(blocks, COMPARISON_TABLES.changes, (table) => ({
    ...table,
    rows: table.rows.map((row, i) => {
      const comparison = comparisons.comparisons[i];
      return row.map((cell, j) => {
        const kpi = comparison.kpis[j - 1];
        if (j === 0 || kpi === undefined) return cell;
        const cur = at(comparison.current, kpi.id);
        const prev = at(comparison.previous, kpi.id);
        const change =
          kpi.unit === "points" ? `(${cur}-${prev})*100` : `IF(${prev}>0,${cur}/${prev}-1,"")`;
        return { formula: `IF(COUNT(${cur},${prev})<2,"",${change})`, value: kpi.change };
      });
    }),
  }));
}
