import type { PAdjustMethod } from "../stats/adjustPValues";
import type { Breakdown, CampaignUplift, UpliftAnalysis, UpliftComparison } from "./types";

/**
 * The checks the Uplift sheet shows, for the CLI JSON's `upliftChecks` (beside the stable
 * `uplift` array, whose shape does not change). Rates and uplifts are fractions, as everywhere
 * in the JSON (0.0068 = 0.68 points).
 */
export interface UpliftChecksJson {
  campaign: string;
  /** Chi-square of the arms' sizes against the intended split; null without one to test. */
  sampleRatio: {
    groups: { group: string; observed: number; expectedShare: number }[];
    statistic: number;
    df: number;
    pValue: number;
    mismatch: boolean;
  } | null;
  crossoverCustomers: number;
  contaminatedControl: { customers: number; share: number };
  /** Pre-campaign means of treated and control, standardised difference, |SMD| > 0.1 flag. */
  covariateBalance: {
    covariate: string;
    treatedMean: number;
    controlMean: number;
    smd: number | null;
    imbalanced: boolean;
  }[];
  breakdowns: UpliftBreakdownCheckJson[];
}

export interface UpliftBreakdownCheckJson {
  /** The arm; null for all arms pooled. */
  arm: string | null;
  /** "channel", "rfm" or an attribute name. */
  dimension: string;
  /** Pooled uplift vs the post-stratified one (weights = stratum shares), with the Simpson flag. */
  pooled: number | null;
  stratified: number | null;
  stratifiedCiLow: number | null;
  stratifiedCiHigh: number | null;
  simpson: boolean;
  /** Cochran's Q across strata: do the strata's uplifts differ? */
  cochranQ: { q: number; df: number; pValue: number; iSquared: number } | null;
  strataWithoutBothGroups: number;
  /** How the cells' p-values are adjusted for multiplicity ("holm", "bh"...). */
  adjustment: PAdjustMethod;
  cells: {
    value: string;
    pValue: number;
    pAdjusted: number | null;
    /** Control group too small to trust (fewer than 30 customers or 5 conversions). */
    smallCell: boolean;
  }[];
}

const isSmall = (r: UpliftComparison) =>
  r.warnings.some((w) => w.code === "uplift:warnings.smallControl");

function breakdownJson(b: Breakdown): UpliftBreakdownCheckJson {
  const s = b.stratified;
  return {
    arm: b.arm,
    dimension: b.dimension,
    pooled: s?.pooled ?? null,
    stratified: s?.estimate ?? null,
    stratifiedCiLow: s?.interval.low ?? null,
    stratifiedCiHigh: s?.interval.high ?? null,
    simpson: s?.simpson ?? false,
    cochranQ: s?.heterogeneity
      ? {
          q: s.heterogeneity.q,
          df: s.heterogeneity.df,
          pValue: s.heterogeneity.pValue,
          iSquared: s.heterogeneity.iSquared,
        }
      : null,
    strataWithoutBothGroups: s?.strataWithoutBothGroups ?? 0,
    adjustment: b.adjustment,
    cells: b.rows.map((r) => ({
      value: r.breakdown?.value ?? "",
      pValue: r.conversionTest.pValue,
      pAdjusted: r.pAdjusted,
      smallCell: isSmall(r),
    })),
  };
}

function campaignJson(c: CampaignUplift): UpliftChecksJson {
  const { sampleRatio, crossoverCustomers, contaminatedControl, balance } = c.checks;
  return {
    campaign: c.campaign,
    sampleRatio: sampleRatio
      ? {
          groups: sampleRatio.groups.map((g) => ({ ...g })),
          statistic: sampleRatio.statistic,
          df: sampleRatio.df,
          pValue: sampleRatio.pValue,
          mismatch: sampleRatio.mismatch,
        }
      : null,
    crossoverCustomers,
    contaminatedControl: { ...contaminatedControl },
    covariateBalance: balance.map((b) => ({ ...b })),
    breakdowns: c.breakdowns.map(breakdownJson),
  };
}

/** One entry per analysed campaign: its checks, then each breakdown's. */
export function upliftChecksJson(analysis: UpliftAnalysis): UpliftChecksJson[] {
  return analysis.campaigns.map(campaignJson);
}
