import type { Contact } from "../domain";
import type { Interval } from "../stats/interval";
import type { WelchResult } from "../stats/welchTTest";
import type { SampleSize } from "../stats/twoProportionPower";
import type { Heterogeneity } from "../stats/cochranQ";
import type { PAdjustMethod } from "../stats/adjustPValues";

/** A message for the user as an i18n key ("uplift:warnings.srm") and its parameters. */
export interface UpliftMessage {
  code: string;
  params?: Record<string, string | number>;
}

/** Recency (days since the last purchase), frequency (purchase days) and monetary (net spend) before a date. */
export interface PreCampaignFeatures {
  recency?: number;
  frequency: number;
  monetary: number;
}

export interface UpliftOptions {
  /** Conversion window in days, day of contact included [30]: day d .. d + 29. */
  conversionWindowDays?: number;
  /** Confidence level of every interval [0.95]. */
  level?: number;
  /** Power for the minimum detectable effect and the sample that would settle a verdict [0.8]. */
  power?: number;
  /** Effect (absolute rate, 0.005 = half a point) the user wants to detect: n per group is reported. */
  targetUplift?: number;
  /**
   * Intended split per campaign: group label (an arm's name, or "control") -> share, e.g.
   * { Email: 45, SMS: 45, control: 10 }. The key "*" applies to every campaign. Default: none,
   * and then only the treated arms are checked against each other (equal shares), since the
   * control's intended share cannot be guessed.
   */
  intendedSplit?: Record<string, Record<string, number>>;
  /**
   * The control's intended share (0.1 = 10 %), the treated arms sharing the rest equally: the
   * split of campaigns `intendedSplit` does not name.
   */
  controlShare?: number;
  /** Cost per contact by channel, used when the contacts sheet has no cost column. */
  costPerContact?: Record<string, number>;
  /** The treated arm of a contact [its channel; "" when none]. Give e.g. a creative here. */
  armOf?: (contact: Contact) => string;
  /** RFM segment of a customer as of a day, from data strictly before it (wired by the caller). */
  segmentAsOf?: (customerId: string, contactDay: number) => string | undefined;
  /** Customer attributes to break results down by, read with `attributeOf`. */
  attributes?: readonly string[];
  attributeOf?: (customerId: string, name: string) => string | undefined;
  /**
   * The outcome of a customer contacted on a day when no transactions are given: computed where
   * the data lives (src/warehouse contact outcomes). Undefined for a unit: the campaign has no outcome.
   */
  windowOutcome?: (
    customerId: string,
    contactDay: number
  ) => { converted: boolean; revenue: number } | undefined;
  /** Pre-campaign R, F, M for the balance check; default: computed from transactions before the day. */
  preCampaignFeatures?: (customerId: string, contactDay: number) => PreCampaignFeatures | undefined;
  /** Multiple-comparison adjustment across the rows of a breakdown ["holm"]. */
  adjustment?: PAdjustMethod;
  /** A campaign whose control contacts are a global holdout, used by campaigns without their own control. */
  globalControlCampaign?: string;
  /**
   * Customers the business knows (customers sheet, buyers): bounds the sample a "not proven"
   * verdict may call for [the customers in the contacts].
   */
  customerBase?: number;
}

/** Counts and revenue of one group (treated arm, all arms, or control). */
export interface GroupSummary {
  n: number;
  conversions: number;
  rate: number;
  /** Total net revenue; null when the outcome has no revenue. */
  revenue: number | null;
  /** ARPU: revenue per customer in the group. */
  revenuePerCustomer: number | null;
  /** Average order value among buyers: revenue of converted customers / conversions. */
  aovAmongBuyers: number | null;
  /** Sample variance of revenue per customer (Welch's test). */
  revenueVariance: number | null;
  /** Total cost of the contacts when known (treated only). */
  cost: number | null;
}

export type Verdict = "positive" | "not-proven" | "negative";

/** A point estimate with its interval (same level as the analysis). */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

export interface ConversionTest {
  test: "z-test" | "fisher-exact";
  /** The z statistic for the z-test, null for Fisher. */
  statistic: number | null;
  pValue: number;
}

export interface Economics {
  cost: number;
  /** Incremental revenue - cost. */
  netIncrementalRevenue: number | null;
  /** Incremental revenue / cost. */
  iroas: number | null;
  /** (Incremental revenue - cost) / cost. */
  roi: number | null;
  /** Cost / incremental conversions, only when the campaign added conversions. */
  costPerIncrementalConversion: number | null;
}

