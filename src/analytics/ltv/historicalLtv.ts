/**
 * Historical LTV: what each customer and segment has been worth so far, and the two
 * back-of-the-envelope LTV formulas trainers teach, with their inputs written out:
 * - simple:    LTV = gross margin x average order value x purchases per year x lifetime in years
 * - retention: LTV = gross margin x yearly revenue per customer x r / (1 + d - r)
 *   (r yearly retention, d yearly discount rate; Gupta & Lehmann 2003, eq. 2, the infinite-horizon
 *   margin multiple with the first year's margin received at the end of the year).
 * The lifetime of the simple formula is the user's, or 1 / (1 - r) from the retention rate.
 */
import { occasionOf, OccasionFirstDays } from "../occasionFirstDays";
import { linesOf, type TransactionLines, type TransactionsInput } from "../transactionLines";
import { DAYS_PER_YEAR } from "./retention";

export interface CustomerHistory {
  customerId: string;
  /** Net revenue to date (returns deducted). */
  netRevenue: number;
  /** Orders: distinct invoice ids; lines without an invoice id count one order a day. */
  orders: number;
  averageOrderValue: number;
  /** Orders per year of tenure. */
  purchasesPerYear: number;
  /** Days from the first purchase to the as-of day, both included. */
  tenureDays: number;
  firstPurchaseDay: number;
  lastPurchaseDay: number;
  segment: string | null;
  /** Simple-formula LTV of this customer; null when no lifetime is known. */
  simpleLtv: number | null;
}

export interface SimpleLtvFormula {
  margin: number;
  averageOrderValue: number;
  purchasesPerYear: number;
  lifetimeYears: number;
  value: number;
}

export interface RetentionLtvFormula {
  margin: number;
  yearlyRevenuePerCustomer: number;
  retentionRate: number;
  yearlyDiscountRate: number;
  value: number;
}

export interface GroupHistory {
  /** Segment name; null for the customers the segment map does not cover. */
  segment: string | null;
  customers: number;
  netRevenue: number;
  orders: number;
  averageOrderValue: number;
  /** Orders per customer-year of tenure: orders / sum of tenures. */
  purchasesPerYear: number;
  averageTenureYears: number;
  simple: SimpleLtvFormula | null;
  retention: RetentionLtvFormula | null;
}

export interface HistoricalLtv {
  asOfDay: number;
  customers: CustomerHistory[];
  /** One row per segment in order of first appearance; empty without a segment map. */
  segments: GroupHistory[];
  overall: GroupHistory;
}

export interface HistoricalLtvOptions {
  /** Day number of the as-of day [the day of the last transaction]. */
  asOfDay?: number;
  margin?: number;
  expectedLifetimeYears?: number;
  retentionRate?: number;
  yearlyDiscountRate?: number;
  segmentOf?: ReadonlyMap<string, string>;
}

/** No purchase yet (a day number no transaction has). */
const NO_DAY = -2_147_483_648;

/** The last day of any line; 0 without lines or when a date is NaN. */
function lastLineDay(lines: TransactionLines): number {
  const last = lines.dayRange.max;
  return Number.isFinite(last) ? last : 0;
}

function simpleFormula(
  margin: number,
  aov: number,
  perYear: number,
  lifetime: number | undefined
): SimpleLtvFormula | null {
  if (lifetime === undefined) return null;
  return {
    margin,
    averageOrderValue: aov,
    purchasesPerYear: perYear,
    lifetimeYears: lifetime,
    value: margin * aov * perYear * lifetime,
  };
}

function groupOf(
  segment: string | null,
  rows: readonly CustomerHistory[],
  margin: number,
  lifetime: number | undefined,
  retentionRate: number | undefined,
  yearlyDiscountRate: number
): GroupHistory {
  const revenue = rows.reduce((s, c) => s + c.netRevenue, 0);
  const orders = rows.reduce((s, c) => s + c.orders, 0);
  const tenureYears = rows.reduce((s, c) => s + c.tenureDays, 0) / DAYS_PER_YEAR;
  const aov = orders > 0 ? revenue / orders : 0;
  const perYear = tenureYears > 0 ? orders / tenureYears : 0;
  const yearlyRevenue = aov * perYear;
  return {
    segment,
    customers: rows.length,
    netRevenue: revenue,
    orders,
    averageOrderValue: aov,
    purchasesPerYear: perYear,
    averageTenureYears: rows.length > 0 ? tenureYears / rows.length : 0,
    simple: simpleFormula(margin, aov, perYear, lifetime),
    retention:
      retentionRate === undefined
        ? null
        : {
            margin,
            yearlyRevenuePerCustomer: yearlyRevenue,
            retentionRate,
            yearlyDiscountRate,
            value:
              (margin * yearlyRevenue * retentionRate) / (1 + yearlyDiscountRate - retentionRate),
          },
  };
}

