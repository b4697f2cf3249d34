/**
 * Discounted customer lifetime value over a horizon of months, as lifetimes'
 * `customer_lifetime_value` computes it: for each month k = 1..H, the expected purchases in that
 * month (BG/NBD, E[Y(k m)] - E[Y((k-1) m)], m = one month in the data's unit) times the expected
 * spend per purchase (Gamma-Gamma), times the margin, discounted by (1 + d)^k.
 *
 * Since E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) * E[Y(t) | alive, x, T] and the second factor
 * depends on x and T only, the discounted sum of monthly increments is computed once per distinct
 * (x, T) and multiplied per customer by P(alive) and the expected spend: the same numbers, with
 * far fewer hypergeometric evaluations.
 */
import { expectedPurchasesIfAlive, probabilityAlive } from "./bgnbd/predict";
import type { BgnbdParams } from "./bgnbd/params";
import { distinctPairs } from "./distinctValues";
import { expectedAverageSpend, type SpendModel } from "./gammaGamma";
import { unitsPerMonth, type TimeUnit } from "./timeUnit";

export interface ClvOptions {
  /** Horizon in whole months [12]. */
  horizonMonths?: number;
  /** Discount rate per month [0.01]. */
  monthlyDiscount?: number;
  /** Gross margin as a fraction of revenue [1: the CLV is revenue-based]. */
  margin?: number;
  /** Unit of recency and T (and of the BG/NBD alpha). */
  timeUnit: TimeUnit;
}

export interface ClvInput {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

/**
 * Sum over months k = 1..H of [E(k m) - E((k-1) m)] / (1 + d)^k for a customer alive at T with
 * x repeat purchases: the discounted expected purchases, before P(alive) and spend.
 */
export function discountedPurchasesIfAlive(
  p: BgnbdParams,
  x: number,
  T: number,
  horizonMonths: number,
  monthlyDiscount: number,
  monthLength: number
): number {
  let total = 0;
  let previous = 0;
  for (let k = 1; k <= horizonMonths; k++) {
    const cumulative = expectedPurchasesIfAlive(p, k * monthLength, x, T);
    total += (cumulative - previous) / Math.pow(1 + monthlyDiscount, k);
    previous = cumulative;
  }
  return total;
}

/**
 * Discounted CLV of every customer of a summary over `horizonMonths`.
 *
 * @example
 * // CDNOW customer 1 (x 2, t_x 30.43, T 38.86 weeks, zbar 22.35), 12 months at 1 %: 36.278496
 */
export function customerLifetimeValues(
  bgnbd: BgnbdParams,
  gammaGamma: SpendModel,
  data: ClvInput,
  options: ClvOptions
): Float64Array {
  const horizon = Math.max(0, Math.floor(options.horizonMonths ?? 12));
  const discount = options.monthlyDiscount ?? 0.01;
  const margin = options.margin ?? 1;
  const monthLength = unitsPerMonth(options.timeUnit);
  const n = data.frequency.length;
  const values = new Float64Array(n);
  const pairs = distinctPairs(data.frequency, data.T);
  const purchases = pairs.first.map((x, k) =>
    discountedPurchasesIfAlive(bgnbd, x, pairs.second[k], horizon, discount, monthLength)
  );
  for (let i = 0; i < n; i++) {
    const x = data.frequency[i];
    const spend = expectedAverageSpend(gammaGamma, x, data.monetary[i]);
    values[i] =
      margin *
      spend *
      purchases[pairs.index[i]] *
      probabilityAlive(bgnbd, x, data.recency[i], data.T[i]);
  }
  return values;
}