/** Treated vs control for one arm (or all arms pooled) and one breakdown cell. */
export interface UpliftComparison {
  campaign: string;
  /** The arm's name; null for all arms pooled. */
  arm: string | null;
  /** The breakdown cell; null for the whole campaign. */
  breakdown: { dimension: string; value: string } | null;
  treated: GroupSummary;
  control: GroupSummary;
  /** Treated rate - control rate (a fraction: 0.0068 = 0.68 points). */
  upliftAbs: number;
  /** Newcombe's hybrid score interval (primary). */
  newcombe: Interval;
  /** Wald interval, beside it for trainers. */
  wald: Interval;
  /** treated rate / control rate - 1; null when the control rate is 0. */
  upliftRel: number | null;
  /** Katz log-ratio interval of the relative uplift. */
  upliftRelInterval: Interval | null;
  conversionTest: ConversionTest;
  /** The conversion p-value adjusted across the breakdown's rows (breakdown rows only). */
  pAdjusted: number | null;
  /** Welch's test on revenue per customer (treated - control). */
  revenueTest: WelchResult | null;
  /** uplift x n treated, with the Newcombe interval x n treated. */
  incrementalConversions: Estimate;
  /** ARPU difference x n treated, with Welch's interval x n treated. */
  incrementalRevenue: Estimate | null;
  /** Incremental conversions x treated AOV: the figure many teams use (ignores basket differences). */
  conversionsTimesTreatedBasket: number | null;
  economics: Economics | null;
  verdict: Verdict;
  /** The same rule on the revenue-per-customer interval. */
  revenueVerdict: Verdict | null;
  /**
   * For "not proven": customers per group (current split) that would detect the observed uplift,
   * when within realistic reach (see `realisticSample.ts`); else null and `beyondReach` is true.
   */
  settlingSample: SampleSize | null;
  /**
   * "Not proven" and no realistic sample would settle it (more customers than `realisticReach`,
   * or an uplift of exactly 0): too small to matter; read `minimumDetectableEffect` instead.
   */
  beyondReach: boolean;
  /** Smallest uplift over the control rate detectable at the analysis power with these sizes. */
  minimumDetectableEffect: number | null;
  /** Customers per group (current split) needed for options.targetUplift. */
  sampleForTarget: SampleSize | null;
  warnings: UpliftMessage[];
}

export interface StratifiedTotal {
  /** Σ w_s (uplift in stratum s), w_s = stratum share of customers. */
  estimate: number;
  interval: Interval;
  /** The unstratified (pooled) uplift of the same arm, for comparison. */
  pooled: number;
  /**
   * True when the stratified and pooled uplifts reverse each other in a way that matters
   * (Simpson's paradox; the rule is `isSimpsonReversal`).
   */
  simpson: boolean;
  /** Cochran's Q across strata with a usable variance. */
  heterogeneity: Heterogeneity | null;
  /** Strata left out for lacking a treated or control customer. */
  strataWithoutBothGroups: number;
}

export interface Breakdown {
  arm: string | null;
  /** "channel", "rfm" or an attribute name. */
  dimension: string;
  adjustment: PAdjustMethod;
  rows: UpliftComparison[];
  stratified: StratifiedTotal | null;
}

export interface SampleRatioCheck {
  groups: { group: string; observed: number; expectedShare: number }[];
  statistic: number;
  df: number;
  pValue: number;
  /** p < 0.01: the split is not what was intended; results are suspect. */
  mismatch: boolean;
}

export interface CovariateBalanceRow {
  covariate: "recency" | "frequency" | "monetary";
  treatedMean: number;
  controlMean: number;
  smd: number | null;
  /** |SMD| > 0.1 */
  imbalanced: boolean;
}

export interface CampaignChecks {
  sampleRatio: SampleRatioCheck | null;
  /** Customers found in more than one arm (or treated and control): left out of the analysis. */
  crossoverCustomers: number;
  /** Control customers treated by another campaign within this one's window. */
  contaminatedControl: { customers: number; share: number };
  balance: CovariateBalanceRow[];
}

export interface CampaignUplift {
  campaign: string;
  arms: string[];
  controlSource: "own" | "global";
  outcome: { source: "sheet" | "transactions"; windowDays: number; revenueKnown: boolean };
  /** Each arm vs control, then all arms pooled (only when there are two arms or more). */
  results: UpliftComparison[];
  breakdowns: Breakdown[];
  checks: CampaignChecks;
  warnings: UpliftMessage[];
}

export interface UpliftAnalysis {
  campaigns: CampaignUplift[];
  /** Campaigns that could not be analysed, with the reason (no control group, no outcome, ...). */
  skipped: { campaign: string; reason: UpliftMessage }[];
}
