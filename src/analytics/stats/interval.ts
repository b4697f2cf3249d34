/** A two-sided confidence interval [low, high] at `level` (0.95 for a 95 % interval). */
export interface Interval {
  low: number;
  high: number;
  level: number;
}
