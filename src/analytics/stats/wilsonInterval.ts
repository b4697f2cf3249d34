import type { Interval } from "./interval";
import { twoSidedCriticalZ } from "./normal";

/**
 * Wilson score interval for a single proportion x / n (Wilson 1927): the set of p for which the
 * score test |x/n - p| / sqrt(p (1 - p) / n) <= z does not reject. Unlike the Wald interval it
 * stays inside [0, 1] and is not degenerate at x = 0 or x = n, which is why Newcombe's hybrid
 * interval for a difference is built from it (Newcombe 1998, "Two-sided confidence intervals for
 * the single proportion", method 3).
 *
 * @example wilsonInterval(0, 20) // { low: 0, high: 0.1611, level: 0.95 }
 */
export function wilsonInterval(x: number, n: number, level = 0.95): Interval {
  if (n <= 0) return { low: 0, high: 1, level };
  const z = twoSidedCriticalZ(1 - level);
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const halfWidth = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return {
    low: x === 0 ? 0 : (centre - halfWidth) / denominator,
    high: x === n ? 1 : (centre + halfWidth) / denominator,
    level,
  };
}