/**
 * Net revenue, orders, AOV, purchase frequency and tenure per customer and per segment as of a
 * day, with the simple and retention-based LTV formulas. Only transactions up to the as-of day
 * count; a retention rate must be in [0, 1) (the formula diverges at 1).
 *
 * @example
 * // one customer, orders of 100 and 50 in a 2-year tenure, margin 0.3, lifetime 3 years:
 * // AOV 75, 1 order a year, LTV = 0.3 x 75 x 1 x 3 = 67.5
 */
export function historicalLtv(
  transactions: TransactionsInput,
  options: HistoricalLtvOptions = {},
  lines: TransactionLines = linesOf(transactions)
): HistoricalLtv {
  const asOfDay = options.asOfDay ?? lastLineDay(lines);
  const margin = options.margin ?? 1;
  const retentionRate =
    options.retentionRate !== undefined && options.retentionRate >= 0 && options.retentionRate < 1
      ? options.retentionRate
      : undefined;
  const lifetime =
    options.expectedLifetimeYears ??
    (retentionRate !== undefined ? 1 / (1 - retentionRate) : undefined);
  const yearlyDiscountRate = options.yearlyDiscountRate ?? Math.pow(1.01, 12) - 1;

  // Per customer, in order of first appearance among the lines counted: net revenue, orders,
  // first and last purchase day (NO_DAY until a purchase).
  const { customer, day: lineDay, amount, isReturn, invoice, invoiceCount } = lines;
  // Typed columns at most one slot a customer of the lines (NO_DAY fits an Int32).
  const capacity = lines.ids.length;
  const localOf = new Int32Array(capacity).fill(-1);
  // each customer's number in the lines (its id there)
  const lineCustomerOf = new Int32Array(capacity);
  let seen = 0;
  const revenue = new Float64Array(capacity);
  const orderCount = new Int32Array(capacity);
  const first = new Int32Array(capacity).fill(NO_DAY);
  const last = new Int32Array(capacity).fill(NO_DAY);
  // An order is a (customer, occasion) pair met first: an invoice once per customer, a day of
  // lines without an invoice id once per customer.
  const pairs = new OccasionFirstDays(invoiceCount);
  for (let i = 0; i < customer.length; i++) {
    const g = customer[i];
    const day = lineDay[i];
    if (g < 0 || day > asOfDay) continue;
    let c = localOf[g];
    if (c < 0) {
      c = localOf[g] = seen++;
      lineCustomerOf[c] = g;
    }
    revenue[c] += amount[i];
    if (isReturn[i] === 1) continue;
    if (pairs.add(c, occasionOf(invoice[i], day), day)) orderCount[c]++;
    if (first[c] === NO_DAY || day < first[c]) first[c] = day;
    if (last[c] === NO_DAY || day > last[c]) last[c] = day;
  }

  const customers: CustomerHistory[] = [];
  for (let c = 0; c < seen; c++) {
    if (first[c] === NO_DAY) continue; // returns only: no purchase to speak of
    const customerId = lines.ids[lineCustomerOf[c]];
    const orders = orderCount[c];
    const tenureDays = asOfDay - first[c] + 1;
    const aov = revenue[c] / orders;
    const perYear = orders / (tenureDays / DAYS_PER_YEAR);
    customers.push({
      customerId,
      netRevenue: revenue[c],
      orders,
      averageOrderValue: aov,
      purchasesPerYear: perYear,
      tenureDays,
      firstPurchaseDay: first[c],
      lastPurchaseDay: last[c],
      segment: options.segmentOf ? (options.segmentOf.get(customerId) ?? null) : null,
      simpleLtv: lifetime === undefined ? null : margin * aov * perYear * lifetime,
    });
  }

  const segments: GroupHistory[] = [];
  if (options.segmentOf) {
    const bySegment = new Map<string | null, CustomerHistory[]>();
    for (const c of customers) {
      const list = bySegment.get(c.segment);
      if (list) list.push(c);
      else bySegment.set(c.segment, [c]);
    }
    for (const [segment, rows] of bySegment) {
      segments.push(groupOf(segment, rows, margin, lifetime, retentionRate, yearlyDiscountRate));
    }
  }
  return {
    asOfDay,
    customers,
    segments,
    overall: groupOf(null, customers, margin, lifetime, retentionRate, yearlyDiscountRate),
  };
}
