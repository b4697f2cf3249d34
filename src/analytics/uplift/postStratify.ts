import { cochranQ } from "../stats/cochranQ";
import { twoSidedCriticalZ } from "../stats/normal";
import type { GroupTally } from "./groupTally";
import { isSimpsonReversal } from "./simpsonRule";
import type { Estimate, StratifiedTotal } from "./types";

/**
 * Post-stratified uplift: Σ w_s (p_ts - p_cs) with w_s the share of customers in stratum s,
 * variance Σ w_s² (p_ts q_ts / n_ts + p_cs q_cs / n_cs) (the standard post-stratification
 * estimator, e.g. Miratrix, Sekhon & Yu 2013). Strata missing a group are left out and counted.
 * Compared with the pooled uplift (with its interval): a reversal that matters flags Simpson's
 * paradox (`isSimpsonReversal`), and Cochran's Q over
 * the strata with a non-zero variance says whether the uplift differs between strata.
 */
export function postStratify(
  strata: readonly { treated: GroupTally; control: GroupTally }[],
  pooled: Estimate,
  level: number
): StratifiedTotal | null {
  const usable = strata.filter((s) => s.treated.n > 0 && s.control.n > 0);
  if (usable.length === 0) return null;
  const total = usable.reduce((sum, s) => sum + s.treated.n + s.control.n, 0);
  let estimate = 0;
  let variance = 0;
  const effects: number[] = [];
  const variances: number[] = [];
  for (const s of usable) {
    const pt = s.treated.conversions / s.treated.n;
    const pc = s.control.conversions / s.control.n;
    const v = (pt * (1 - pt)) / s.treated.n + (pc * (1 - pc)) / s.control.n;
    const w = (s.treated.n + s.control.n) / total;
    estimate += w * (pt - pc);
    variance += w * w * v;
    if (v > 0) {
      effects.push(pt - pc);
      variances.push(v);
    }
  }
  const half = twoSidedCriticalZ(1 - level) * Math.sqrt(variance);
  const interval = { low: estimate - half, high: estimate + half, level };
  return {
    estimate,
    interval,
    pooled: pooled.value,
    simpson: isSimpsonReversal(pooled, { value: estimate, low: interval.low, high: interval.high }),
    heterogeneity: cochranQ(effects, variances),
    strataWithoutBothGroups: strata.length - usable.length,
  };
}
