import { standardisedMeanDifference } from "../stats/standardisedMeanDifference";
import { summarise } from "../stats/welchTTest";
import type { CovariateBalanceRow, PreCampaignFeatures } from "./types";

/** |SMD| above which a covariate is reported as imbalanced (Austin 2009). */
export const SMD_THRESHOLD = 0.1;

const COVARIATES = ["recency", "frequency", "monetary"] as const;

/**
 * Covariate balance of treated vs control on pre-campaign recency, frequency and monetary value:
 * means and standardised mean differences. Customers without a recency (no purchase before the
 * contact) are left out of the recency row only. A randomised split should give |SMD| < 0.1.
 */
export function covariateBalance(
  treated: readonly PreCampaignFeatures[],
  control: readonly PreCampaignFeatures[]
): CovariateBalanceRow[] {
  return COVARIATES.map((covariate) => {
    const values = (group: readonly PreCampaignFeatures[]) =>
      group
        .map((f) => f[covariate])
        .filter((v): v is number => v !== undefined && Number.isFinite(v));
    const t = summarise(values(treated));
    const c = summarise(values(control));
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
