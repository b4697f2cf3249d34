import type { ScoreBins } from "./scoreByQuantiles";
import type { SegmentDefinition, SegmentMap } from "./segmentMaps";

/** How scores are cut: quantile cut points with ties kept together, or NTILE-like equal groups. */
export type ScoringRule = "quantiles" | "equalGroups";

/** One scored customer. */
export interface RfmCustomer {
  id: string;
  /** Days since the last purchase (as-of day − last purchase day). */
  recency: number;
  /** Distinct purchase occasions in the window. */
  frequency: number;
  /** Net spend in the window, never below zero. */
  monetary: number;
  /** Average order value: monetary / frequency. */
  aov: number;
  /** Net spend per year of the window (the value bands map uses it). */
  yearlySpend: number;
  /** Scores 1..bins; r is inverted (bins = most recent). */
  r: number;
  f: number;
  m: number;
  /** Segment id of the map in force. */
  segment: string;
  /** Index of the map rule (score maps) or band (bands map, 0 = lowest) that placed the customer. */
  placedBy: number;
}

export interface MetricTriple<T> {
  recency: T;
  frequency: T;
  monetary: T;
}

/** One row of the segment summary, in the map's presentation order (empty segments included). */
export interface SegmentSummaryRow {
  segment: SegmentDefinition;
  customers: number;
  /** Fractions (0.125, not 12.5); 0 when there are no customers at all. */
  customerShare: number;
  revenue: number;
  revenueShare: number;
  /** Averages over the segment's customers; null for an empty segment. */
  averageRecency: number | null;
  averageFrequency: number | null;
  averageMonetary: number | null;
  /** Revenue / purchase occasions of the segment; null for an empty segment or no occasions. */
  aov: number | null;
}

/** Everything `analyzeRfm` computes, as data the CLI, the report and the pane read. */
export interface RfmResult {
  /** Day number of the as-of date (null: no transaction and no as-of date given). */
  asOfDay: number | null;
  /** First day of the window, null for all history. */
  windowStartDay: number | null;
  /**
   * Window length in years, the divisor of yearly spend: N / 12 for the last N months, else days
   * from the first transaction to the as-of day / 365.25 (0 when there is no data).
   */
  windowYears: number;
  bins: ScoreBins;
  rule: ScoringRule;
  map: SegmentMap;
  /** Scored customers in order of first appearance in the transactions. */
  customers: RfmCustomer[];
  /** Ascending cut points per metric (bins − 1 each; empty when there is no customer). */
  cutPoints: MetricTriple<number[]>;
  /** Customers per score 1..bins, per metric. */
  counts: MetricTriple<number[]>;
  segments: SegmentSummaryRow[];
  /** Customers whose only lines in the window are returns: not scored. */
  returnsOnly: string[];
  /** Lines skipped because their date or amount is not a finite number. */
  unreadableLines: number;
}
