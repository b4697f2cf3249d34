import type { Interval } from "../stats/interval";
import type { Verdict } from "./types";

/**
 * The verdict in words from an uplift's confidence interval: positive when it lies above 0,
 * negative (the campaign cannibalised sales) when it lies below 0, otherwise not proven (the
 * interval spans 0: the data cannot tell a gain from a loss).
 */
export function verdictOf(interval: Interval): Verdict {
  if (interval.low > 0) return "positive";
  if (interval.high < 0) return "negative";
  return "not-proven";
}
