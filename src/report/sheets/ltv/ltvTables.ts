/**
 * The tables of the LTV sheet: one row a customer (historical and predictive side by side), one
 * row a segment with formula totals, and the model parameters with what each one means.
 */
import type { LtvResult } from "../../../analytics/ltv";
import { DAYS_PER_YEAR } from "../../../analytics/ltv/retention";
import { CORRELATION_WARNING } from "../../../analytics/ltv/warnings";
import * as column from "../../columns";
import type { TableBlock, TableCell } from "../../model";
import { FORMAT } from "../../numberFormats";
import { palette } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { cellsInOrder, lazyRows } from "../../lazyRows";
import { tableBlock } from "../../tableBlock";
import { rowFormula, twoDecimals, type Unplaced } from "./sheetHelpers";

/** Table names and column ids other sheets (the Dashboard) rely on. Add, never rename. */
export const LTV_TABLES = {
  /**
   * One row a customer: columns id, segment, revenue, orders, aov, purchasesPerYear,
   * tenureYears, simpleLtv, frequency, recency, T, pAlive, expectedPurchases, expectedSpend, clv.
   */
  customers: "LtvCustomers",
  /** One row a segment: columns segment, customers, revenue, orders, aov, purchasesPerYear, clv (total), avgClv. */
  segments: "LtvSegments",
  /** Calibration / holdout check: columns group, customers, predicted, actual. */
  holdout: "LtvHoldout",
  /** Simple formula with its inputs: columns scope, margin, aov, purchasesPerYear, lifetimeYears, ltv. */
  simpleFormula: "LtvSimpleFormula",
  /** Retention formula: columns scope, margin, yearlyRevenue, retentionRate, discountRate, ltv. */
  retentionFormula: "LtvRetentionFormula",
  /** Model parameters: columns model, parameter, value, meaning. */
  models: "LtvModels",
  /** CLV distribution: columns bin, from, to, customers, share. */
  distribution: "LtvClvDistribution",
} as const;

/** Labels of the sheet's columns, some naming the time unit or the horizon. */
export function ltvLabel(ctx: ReportContext, key: string, ltv?: LtvResult): string {
  return ctx.t(`report:ltvSheet.column.${key}`, {
    unit: ltv ? ctx.t(`ltv:units.${ltv.settings.timeUnit}`) : "",
    horizon: ltv?.settings.horizonMonths ?? "",
  });
}

/**
 * For each historical customer the index of its prediction in ltv.customers (-1: none), and the
 * predictions of customers the history did not keep (none today; kept for safety).
 */
function joinPredictions(ltv: LtvResult): { predictionOf: Int32Array; unmatched: number[] } {
  const byId = new Map<string, number>();
  ltv.customers.forEach((c, i) => byId.set(c.id, i));
  const history = ltv.historical.customers;
  const predictionOf = new Int32Array(history.length);
  const matched = new Uint8Array(ltv.customers.length);
  for (let i = 0; i < history.length; i++) {
    const p = byId.get(history[i].customerId);
    predictionOf[i] = p ?? -1;
    if (p !== undefined) matched[p] = 1;
  }
  const unmatched: number[] = [];
  ltv.customers.forEach((c, i) => {
    // listed once an id, as the history lists it (a prediction joins the last of its id's)
    const joined = byId.get(c.id);
    if (joined !== undefined && matched[joined] === 1) return;
    unmatched.push(i);
    if (joined !== undefined) matched[joined] = 1;
  });
  return { predictionOf, unmatched };
}

/**
 * One row a customer, highest CLV first (then highest revenue): net revenue, orders, AOV,
 * purchases per year, tenure, simple LTV, then the model's frequency, recency, T, P(alive),
 * expected purchases and spend over the horizon, and CLV. The order is sorted as indices; with
 * ctx.lazyCustomerRows the cells are copied once, in that order, into columns the rows are read
 * from (lazyRows.ts, cellsInOrder).
 */
