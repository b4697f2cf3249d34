import type { Interval } from "./interval";
import { wilsonInterval } from "./wilsonInterval";

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions
 * p1 - p2 = x1/n1 - x2/n2 (Newcombe 1998, "Interval estimation for the difference between
 * independent proportions", Statistics in Medicine 17:873-890, method 10). It combines the two
 * Wilson score intervals [l1, u1] and [l2, u2]:
 *   low  = d - sqrt((p1 - l1)² + (u2 - p2)²)
 *   high = d + sqrt((u1 - p1)² + (p2 - l2)²)
 * Good coverage even with zero or full counts, where the Wald interval collapses.
 *
 * @example newcombeInterval(56, 70, 48, 80) // ≈ { low: 0.0524, high: 0.3339 } (Newcombe's example a)
 */
export function newcombeInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  level = 0.95
): Interval {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const w1 = wilsonInterval(x1, n1, level);
  const w2 = wilsonInterval(x2, n2, level);
  const d = p1 - p2;
  return {
    low: d - Math.hypot(p1 - w1.low, w2.high - p2),
    high: d + Math.hypot(w1.high - p1, p2 - w2.low),
    level,
  };
}
