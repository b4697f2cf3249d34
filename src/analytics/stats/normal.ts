import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";

/** Standard normal cumulative distribution Φ(x) (stdlib). */
export function standardNormalCdf(x: number): number {
  return normalCdf(x, 0, 1);
}

/** Standard normal quantile Φ⁻¹(p) (stdlib). */
export function standardNormalQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** The two-sided critical value z such that P(|Z| > z) = alpha: 1.959964 for alpha = 0.05. */
export function twoSidedCriticalZ(alpha: number): number {
  return standardNormalQuantile(1 - alpha / 2);
}

/** Two-sided p-value of a standard normal statistic: 2 (1 - Φ(|z|)), computed on the upper tail. */
export function twoSidedNormalPValue(z: number): number {
  return Math.min(1, 2 * standardNormalCdf(-Math.abs(z)));
}