export function customersTable(
  ltv: LtvResult,
  ctx: ReportContext,
  segmentName: (id: string) => string
): Unplaced<TableBlock> {
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  const noSegment = ctx.t("report:ltvSheet.noSegment");
  const history = ltv.historical.customers;
  const predictions = ltv.customers;
  const { predictionOf, unmatched } = joinPredictions(ltv);
  const count = history.length + unmatched.length;
  // Sort keys in flat arrays: no CLV sorts below every CLV (-MAX_VALUE, not -Infinity, whose
  // difference with itself is NaN).
  const clvKey = new Float64Array(count);
  const revenueKey = new Float64Array(count);
  for (let i = 0; i < history.length; i++) {
    const p = predictionOf[i];
    clvKey[i] = (p >= 0 ? predictions[p].clv : null) ?? -Number.MAX_VALUE;
    revenueKey[i] = history[i].netRevenue;
  }
  unmatched.forEach((p, k) => {
    clvKey[history.length + k] = predictions[p].clv ?? -Number.MAX_VALUE;
    revenueKey[history.length + k] = 0;
  });
  const order = Int32Array.from({ length: count }, (_, i) => i);
  order.sort(
    (i, j) =>
      (clvKey[j] > clvKey[i] ? 1 : clvKey[j] < clvKey[i] ? -1 : 0) ||
      (revenueKey[j] > revenueKey[i] ? 1 : revenueKey[j] < revenueKey[i] ? -1 : 0) ||
      i - j
  );
  // customer i's cells (i in the results' order) into `row`
  const cellsOf = (i: number, row: TableCell[]): TableCell[] => {
    if (i >= history.length) {
      const p = predictions[unmatched[i - history.length]];
      row[0] = p.id;
      row[1] = noSegment;
      for (let j = 2; j < 8; j++) row[j] = null;
      row[8] = p.frequency;
      row[9] = p.recency;
      row[10] = p.T;
      row[11] = p.pAlive;
      row[12] = p.expectedPurchases;
      row[13] = p.expectedSpend;
      row[14] = p.clv;
      return row;
    }
    const h = history[i];
    const p = predictionOf[i] >= 0 ? predictions[predictionOf[i]] : undefined;
    row[0] = h.customerId;
    row[1] = h.segment === null ? noSegment : segmentName(h.segment);
    row[2] = h.netRevenue;
    row[3] = h.orders;
    row[4] = h.averageOrderValue;
    row[5] = h.purchasesPerYear;
    row[6] = h.tenureDays / DAYS_PER_YEAR;
    row[7] = h.simpleLtv;
    row[8] = p?.frequency ?? null;
    row[9] = p?.recency ?? null;
    row[10] = p?.T ?? null;
    row[11] = p?.pAlive ?? null;
    row[12] = p?.expectedPurchases ?? null;
    row[13] = p?.expectedSpend ?? null;
    row[14] = p?.clv ?? null;
    return row;
  };
  const sorted = ctx.lazyCustomerRows
    ? lazyRows(count, cellsInOrder(order, cellsOf))
    : Array.from({ length: count }, (_, k) => cellsOf(order[k], []));
  return tableBlock(LTV_TABLES.customers, {
    columns: [
      column.text("id", label("customer")),
      column.text("segment", label("segment")),
      column.currency("revenue", label("revenue"), ctx),
      column.integer("orders", label("orders")),
      column.currency("aov", label("aov"), ctx),
      column.decimal("purchasesPerYear", label("purchasesPerYear")),
      column.decimal("tenureYears", label("tenureYears"), { format: FORMAT.decimal1 }),
      column.currency("simpleLtv", label("simpleLtv"), ctx),
      column.integer("frequency", label("frequency")),
      column.decimal("recency", label("recency"), { format: FORMAT.decimal1 }),
      column.decimal("T", label("T"), { format: FORMAT.decimal1 }),
      column.percent("pAlive", label("pAlive")),
      column.decimal("expectedPurchases", label("expectedPurchases")),
      column.currency("expectedSpend", label("expectedSpend"), ctx),
      column.currency("clv", label("clv"), ctx),
    ],
    rows: sorted,
    conditionalFormats: [
      { kind: "dataBar", columns: ["clv"], color: palette.bar },
      { kind: "colorScale", columns: ["pAlive"], colors: palette.heat },
    ],
  });
}

/**
 * One row a segment (in the RFM map's order; one "All customers" row without segments):
 * customers, net revenue, orders, AOV = revenue / orders and average CLV = CLV / customers as
 * formulas over the row, total CLV summed from the customers' CLV. Totals row: SUBTOTAL sums.
 */
export function segmentsTable(
  ltv: LtvResult,
  ctx: ReportContext,
  segmentName: (id: string) => string,
  order: (id: string | null) => number
): Unplaced<TableBlock> {
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  // CLVs are summed over the historical customers: none (a warehouse summary's run), no map of
  // a million ids
  const clvById = new Map<string, number>();
  if (ltv.historical.customers.length > 0)
    for (const c of ltv.customers) if (c.clv !== null) clvById.set(c.id, c.clv);
  const clvBySegment = new Map<string | null, number>();
  for (const h of ltv.historical.customers) {
    const clv = clvById.get(h.customerId);
    if (clv !== undefined) clvBySegment.set(h.segment, (clvBySegment.get(h.segment) ?? 0) + clv);
  }
  const groups =
    ltv.historical.segments.length > 0
      ? [...ltv.historical.segments].sort((a, b) => order(a.segment) - order(b.segment))
      : [ltv.historical.overall];
  const withSegments = ltv.historical.segments.length > 0;
  const rows = groups.map((g): TableCell[] => {
    const clv = withSegments ? clvBySegment.get(g.segment) : sumOf(clvBySegment);
    const name = !withSegments
      ? ctx.t("report:ltvSheet.allCustomers")
      : g.segment === null
        ? ctx.t("report:ltvSheet.noSegment")
        : segmentName(g.segment);
    return [
      name,
      g.customers,
      g.netRevenue,
      g.orders,
      rowFormula("IF({orders}=0,0,{revenue}/{orders})", g.averageOrderValue),
      g.purchasesPerYear,
      clv ?? null,
      clv === undefined
        ? null
        : rowFormula(
            "IF({customers}=0,0,{clv}/{customers})",
            g.customers > 0 ? clv / g.customers : 0
          ),
    ];
  });
  return tableBlock(LTV_TABLES.segments, {
    columns: [
      column.text("segment", label("segment"), { total: column.totalLabel(ctx) }),
      column.integer("customers", label("customers"), { total: "sum" }),
      column.currency("revenue", label("revenue"), ctx, { total: "sum" }),
      column.integer("orders", label("orders"), { total: "sum" }),
      column.currency("aov", label("aov"), ctx),
      column.decimal("purchasesPerYear", label("purchasesPerYear")),
      column.currency("clv", label("clv"), ctx, { total: "sum" }),
      column.currency("avgClv", label("avgClv"), ctx),
    ],
    rows,
    conditionalFormats: [{ kind: "dataBar", columns: ["avgClv"], color: palette.bar }],
  });
}

