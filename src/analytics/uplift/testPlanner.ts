import { twoProportionSampleSize, type SampleSize } from "../stats/twoProportionPower";

export interface TestPlan {
  /** Current (control) conversion rate, e.g. 0.02 for 2 %. */
  baselineRate: number;
  /** Absolute uplift to detect, e.g. 0.005 for half a point. */
  effect: number;
  /** Power [0.8]. */
  power?: number;
  /** Two-sided significance level [0.05]. */
  alpha?: number;
  /** Intended split as shares of treated and control, e.g. { treated: 90, control: 10 } [50/50]. */
  split?: { treated: number; control: number };
}

/**
 * The test planner of the pane: how many customers each group needs for the pooled z-test to
 * detect `effect` over `baselineRate` with the given power and split (R's power.prop.test with
 * equal groups; see stats/twoProportionPower). Null for an impossible plan (no effect, rates
 * outside 0-100 %, a split without control or treated customers): the pane says so.
 *
 * @example planTest({ baselineRate: 0.02, effect: 0.005 }) // { nTreated: 13_809, nControl: 13_809, ... }
 */
export function planTest(plan: TestPlan): SampleSize | null {
  const split = plan.split ?? { treated: 1, control: 1 };
  const total = split.treated + split.control;
  if (!(split.treated > 0 && split.control > 0)) return null;
  return twoProportionSampleSize({
    baselineRate: plan.baselineRate,
    effect: plan.effect,
    power: plan.power,
    alpha: plan.alpha,
    treatedShare: split.treated / total,
  });
}
