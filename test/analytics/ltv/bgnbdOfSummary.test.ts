/**
 * summaryHoldoutCheck: the holdout check of a summary's own BG/NBD fit, as analyzeLtvSummary
 * gives it, without the rest of the models (the validation fit of runAnalyses).
 */
import { analyzeLtvSummary, summaryHoldoutCheck } from "../../../src/analytics/ltv";
import { summarizeCustomers } from "../../../src/analytics/ltv/customerSummary";
import {
  CDNOW_CALIBRATION_END,
  CDNOW_HOLDOUT_END,
  readCdnowTransactions,
} from "../../support/cdnow";

describe("summaryHoldoutCheck", () => {
  const summary = summarizeCustomers(readCdnowTransactions(), {
    calibrationEnd: CDNOW_CALIBRATION_END,
    holdoutEnd: CDNOW_HOLDOUT_END,
    timeUnit: "week",
  });

  it("is analyzeLtvSummary's check on CDNOW (2,357 customers, 1,882 holdout repeat purchases)", () => {
    const check = summaryHoldoutCheck(summary);
    expect(check).toEqual(analyzeLtvSummary(summary, { timeUnit: "week" }).holdout);
    expect(check?.customers).toBe(2357);
    expect(check?.actualTotal).toBe(1882);
  });

  it("is null when the model is not fitted (too few repeat customers) or has no holdout period", () => {
    const few = {
      ...summary,
      customerIds: summary.customerIds.slice(0, 10),
      frequency: summary.frequency.slice(0, 10),
      recency: summary.recency.slice(0, 10),
      T: summary.T.slice(0, 10),
      monetary: summary.monetary.slice(0, 10),
    };
    expect(summaryHoldoutCheck(few)).toBeNull();
    expect(summaryHoldoutCheck({ ...summary, holdout: undefined })).toBeNull();
  });
});
