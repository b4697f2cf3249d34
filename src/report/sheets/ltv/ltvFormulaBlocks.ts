/**
 * The two LTV formulas trainers teach, written out with their inputs as cells and the result as
 * a formula over them, so changing the margin or the lifetime in the sheet moves the LTV:
 * - simple:    LTV = margin x AOV x purchases per year x expected lifetime in years;
 * - retention: LTV = margin x yearly revenue per customer x r / (1 + d - r).
 * One row for all customers, then one a segment.
 */
import type { GroupHistory, LtvResult } from "../../../analytics/ltv";
import * as column from "../../columns";
import type { TableBlock, TableCell, TableColumn } from "../../model";
import { FORMAT } from "../../numberFormats";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";
import { LTV_TABLES, ltvLabel } from "./ltvTables";
import { rowFormula, type Unplaced } from "./sheetHelpers";

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

/** One formula table: its inputs' columns and cells, and the LTV formula over them. */
interface FormulaTable<F extends { value: number }> {
  name: string;
  /** The group's inputs of this formula; null when they are not known (the row is left out). */
  inputsOf: (group: GroupHistory) => F | null;
  /** The input columns, between the scope and the LTV. */
  columns: TableColumn[];
  /** The input cells, in the order of `columns`. */
  cells: (inputs: F) => TableCell[];
  /** The LTV as a row formula over the input columns' ids. */
  formula: string;
}

/**
 * A row a scope (scope name, the inputs, the LTV as a formula over them with the engine's value
 * as its result); undefined when no scope has the inputs.
 */
function formulaTable<F extends { value: number }>(
  ltv: LtvResult,
  ctx: ReportContext,
  scopes: Scope[],
  spec: FormulaTable<F>
): Unplaced<TableBlock> | undefined {
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  const rows: TableCell[][] = [];
  for (const { name, group } of scopes) {
    const inputs = spec.inputsOf(group);
    if (inputs === null) continue;
    rows.push([name, ...spec.cells(inputs), rowFormula(spec.formula, inputs.value)]);
  }
  if (rows.length === 0) return undefined;
  return tableBlock(spec.name, {
    columns: [
      column.text("scope", label("scope")),
      ...spec.columns,
      column.currency("ltv", label("ltv"), ctx),
    ],
    rows,
  });
}

/**
 * The simple formula table (undefined when no lifetime is known) and the retention formula table
 * (undefined when no retention rate is known), a row a scope each.
 */
export function formulaTables(
  ltv: LtvResult,
  ctx: ReportContext,
  scopes: Scope[]
): { simple: Unplaced<TableBlock> | undefined; retention: Unplaced<TableBlock> | undefined } {
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  // Both formulas start from the margin (a fresh column each: tables never share objects).
  const margin = () => column.percent("margin", label("margin"), { format: "0%" });
  return {
    simple: formulaTable(ltv, ctx, scopes, {
      name: LTV_TABLES.simpleFormula,
      inputsOf: (group) => group.simple,
      columns: [
        margin(),
        column.currency("aov", label("aov"), ctx),
        column.decimal("purchasesPerYear", label("purchasesPerYear")),
        column.decimal("lifetimeYears", label("lifetimeYears")),
      ],
      cells: (s) => [s.margin, s.averageOrderValue, s.purchasesPerYear, s.lifetimeYears],
      formula: "{margin}*{aov}*{purchasesPerYear}*{lifetimeYears}",
    }),
    retention: formulaTable(ltv, ctx, scopes, {
      name: LTV_TABLES.retentionFormula,
      inputsOf: (group) => group.retention,
      columns: [
        margin(),
        column.currency("yearlyRevenue", label("yearlyRevenue"), ctx),
        column.percent("retentionRate", label("retentionRate")),
        column.percent("discountRate", label("discountRate"), { format: FORMAT.percent2 }),
      ],
      cells: (f) => [f.margin, f.yearlyRevenuePerCustomer, f.retentionRate, f.yearlyDiscountRate],
      formula: "{margin}*{yearlyRevenue}*{retentionRate}/(1+{discountRate}-{retentionRate})",
    }),
  };
}