function sumOf(values: Map<unknown, number>): number | undefined {
  if (values.size === 0) return undefined;
  let total = 0;
  for (const v of values.values()) total += v;
  return total;
}

/**
 * What the frequency / spend correlation says (weak or strong against the warning threshold),
 * as a sentence for the note under the models table; null without a correlation.
 */
export function correlationReading(ltv: LtvResult, ctx: ReportContext): string | null {
  const correlation = ltv.spendFrequencyCorrelation;
  if (correlation === null) return null;
  const unit = ctx.t(`ltv:units.${ltv.settings.timeUnit}`);
  const meaning = (key: string, params: Record<string, string> = {}) =>
    ctx.t(`report:ltvSheet.parameter.${key}`, { unit, ...params });
  const reading =
    Math.abs(correlation) > CORRELATION_WARNING ? "correlationStrong" : "correlationWeak";
  return `${meaning("correlation")}. ${meaning(reading, { correlation: twoDecimals(correlation, ctx) })}`;
}

/**
 * The fitted parameters with what each means: BG/NBD r, alpha, a, b and log-likelihood;
 * Gamma-Gamma p, q, v and the customers it was fitted on; the frequency / spend correlation (its
 * reading: correlationReading). A model not used shows one row saying so.
 */
export function modelsTable(ltv: LtvResult, ctx: ReportContext): Unplaced<TableBlock> {
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  const unit = ctx.t(`ltv:units.${ltv.settings.timeUnit}`);
  const meaning = (key: string, params: Record<string, string> = {}) =>
    ctx.t(`report:ltvSheet.parameter.${key}`, { unit, ...params });
  const bgnbdName = ctx.t("ltv:models.bgnbd");
  const ggName = ctx.t("ltv:models.gammaGamma");
  // A parameter that ran off to infinity (q and v when spends barely differ) reads as such.
  const value = (v: number): TableCell => (Number.isFinite(v) ? v : v > 0 ? "∞" : "-∞");
  const rows: TableCell[][] = [];
  if (ltv.bgnbd) {
    const { r, alpha, a, b } = ltv.bgnbd.params;
    rows.push(
      [bgnbdName, "r", value(r), meaning("r")],
      [bgnbdName, "alpha", value(alpha), meaning("alpha")],
      [bgnbdName, "a", value(a), meaning("a")],
      [bgnbdName, "b", value(b), meaning("b")],
      [bgnbdName, "log-likelihood", ltv.bgnbd.logLikelihood, meaning("logLikelihood")]
    );
  } else {
    rows.push([bgnbdName, "", null, meaning("notFitted")]);
  }
  if (ltv.gammaGamma) {
    const { p, q, v } = ltv.gammaGamma.params;
    rows.push(
      [ggName, "p", value(p), meaning("p")],
      [ggName, "q", value(q), meaning("q")],
      [ggName, "v", value(v), meaning("v")],
      [ggName, "n", ltv.gammaGamma.customersUsed, meaning("customersUsed")]
    );
  } else {
    rows.push([ggName, "", null, meaning("notFitted")]);
  }
  const correlation = ltv.spendFrequencyCorrelation;
  if (correlation !== null) {
    // Its reading is a note under the table (correlationReading): in this row the sentence ran
    // on past the printed page's right edge.
    rows.push([ggName, "corr(frequency, spend)", correlation, meaning("correlation")]);
  }
  return tableBlock(LTV_TABLES.models, {
    columns: [
      column.text("model", label("model")),
      column.text("parameter", label("parameter")),
      column.decimal("value", label("value"), { format: "#,##0.0000" }),
      // Narrow and not wrapped: the sentence runs on over the empty cells to its right instead
      // of widening column D for every other table of the sheet.
      column.text("meaning", label("meaning"), { width: 12 }),
    ],
    rows,
  });
}
