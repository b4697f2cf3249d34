import { holdoutCheck } from "../../../src/analytics/ltv/holdout";
import { summarizeCustomers } from "../../../src/analytics/ltv/customerSummary";
import {
  CDNOW_CALIBRATION_END,
  CDNOW_HOLDOUT_END,
  readCdnowTransactions,
} from "../../support/cdnow";

/** ../shared/data/README.md: full-precision MLE on the CDNOW summary. */
const README_MLE = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };

// reference/bgnbd_reference.py (holdout_reference): CDNOW_sample.txt re-read in Python, holdout
// 1997-10-01 .. 1998-06-30 (273 days = 39 weeks); per calibration frequency group: customers,
// actual repeat occasions, and the sum of eq. 10 evaluated with scipy.special.hyp2f1 (a different
// 2F1 implementation, no Euler transformation) at the README parameters.
const REFERENCE_GROUPS: [string, number, number, number][] = [
  ["0", 1411, 334, 317.596439686],
  ["1", 439, 306, 229.652604661],
  ["2", 214, 298, 223.44527975],
  ["3", 100, 156, 152.029112662],
  ["4", 62, 157, 134.161046442],
  ["5", 38, 112, 100.84731701],
  ["6", 29, 112, 101.618570099],
  ["7+", 64, 407, 394.065770289],
];

describe("holdoutCheck", () => {
  const summary = summarizeCustomers(readCdnowTransactions(), {
    calibrationEnd: CDNOW_CALIBRATION_END,
    holdoutEnd: CDNOW_HOLDOUT_END,
    timeUnit: "week",
  });
  const check = holdoutCheck(README_MLE, {
    ...summary,
    holdoutFrequency: summary.holdout!.frequency,
    duration: summary.holdout!.duration,
  });

  it("compares predicted and actual holdout purchases by calibration frequency like an independent script", () => {
    expect(check.groups.map((g) => [g.label, g.customers, g.actualMean * g.customers])).toEqual(
      REFERENCE_GROUPS.map(([label, customers, actual]) => [label, customers, actual])
    );
    check.groups.forEach((g, k) => {
      expect(g.predictedMean * g.customers).toBeCloseTo(REFERENCE_GROUPS[k][3], 6);
    });
  });

  it("totals the holdout: 1,882 actual repeat occasions, 1,653.4 predicted", () => {
    expect(check.customers).toBe(2357);
    expect(check.duration).toBeCloseTo(39, 12);
    expect(check.actualTotal).toBe(REFERENCE_GROUPS.reduce((s, g) => s + g[2], 0));
    expect(check.predictedTotal).toBeCloseTo(
      REFERENCE_GROUPS.reduce((s, g) => s + g[3], 0),
      5
    );
  });

  it("computes the mean absolute error over customers (hand-worked on three customers)", () => {
    // a customer with no repeat and T = 0 at t = 0 is predicted 0; so with a zero-length holdout
    // every prediction is 0 and the MAE is the mean actual count: (0 + 2 + 4) / 3 = 2.
    const small = holdoutCheck(README_MLE, {
      frequency: [0, 1, 8],
      recency: [0, 1, 2],
      T: [3, 3, 3],
      holdoutFrequency: [0, 2, 4],
      duration: 0,
    });
    expect(small.meanAbsoluteError).toBe(2);
    expect(small.groups.map((g) => g.customers)).toEqual([1, 1, 0, 0, 0, 0, 0, 1]);
  });

  describe("edge cases", () => {
    it("gives zeros, not NaN, for no customers", () => {
      const empty = holdoutCheck(README_MLE, {
        frequency: [],
        recency: [],
        T: [],
        holdoutFrequency: [],
        duration: 39,
      });
      expect(empty.meanAbsoluteError).toBe(0);
      expect(empty.groups.every((g) => g.actualMean === 0 && g.predictedMean === 0)).toBe(true);
    });
  });
});
