import type { Transaction } from "../domain";
import { segmentMapFor, type RfmOptions } from "../rfm/analyzeRfm";
import { windowYears } from "../rfm/assignSegment";
import { scoreByEqualGroups } from "../rfm/scoreByEqualGroups";
import { quantileCuts, quantileCutsOfWholeNumbers } from "../rfm/quantileCuts";
import { groupOf, type Scoring } from "../rfm/scoreByQuantiles";
import { segmentLookup } from "../rfm/segmentLookup";
import type { CustomerLines } from "./customerLines";
import { featuresAtDays, type FeaturesAtDays } from "./featuresAtDays";

/** Every customer's segment as of each day: one array a day, indexed like `CustomerLines.ids`. */
export interface SegmentsAtDays {
  /** The map's segment ids: the values of `segments` index it; -1 for a customer not scored. */
  segmentIds: readonly string[];
  /** segments[k][c]: segment of customer c as of `days[k]` (the days as asked, ascending). */
  days: readonly number[];
  segments: Int16Array[];
}

/**
 * The segment `analyzeRfm(transactions, { ...options, asOf: day })` gives each customer, for a
 * few days (the month-ends), from the features of all the days in one pass (`featuresAtDays`)
 * and then, day by day, the scores of the customers scored that day by the rule `analyzeRfm`
 * applies (quantile cut points with ties kept together, or equal groups) and the map's segment.
 * The quantile cut points come from counts (recency, frequency) or selection (spend) rather
 * than a sort (`quantileCuts`): the same numbers `scoreByQuantiles` draws, at a fraction of the
 * cost, a dozen times over.
 *
 * Returns null for a trailing window (`windowMonths`), whose lines differ from day to day: the
 * caller then runs `analyzeRfm` per day.
 */
export function segmentsAtDays(
  transactions: readonly Transaction[],
  lines: CustomerLines,
  options: Omit<RfmOptions, "asOf">,
  asOfDays: readonly number[]
): SegmentsAtDays | null {
  if (options.windowMonths !== undefined) return null;
  const bins = options.bins ?? 5;
  const map = segmentMapFor(options);
  const segmentIds = map.segments.map((s) => s.id);
  const segmentOf = segmentLookup(map, bins, segmentIds);
  const features = featuresAtDays(transactions, lines, asOfDays);
  const customers = lines.ids.length;
  const width = features.days.length;
  const { occasions, spend } = features;

  const segments = features.days.map((asOfDay, k) => {
    const out = new Int16Array(customers).fill(-1);
    let n = 0;
    const all = new Int32Array(customers);
    for (let c = 0, i = k; c < customers; c++, i += width) if (occasions[i] > 0) all[n++] = c;
    if (n === 0) return out;
    const scored = all.subarray(0, n);
    const scores =
      (options.rule ?? "quantiles") === "quantiles"
        ? quantileScores(features, k, scored, bins)
        : equalGroupScores(features, k, scored, bins, lines.ids);
    const years = windowYears({ asOfDay, firstDataDay: features.firstDay }, undefined);
    for (let j = 0; j < n; j++) {
      const c = scored[j];
      const yearlySpend = years > 0 ? spend[c * width + k] / years : 0;
      out[c] = segmentOf(scores.r[j], scores.f[j], scores.m[j], yearlySpend);
    }
    return out;
  });
  return { segmentIds, days: features.days, segments };
}

interface ScoresOfDay {
  r: ArrayLike<number>;
  f: ArrayLike<number>;
  m: ArrayLike<number>;
}

/** `scoreByQuantiles` of each metric over the customers scored as of day k (recency inverted). */
function quantileScores(
  features: FeaturesAtDays,
  k: number,
  scored: Int32Array,
  bins: number
): ScoresOfDay {
  const { occasions, lastPurchase, spend } = features;
  const width = features.days.length;
  const asOfDay = features.days[k];
  const n = scored.length;
  const recency = new Int32Array(n);
  const frequency = new Int32Array(n);
  const monetary = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const i = scored[j] * width + k;
    recency[j] = asOfDay - lastPurchase[i];
    frequency[j] = occasions[i];
    monetary[j] = spend[i];
  }
  const score = (values: Int32Array | Float64Array, invert: boolean): Uint8Array => {
    const cuts =
      values instanceof Int32Array
        ? quantileCutsOfWholeNumbers(values, bins)
        : quantileCuts(values, bins);
    const scores = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      const group = groupOf(values[j], cuts);
      scores[j] = invert ? bins + 1 - group : group;
    }
    return scores;
  };
  return { r: score(recency, true), f: score(frequency, false), m: score(monetary, false) };
}

/** `scoreByEqualGroups` of each metric (ties broken by customer id, as `analyzeRfm` does). */
function equalGroupScores(
  features: FeaturesAtDays,
  k: number,
  scored: Int32Array,
  bins: number,
  ids: readonly string[]
): ScoresOfDay {
  const width = features.days.length;
  const at = (c: number) => c * width + k;
  const recency = Float64Array.from(scored, (c) => features.days[k] - features.lastPurchase[at(c)]);
  const frequency = Float64Array.from(scored, (c) => features.occasions[at(c)]);
  const monetary = Float64Array.from(scored, (c) => features.spend[at(c)]);
  const scoredIds = Array.from(scored, (c) => ids[c]);
  const score = (values: Float64Array, invert: boolean): Scoring =>
    scoreByEqualGroups(values, scoredIds, bins, { invert });
  return {
    r: score(recency, true).scores,
    f: score(frequency, false).scores,
    m: score(monetary, false).scores,
  };
}
