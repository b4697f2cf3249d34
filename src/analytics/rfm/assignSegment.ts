import type { RfmFeatures } from "./features";
import { MAP_BINS, type ScoreSegmentMap, type SegmentMap } from "./segmentMaps";

/**
 * A score of k bins read on the 5-bin grid the maps are written on: the 5-bin score at the middle
 * of its quantile range, round((s − ½)·5/k + ½). k = 5 is unchanged; k = 10 gives 1,1,2,2,..,5,5;
 * k = 4 gives 1,2,4,5; k = 3 gives 1,3,5.
 */
export function toMapScore(score: number, k: number): number {
  if (k === MAP_BINS) return score;
  return Math.round(((score - 0.5) * MAP_BINS) / k + 0.5);
}

/**
 * Where a customer's scores (1..bins) or yearly spend place them in a map: the index of the rule
 * (score maps) or band that placed them, and the segment's id.
 */
export function placeInMap(
  map: SegmentMap,
  bins: number,
  r: number,
  f: number,
  m: number,
  yearlySpend: number
): { placedBy: number; segment: string } {
  if (map.kind === "scores") {
    const placedBy = ruleOf(map, toMapScore(r, bins), toMapScore(f, bins), toMapScore(m, bins));
    return { placedBy, segment: map.rules[placedBy].segment };
  }
  const placedBy = bandOf(map.thresholds, yearlySpend);
  return { placedBy, segment: `band${placedBy + 1}` };
}

/** Indexes of every rule of the map that the cell (r, f, m) satisfies, in rule order. */
export function matchingRules(map: ScoreSegmentMap, r: number, f: number, m: number): number[] {
  const matches: number[] = [];
  map.rules.forEach((rule, i) => {
    if (inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m)) matches.push(i);
  });
  return matches;
}

/** Index of the first rule the cell (r, f, m) on the 5-bin grid satisfies; -1 when none. */
export function ruleOf(map: ScoreSegmentMap, r: number, f: number, m: number): number {
  const rules = map.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m)) return i;
  }
  return -1;
}

/**
 * Band index (0 = lowest) of a yearly spend: the number of thresholds strictly below it, so a
 * spend equal to a threshold stays in the band below, like a value equal to a score cut point.
 */
export function bandOf(thresholds: readonly number[], yearlySpend: number): number {
  let band = 0;
  while (band < thresholds.length && yearlySpend > thresholds[band]) band++;
  return band;
}

/**
 * Length of the window in years, the divisor of yearly spend: N months / 12 for a window of the
 * last N months (so "last 12 months" is exactly one year); for all history, the days from the
 * first transaction to the as-of day (at least one) / 365.25. 0 when there is no data.
 */
export function windowYears(
  features: Pick<RfmFeatures, "asOfDay" | "firstDataDay">,
  windowMonths: number | undefined
): number {
  if (features.asOfDay === null || features.firstDataDay === null) return 0;
  if (windowMonths !== undefined) return windowMonths / 12;
  return Math.max(1, features.asOfDay - features.firstDataDay) / 365.25;
}

function inRange(score: number, range: readonly [number, number]): boolean {
  return score >= range[0] && score <= range[1];
}
