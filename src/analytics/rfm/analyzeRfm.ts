import type { Instant } from "../domain";
import type { TransactionLines, TransactionsInput } from "../transactionLines";
import { placeInMap, windowYears } from "./assignSegment";
import { computeRfmFeatures, type RfmFeatures } from "./features";
import type { RfmCustomer, RfmResult, ScoringRule } from "./rfmResult";
import { scoreByEqualGroups } from "./scoreByEqualGroups";
import { SCORE_BINS, scoreByQuantiles, type ScoreBins, type Scoring } from "./scoreByQuantiles";
import {
  bandsMap,
  bandThresholdsProblem,
  classicMap,
  DEFAULT_BAND_THRESHOLDS,
  tiers3Map,
  type SegmentMap,
  type SegmentMapId,
} from "./segmentMaps";
import { segmentSummary } from "./segmentSummary";

export interface RfmOptions {
  /** Analysis date; only days strictly before it count. Default: the day after the last transaction. */
  asOf?: Instant;
  /** Scores 1..bins. Default 5. */
  bins?: ScoreBins;
  /** Default "quantiles" (ties kept together). */
  rule?: ScoringRule;
  /** Default "classic". */
  map?: SegmentMapId;
  /** Ascending yearly-spend thresholds for map "bands". Default 50, 100, 200, 500. */
  bands?: readonly number[];
  /** Only the last N months before the as-of date. Default: all history. */
  windowMonths?: number;
}

/** An option the analysis cannot run with: an i18n key of namespace "rfm" and its params. */
export interface RfmOptionProblem {
  code: string;
  params: Record<string, string | number>;
}

/** Thrown by `analyzeRfm` for options `validateRfmOptions` rejects; carries the problems. */
export class RfmOptionsError extends Error {
  constructor(readonly problems: RfmOptionProblem[]) {
    super(problems.map((p) => p.code).join(", "));
    this.name = "RfmOptionsError";
  }
}

/** What is wrong with the options (empty when nothing): the CLI and the pane check first. */
export function validateRfmOptions(options: RfmOptions): RfmOptionProblem[] {
  const problems: RfmOptionProblem[] = [];
  if (options.bins !== undefined && !(SCORE_BINS as readonly number[]).includes(options.bins)) {
    problems.push({
      code: "rfm:problems.bins",
      params: { value: options.bins, allowed: SCORE_BINS.join(", ") },
    });
  }
  const w = options.windowMonths;
  if (w !== undefined && !(Number.isInteger(w) && w >= 1 && w <= 1200)) {
    problems.push({ code: "rfm:problems.windowMonths", params: { value: w } });
  }
  if (options.asOf !== undefined && !Number.isFinite(options.asOf)) {
    problems.push({ code: "rfm:problems.asOf", params: { value: String(options.asOf) } });
  }
  if (options.bands !== undefined) {
    const code = bandThresholdsProblem(options.bands);
    if (code !== null) problems.push({ code, params: { value: options.bands.join(", ") } });
  }
  return problems;
}

/** The segment map an options object asks for. */
export function segmentMapFor(options: RfmOptions): SegmentMap {
  switch (options.map ?? "classic") {
    case "classic":
      return classicMap;
    case "tiers3":
      return tiers3Map;
    case "bands":
      return bandsMap(options.bands ?? DEFAULT_BAND_THRESHOLDS);
  }
}

/**
 * RFM as of a date: features (see `computeRfmFeatures`), scores 1..bins per metric with recency
 * inverted (see `scoreByQuantiles`, `scoreByEqualGroups`), a segment per customer from the chosen
 * map (score maps are written on 5 bins; other bin counts are read on that grid by `toMapScore`),
 * and the segment summary. The single entry point of the CLI and the pane. `lines`: the columns
 * of these transactions when the caller shares them between analyses (runAnalyses).
 *
 * @throws RfmOptionsError when `validateRfmOptions` finds a problem.
 */
export function analyzeRfm(
  transactions: TransactionsInput,
  options: RfmOptions = {},
  lines?: TransactionLines
): RfmResult {
  const problems = validateRfmOptions(options);
  if (problems.length > 0) throw new RfmOptionsError(problems);
  return analyzeRfmFeatures(computeRfmFeatures(transactions, options, lines), options);
}

/**
 * Scores and segments from features already computed: in memory (`analyzeRfm`) or by a
 * warehouse's per-customer summary (src/warehouse), so both paths share every rule after the
 * features. Options are assumed valid (`analyzeRfm` checks them).
 */
export function analyzeRfmFeatures(features: RfmFeatures, options: RfmOptions = {}): RfmResult {
  const bins = options.bins ?? 5;
  const rule = options.rule ?? "quantiles";
  const map = segmentMapFor(options);
  const { ids, recency, frequency, monetary, aov } = features;
  const score = (values: Float64Array, invert: boolean): Scoring =>
    rule === "quantiles"
      ? scoreByQuantiles(values, bins, { invert })
      : scoreByEqualGroups(values, ids, bins, { invert });
  const r = score(recency, true);
  const f = score(frequency, false);
  const m = score(monetary, false);

  const years = windowYears(features, options.windowMonths);

  const customers: RfmCustomer[] = new Array<RfmCustomer>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const yearlySpend = years > 0 ? monetary[i] / years : 0;
    const { placedBy, segment } = placeInMap(
      map,
      bins,
      r.scores[i],
      f.scores[i],
      m.scores[i],
      yearlySpend
    );
    customers[i] = {
      id: ids[i],
      recency: recency[i],
      frequency: frequency[i],
      monetary: monetary[i],
      aov: aov[i],
      yearlySpend,
      r: r.scores[i],
      f: f.scores[i],
      m: m.scores[i],
      segment,
      placedBy,
    };
  }

  return {
    asOfDay: features.asOfDay,
    windowStartDay: features.windowStartDay,
    windowYears: years,
    bins,
    rule,
    map,
    customers,
    cutPoints: { recency: r.cutPoints, frequency: f.cutPoints, monetary: m.cutPoints },
    counts: { recency: r.counts, frequency: f.counts, monetary: m.counts },
    segments: segmentSummary(customers, map.segments),
    returnsOnly: features.returnsOnly,
    unreadableLines: features.unreadableLines,
  };
}
