/**
 * Predictions of the fitted BG/NBD model (Fader, Hardie & Lee 2005; equation numbers are the
 * paper's). Durations are in the unit the model was fitted in.
 */
import betaln from "@stdlib/math-base-special-betaln";
import gammaln from "@stdlib/math-base-special-gammaln";
import { distinctPairs } from "../distinctValues";
import { scaledHyp2f1 } from "../hyp2f1";
import type { BgnbdParams } from "./params";

/** (a-1) appears as a divisor; at a = 1 the formulas are 0/0, so a is kept this far from 1. */
const A_NEAR_ONE = 1e-7;

function awayFromOne(a: number): number {
  return Math.abs(a - 1) < A_NEAR_ONE ? 1 + (a >= 1 ? A_NEAR_ONE : -A_NEAR_ONE) : a;
}

/**
 * 1 / P(alive): 1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x), the denominator shared by
 * P(alive) and the conditional expectation; computed in logs, may be Infinity (P(alive) = 0).
 */
export function inverseProbabilityAlive(p: BgnbdParams, x: number, tx: number, T: number): number {
  if (x <= 0) return 1;
  const { r, alpha, a, b } = p;
  return 1 + Math.exp(Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx)));
}

/**
 * Probability that a customer with history (x, t_x, T) is still alive at T (eq. 13 of the
 * BG/NBD paper's appendix; Fader, Hardie & Lee, "Computing P(alive) using the BG/NBD model").
 *
 * @example
 * // CDNOW customer 1 with the CDNOW fit:
 * probabilityAlive({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 }, 2, 30.43, 38.86) // 0.7266091
 */
export function probabilityAlive(p: BgnbdParams, x: number, tx: number, T: number): number {
  return 1 / inverseProbabilityAlive(p, x, tx, T);
}

/**
 * The numerator of eq. 10 without the history's P(alive):
 * (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))],
 * the expected purchases in (T, T+t] of a customer known to be alive at T. Depends on x and T only.
 */
export function expectedPurchasesIfAlive(p: BgnbdParams, t: number, x: number, T: number): number {
  if (t <= 0) return 0;
  const { r, alpha, b } = p;
  const a = awayFromOne(p.a);
  const z = t / (alpha + T + t);
  return ((a + b + x - 1) / (a - 1)) * (1 - scaledHyp2f1(r + x, b + x, a + b + x - 1, z));
}

/**
 * Expected number of purchases in the next t periods of a customer with history (x, t_x, T):
 * E[Y(t) | x, t_x, T], eq. 10.
 *
 * @example
 * // CDNOW customer 1, next 39 weeks: 1.2259104
 */
export function expectedPurchases(
  p: BgnbdParams,
  t: number,
  x: number,
  tx: number,
  T: number
): number {
  return expectedPurchasesIfAlive(p, t, x, T) / inverseProbabilityAlive(p, x, tx, T);
}

/**
 * Expected repeat purchases of a newly acquired customer in (0, t]: E[X(t)], eq. 7
 * (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))].
 *
 * @example
 * // CDNOW fit: 1.195016 by week 39, 1.857972 by week 78
 */
export function expectedPurchasesNewCustomer(p: BgnbdParams, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, b } = p;
  const a = awayFromOne(p.a);
  return ((a + b - 1) / (a - 1)) * (1 - scaledHyp2f1(r, b, a + b - 1, t / (alpha + t)));
}

/**
 * Probability that a newly acquired customer makes exactly n repeat purchases in (0, t]:
 * P(X(t) = n), eq. 8.
 */
export function probabilityOfPurchases(p: BgnbdParams, t: number, n: number): number {
  const { r, alpha, a, b } = p;
  if (t <= 0) return n === 0 ? 1 : 0;
  const logShare = Math.log(alpha / (alpha + t));
  const logRest = Math.log(t / (alpha + t));
  // ln of the negative binomial term Gamma(r+j)/(Gamma(r) j!) (alpha/(alpha+t))^r (t/(alpha+t))^j
  const logNegBin = (j: number) =>
    gammaln(r + j) - gammaln(r) - gammaln(j + 1) + r * logShare + j * logRest;
  let probability = Math.exp(betaln(a, b + n) - betaln(a, b) + logNegBin(n));
  if (n > 0) {
    let below = 0;
    for (let j = 0; j < n; j++) below += Math.exp(logNegBin(j));
    probability += Math.exp(betaln(a + 1, b + n - 1) - betaln(a, b)) * Math.max(0, 1 - below);
  }
  return probability;
}

/** P(alive) and expected purchases in the next `t` for every customer of a summary. */
export function predictCustomers(
  p: BgnbdParams,
  t: number,
  data: { frequency: ArrayLike<number>; recency: ArrayLike<number>; T: ArrayLike<number> }
): { pAlive: Float64Array; expectedPurchases: Float64Array } {
  const n = data.frequency.length;
  const pAlive = new Float64Array(n);
  const expected = new Float64Array(n);
  // The 2F1 part depends on (x, T) only: computed once per distinct pair.
  const pairs = distinctPairs(data.frequency, data.T);
  const ifAlive = pairs.first.map((x, k) => expectedPurchasesIfAlive(p, t, x, pairs.second[k]));
  for (let i = 0; i < n; i++) {
    pAlive[i] = probabilityAlive(p, data.frequency[i], data.recency[i], data.T[i]);
    expected[i] = ifAlive[pairs.index[i]] * pAlive[i];
  }
  return { pAlive, expectedPurchases: expected };
}
