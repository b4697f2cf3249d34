import type { Interval } from "./interval";
import { twoSidedCriticalZ } from "./normal";

export interface RiskRatio {
  ratio: number;
  /** Katz log interval; null when a count is 0 (the log-ratio has no finite variance). */
  interval: Interval | null;
}

/**
 * Relative risk (x1/n1) / (x2/n2) with the log-ratio interval of Katz et al. (1978):
 * exp(ln RR ± z sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2)) (statsmodels `Table2x2.riskratio_confint`, R
 * `epitools::riskratio(method = "wald")`). Relative uplift is RR - 1. Null when x2 = 0.
 */
export function riskRatioInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  level = 0.95
): RiskRatio | null {
  if (x2 === 0 || n1 === 0 || n2 === 0) return null;
  const ratio = x1 / n1 / (x2 / n2);
  if (x1 === 0) return { ratio, interval: null };
  const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
  const z = twoSidedCriticalZ(1 - level);
  const log = Math.log(ratio);
  return { ratio, interval: { low: Math.exp(log - z * se), high: Math.exp(log + z * se), level } };
}
