/**
 * The Gamma-Gamma model's limit without heterogeneity between customers.
 *
 * Gamma-Gamma (Fader & Hardie 2013) draws each customer's spend rate nu from Gamma(q, v) (shape q,
 * rate v) and each spend from Gamma(p, nu). Let q, v -> infinity with q / v = nu fixed: the
 * mixing distribution collapses onto nu, every customer shares one spend distribution, and the
 * mean zbar of x spends is Gamma(p x, x nu) (shape, rate):
 *   ln f(zbar | x) = p x ln(x nu) - ln G(p x) + (p x - 1) ln zbar - x nu zbar.
 * When customers' mean spends vary no more than chance makes means of x spends vary, the
 * Gamma-Gamma likelihood keeps rising along that path and its maximum is this limit: BFGS then
 * walks q and v off to infinity. The limit is a proper model with a maximum of its own, and
 * its prediction is the one the Gamma-Gamma formula tends to: the weight p x / (p x + q - 1) of a
 * customer's own mean goes to 0, so every customer's expected spend is the population mean p / nu.
 *
 * Why the limit is the maximum (and not an optimiser failure): at fixed p and mean, a small
 * variance s2 of nu changes each customer's likelihood g(nu) to about g + s2 g''/2, so the
 * derivative of the log-likelihood in s2 at s2 = 0 is
 *   1/2 sum x^2 [(zbar - mu)^2 - mu^2 / (p x)],  mu = p / nu,
 * the squared deviations of customers' mean spends minus their chance variance mu^2 / (p x).
 * `dispersionRatio` = sum x^2 (zbar - mu)^2 / sum x mu^2 / p: at most 1 means that derivative is
 * not positive, so no heterogeneity at all fits the data best.
 */
import gammaln from "@stdlib/math-base-special-gammaln";
import digamma from "@stdlib/math-base-special-digamma";
import { distinctValues } from "./distinctValues";

export interface HomogeneousSpend {
  /** Shape of one spend (p of Gamma-Gamma). */
  p: number;
  /** The common spend rate nu: one spend is Gamma(p, nu), mean p / nu. */
  rate: number;
  /** Expected spend per purchase of every customer: total repeat spend / repeat purchases. */
  meanSpend: number;
  /** Total log-likelihood of the customers' mean spends under the limit. */
  logLikelihood: number;
  /** Between-customer spread of mean spends over its chance value (see the file's doc block). */
  dispersionRatio: number;
  /** Bisection steps taken on ln p. */
  iterations: number;
  /** |d mean log-likelihood / d ln p| at the returned p (nu profiled out): ~0 at the maximum. */
  gradientNorm: number;
}

/** ln p is searched in this range; a p beyond it (all spends equal) is taken at its edge. */
const LOG_P_RANGE = 30;

/**
 * Maximum-likelihood fit of the no-heterogeneity limit of Gamma-Gamma to repeat customers with
 * x > 0 purchases of mean spend zbar > 0 (both arrays already filtered). For a given p the
 * likelihood is highest at nu = p sum x / sum x zbar, so the mean spend p / nu is always
 * sum x zbar / sum x; p then solves
 *   sum x psi(p x) = sum x ln(x nu zbar),
 * whose left side minus right side increases with p (psi' (y) > 1 / y): bisection on ln p.
 * When every customer's mean spend is equal no finite p solves it (spends without spread) and p
 * is returned at the edge of its range; the mean spend is still exact.
 *
 * @example
 * // x = [1, 2], zbar = [10, 25]: meanSpend = (1 x 10 + 2 x 25) / 3 = 20
 * fitHomogeneousSpend([1, 2], [10, 25]).meanSpend // 20
 */
export function fitHomogeneousSpend(
  x: readonly number[],
  zbar: readonly number[]
): HomogeneousSpend {
  const n = x.length;
  const xs = distinctValues(x);
  let sumX = 0;
  let sumXZ = 0;
  let sumXLogXZ = 0;
  let sumXLogX = 0;
  let sumXLogZ = 0;
  let sumLogZ = 0;
  for (let i = 0; i < n; i++) {
    const logZ = Math.log(zbar[i]);
    const logX = Math.log(x[i]);
    sumX += x[i];
    sumXZ += x[i] * zbar[i];
    sumXLogXZ += x[i] * (logX + logZ);
    sumXLogX += x[i] * logX;
    sumXLogZ += x[i] * logZ;
    sumLogZ += logZ;
  }
  const meanSpend = sumXZ / sumX;
  // d ln L / dp with nu profiled out; decreasing in p.
  const slope = (p: number): number => {
    let s = sumX * Math.log(p / meanSpend) + sumXLogXZ;
    for (let k = 0; k < xs.values.length; k++)
      s -= xs.counts[k] * xs.values[k] * digamma(p * xs.values[k]);
    return s;
  };
  let low = -LOG_P_RANGE;
  let high = LOG_P_RANGE;
  let iterations = 0;
  if (slope(Math.exp(high)) > 0) low = high;
  else
    for (; iterations < 200 && high - low > 1e-13; iterations++) {
      const middle = (low + high) / 2;
      if (slope(Math.exp(middle)) > 0) low = middle;
      else high = middle;
    }
  const p = Math.exp(low);
  const gradientNorm = Math.abs(slope(p) * p) / n;
  const rate = p / meanSpend;
  let logLikelihood = p * (sumXLogX + sumX * Math.log(rate) + sumXLogZ) - sumLogZ - rate * sumXZ;
  for (let k = 0; k < xs.values.length; k++)
    logLikelihood -= xs.counts[k] * gammaln(p * xs.values[k]);
  let spread = 0;
  for (let i = 0; i < n; i++) spread += x[i] * x[i] * (zbar[i] - meanSpend) ** 2;
  const chance = (sumX * meanSpend * meanSpend) / p;
  return {
    p,
    rate,
    meanSpend,
    logLikelihood,
    dispersionRatio: spread / chance,
    iterations,
    gradientNorm,
  };
}
