/**
 * Calibration / holdout validation of the BG/NBD model (Fader, Hardie & Lee 2005, figure 3 and
 * table 2): fit on the calibration period, predict each customer's repeat purchases in the
 * holdout period, and compare with what they did, overall and by number of calibration repeat
 * purchases (0, 1, ..., 7+).
 */
import { predictCustomers } from "./bgnbd/predict";
import type { BgnbdParams } from "./bgnbd/params";

export interface HoldoutGroup {
  /** "0" .. "6", and "7+" for the last group. */
  label: string;
  customers: number;
  actualMean: number;
  predictedMean: number;
}

export interface HoldoutCheck {
  /** Length of the holdout period in the summary's unit. */
  duration: number;
  /**
   * Set when the check comes from a separate validation fit (the CLV itself was fitted on all
   * the data): the day numbers its calibration and holdout periods end on.
   */
  validationFit?: { calibrationEndDay: number; holdoutEndDay: number };
  customers: number;
  actualTotal: number;
  predictedTotal: number;
  /** Mean over customers of |predicted - actual| repeat purchases in the holdout. */
  meanAbsoluteError: number;
  groups: HoldoutGroup[];
}

export interface HoldoutInput {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
  holdoutFrequency: ArrayLike<number>;
  duration: number;
}

/** Customers with this many calibration repeat purchases or more share the last group. */
export const LAST_GROUP = 7;

/**
 * Predicted vs actual holdout repeat purchases, overall and by calibration frequency.
 *
 * @example
 * // CDNOW, 39 + 39 weeks, README parameters: 1,882 actual repeat occasions in the holdout, 1,653.4 predicted
 */
export function holdoutCheck(params: BgnbdParams, data: HoldoutInput): HoldoutCheck {
  const { expectedPurchases } = predictCustomers(params, data.duration, data);
  const n = data.frequency.length;
  const groups = Array.from({ length: LAST_GROUP + 1 }, (_, k) => ({
    label: k === LAST_GROUP ? `${LAST_GROUP}+` : String(k),
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  let actualTotal = 0;
  let predictedTotal = 0;
  let absoluteError = 0;
  for (let i = 0; i < n; i++) {
    const actual = data.holdoutFrequency[i];
    const predicted = expectedPurchases[i];
    const group = groups[Math.min(LAST_GROUP, Math.max(0, Math.floor(data.frequency[i])))];
    group.customers++;
    group.actual += actual;
    group.predicted += predicted;
    actualTotal += actual;
    predictedTotal += predicted;
    absoluteError += Math.abs(predicted - actual);
  }
  return {
    duration: data.duration,
    customers: n,
    actualTotal,
    predictedTotal,
    meanAbsoluteError: n > 0 ? absoluteError / n : 0,
    groups: groups.map((g) => ({
      label: g.label,
      customers: g.customers,
      actualMean: g.customers > 0 ? g.actual / g.customers : 0,
      predictedMean: g.customers > 0 ? g.predicted / g.customers : 0,
    })),
  };
}
