/**
 * The two LTV formulas trainers teach, written out with their inputs as cells and the result as
 * a formula over them, so changing the margin or the lifetime in the sheet moves the LTV:
 * - simple:    LTV = margin x AOV x purchases per year x expected lifetime in years;
 * - retention: LTV = margin x yearly revenue per customer x r / (1 + d - r).
 * One row for all customers, then one a segment.
 */
import type { GroupHistory, LtvResult } from "../../../analytics/ltv";
import type { TableBlock, TableCell } from "../../model";
import { FORMAT } from "../../numberFormats";
import { TABLE_STYLE } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { LTV_TABLES, ltvLabel } from "./ltvTables";
import { column, rowFormula, type Unplaced } from "./sheetHelpers";

interface Scope {
  name: string;
  group: GroupHistory;
}

/** All customers first, then the segments in the order given. */
export function formulaScopes(
  ltv: LtvResult,
  ctx: ReportContext,
  segmentName: (id: string) => string,
  order: (id: string | null) => number
): Scope[] {
  const segments = [...ltv.historical.segments]
    .sort((a, b) => order(a.segment) - order(b.segment))
    .map((group) => ({
      name:
        group.segment === null ? ctx.t("report:ltvSheet.noSegment") : segmentName(group.segment),
      group,
    }));
  return [
    { name: ctx.t("report:ltvSheet.allCustomers"), group: ltv.historical.overall },
    ...segments,
  ];
}

/** The simple formula table, or undefined when no lifetime is known. */
export function simpleFormulaTable(
  ltv: LtvResult,
  ctx: ReportContext,
  scopes: Scope[]
): Unplaced<TableBlock> | undefined {
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  const rows: TableCell[][] = [];
  for (const { name, group } of scopes) {
    const s = group.simple;
    if (s === null) continue;
    rows.push([
      name,
      s.margin,
      s.averageOrderValue,
      s.purchasesPerYear,
      s.lifetimeYears,
      rowFormula("{margin}*{aov}*{purchasesPerYear}*{lifetimeYears}", s.value),
    ]);
  }
  if (rows.length === 0) return undefined;
  return {
    kind: "table",
    name: LTV_TABLES.simpleFormula,
    style: TABLE_STYLE,
    columns: [
      column("scope", label("scope"), "text", FORMAT.text),
      column("margin", label("margin"), "percent", "0%"),
      column("aov", label("aov"), "currency", ctx.currencyFormat),
      column("purchasesPerYear", label("purchasesPerYear"), "decimal", FORMAT.decimal),
      column("lifetimeYears", label("lifetimeYears"), "decimal", FORMAT.decimal),
      column("ltv", label("ltv"), "currency", ctx.currencyFormat),
    ],
    rows,
  };
}

/** The retention formula table, or undefined when no retention rate is known. */
export function retentionFormulaTable(
  ltv: LtvResult,
  ctx: ReportContext,
  scopes: Scope[]
): Unplaced<TableBlock> | undefined {
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  const rows: TableCell[][] = [];
  for (const { name, group } of scopes) {
    const f = group.retention;
    if (f === null) continue;
    rows.push([
      name,
      f.margin,
      f.yearlyRevenuePerCustomer,
      f.retentionRate,
      f.yearlyDiscountRate,
      rowFormula(
        "{margin}*{yearlyRevenue}*{retentionRate}/(1+{discountRate}-{retentionRate})",
        f.value
      ),
    ]);
  }
  if (rows.length === 0) return undefined;
  return {
    kind: "table",
    name: LTV_TABLES.retentionFormula,
    style: TABLE_STYLE,
    columns: [
      column("scope", label("scope"), "text", FORMAT.text),
      column("margin", label("margin"), "percent", "0%"),
      column("yearlyRevenue", label("yearlyRevenue"), "currency", ctx.currencyFormat),
      column("retentionRate", label("retentionRate"), "percent", FORMAT.percent),
      column("discountRate", label("discountRate"), "percent", FORMAT.percent2),
      column("ltv", label("ltv"), "currency", ctx.currencyFormat),
    ],
    rows,
  };
}
