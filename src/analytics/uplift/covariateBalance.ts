import { standardisedMeanDifference } from "../stats/standardisedMeanDifference";
import type { SampleSummary } from "../stats/welchTTest";
import type { CovariateBalanceRow, PreCampaignFeatures } from "./types";

/** |SMD| above which a covariate is reported as imbalanced (Austin 2009). */
export const SMD_THRESHOLD = 0.1;

const COVARIATES = ["recency", "frequency", "monetary"] as const;

/** Running mean and sum of squared deviations (Welford), so no list of features is kept. */
class RunningSummary {
  n = 0;
  mean = 0;
  m2 = 0;
  add(value: number): void {
    this.n++;
    const delta = value - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (value - this.mean);
  }
  summary(): SampleSummary {
    return {
      n: this.n,
      mean: this.n > 0 ? this.mean : NaN,
      variance: this.n > 1 ? this.m2 / (this.n - 1) : NaN,
    };
  }
}

/**
 * Covariate balance of treated vs control on pre-campaign recency, frequency and monetary value,
 * fed one customer at a time: means and standardised mean differences. Customers without a
 * recency (no purchase before the contact) are left out of the recency row only. A randomised
 * split should give |SMD| < 0.1 on every row.
 */
export class CovariateBalance {
  private readonly groups = [
    COVARIATES.map(() => new RunningSummary()),
    COVARIATES.map(() => new RunningSummary()),
  ];

  add(isControl: boolean, features: PreCampaignFeatures): void {
    const group = this.groups[isControl ? 1 : 0];
    COVARIATES.forEach((covariate, i) => {
      const value = features[covariate];
      if (value !== undefined && Number.isFinite(value)) group[i].add(value);
    });
  }

  /** One row per covariate; empty when either group has no features. */
  rows(): CovariateBalanceRow[] {
    if (this.groups[0][2].n === 0 || this.groups[1][2].n === 0) return [];
    return COVARIATES.map((covariate, i) => {
      const t = this.groups[0][i].summary();
      const c = this.groups[1][i].summary();
      const smd = standardisedMeanDifference(t, c);
      return {
        covariate,
        treatedMean: t.mean,
        controlMean: c.mean,
        smd,
        imbalanced: smd !== null && Math.abs(smd) > SMD_THRESHOLD,
      };
    });
  }
}
