import type { Interval } from "./interval";
import { twoSidedCriticalZ } from "./normal";

/**
 * Wald interval for the difference of two independent proportions x1/n1 - x2/n2:
 * d ± z sqrt(p1 (1 - p1) / n1 + p2 (1 - p2) / n2) (Newcombe 1998, method 1). The textbook
 * formula trainers teach; shown beside the Newcombe interval, never instead of it (it has zero
 * width when both counts are 0 or full, and can leave [-1, 1]).
 */
export function waldDifferenceInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  level = 0.95
): Interval {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const z = twoSidedCriticalZ(1 - level);
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const d = p1 - p2;
  return { low: d - z * se, high: d + z * se, level };
}
