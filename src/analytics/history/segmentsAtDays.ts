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
  lines: CustomerLines,
  options: Omit<RfmOptions, "asOf">,
  asOfDays: readonly number[]
): SegmentsAtDays | null {
  if (options.windowMonths !== undefined) return null;
  const bins = options.bins ?? 5;
  const map = segmentMapFor(options);
  const segmentIds = map.segments.map((s) => s.id);
  const segmentOf = segmentLookup(map, bins, segmentIds);
  const features = featuresAtDays(lines, asOfDays);
  const rule = options.rule ?? "quantiles";
  // One set of buffers for every day's scored customers (and the spend selection's work),
  // rather than a dozen fresh ones of the customers' size.
  const buffers = scoredBuffers(lines.ids.length);

  const segments = features.days.map((asOfDay, k) => {
    const out = new Int16Array(lines.ids.length).fill(-1);
    const day = scoredOnDay(features, k, lines.ids.length, buffers);
    const n = day.customer.length;
    if (n === 0) return out;
    const scores =
      rule === "quantiles"
        ? quantileScores(day, bins, buffers.work)
        : equalGroupScores(day, bins, lines.ids);
    const years = windowYears({ asOfDay, firstDataDay: features.firstDay }, undefined);
    for (let j = 0; j < n; j++) {
      const yearlySpend = years > 0 ? day.monetary[j] / years : 0;
      out[day.customer[j]] = segmentOf(scores.r[j], scores.f[j], scores.m[j], yearlySpend);
    }
    return out;
  });
  return { segmentIds, days: features.days, segments };
}

/** The customers scored on one day (those with a purchase before it) and their features. */
interface ScoredOnDay {
  customer: Int32Array;
  recency: Int32Array;
  frequency: Int32Array;
  monetary: Float64Array;
}

/** Room for every customer: each day's scored customers are a prefix of these. */
interface ScoredBuffers extends ScoredOnDay {
  /** Scratch for the spend's cut points (quantileCuts). */
  work: Float64Array;
}

function scoredBuffers(customers: number): ScoredBuffers {
  return {
    customer: new Int32Array(customers),
    recency: new Int32Array(customers),
    frequency: new Int32Array(customers),
    monetary: new Float64Array(customers),
    work: new Float64Array(customers),
  };
}

/** Day k's scored customers, in (views of) the buffers: valid until the next day is read. */
function scoredOnDay(
  features: FeaturesAtDays,
  k: number,
  customers: number,
  buffers: ScoredBuffers
): ScoredOnDay {
  const from = k * customers;
  const width = features.days.length;
  const { occasions, recency, spend } = features;
  let n = 0;
  for (let c = 0; c < customers; c++) {
    const i = from + c;
    if (occasions[i] === 0) continue;
    buffers.customer[n] = c;
    buffers.recency[n] = recency[i];
    buffers.frequency[n] = occasions[i];
    buffers.monetary[n++] = spend[c * width + k];
  }
  return {
    customer: buffers.customer.subarray(0, n),
    recency: buffers.recency.subarray(0, n),
    frequency: buffers.frequency.subarray(0, n),
    monetary: buffers.monetary.subarray(0, n),
  };
}

interface ScoresOfDay {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/** `scoreByQuantiles` of each metric (recency inverted), its cut points drawn without a sort. */
function quantileScores(day: ScoredOnDay, bins: number, work: Float64Array): ScoresOfDay {
  const n = day.customer.length;
  const scoreOf = (value: number, cuts: number[], invert: boolean) => {
    const group = groupOf(value, cuts);
    return invert ? bins + 1 - group : group;
  };
  // Days and counts are small whole numbers: each value's score looked up, not searched.
  const wholeScores = (values: Int32Array, invert: boolean) => {
    const cuts = quantileCutsOfWholeNumbers(values, bins);
    let max = 0;
    for (let j = 0; j < n; j++) if (values[j] > max) max = values[j];
    const scores = new Uint8Array(n);
    if (max > 4 * n + 1024) {
      for (let j = 0; j < n; j++) scores[j] = scoreOf(values[j], cuts, invert);
      return scores;
    }
    const byValue = new Uint8Array(max + 1);
    for (let v = 0; v <= max; v++) byValue[v] = scoreOf(v, cuts, invert);
    for (let j = 0; j < n; j++) scores[j] = byValue[values[j]];
    return scores;
  };
  const spendCuts = quantileCuts(day.monetary, bins, work);
  const m = new Uint8Array(n);
  for (let j = 0; j < n; j++) m[j] = scoreOf(day.monetary[j], spendCuts, false);
  return { r: wholeScores(day.recency, true), f: wholeScores(day.frequency, false), m };
}

/** `scoreByEqualGroups` of each metric (ties broken by customer id, as `analyzeRfm` does). */
function equalGroupScores(day: ScoredOnDay, bins: number, ids: readonly string[]): ScoresOfDay {
  const scoredIds = Array.from(day.customer, (c) => ids[c]);
  const score = (values: ArrayLike<number>, invert: boolean): Scoring =>
    scoreByEqualGroups(Float64Array.from(values), scoredIds, bins, { invert });
  return {
    r: score(day.recency, true).scores,
    f: score(day.frequency, false).scores,
    m: score(day.monetary, false).scores,
  };
}
