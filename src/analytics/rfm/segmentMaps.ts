/**
 * Segment maps as data: which segment each cell of the score grid (or each spend band) belongs
 * to, in an explicit rule order, with the i18n keys of each segment's name, one-line description
 * and recommended action (namespace "rfm"). Code never branches on a segment name.
 */

export type SegmentMapId = "classic" | "tiers3" | "bands";

/** A segment: its stable id (used in JSON and sheets) and the keys of its texts. */
export interface SegmentDefinition {
  id: string;
  nameKey: string;
  descriptionKey: string;
  actionKey: string;
  /** Placeholders of the name (value bands: their limits). */
  params?: Record<string, number>;
}

/** Inclusive score range on the 5-bin grid. */
export type ScoreRange = readonly [min: number, max: number];

/** "A customer whose R, F and M scores are all in these ranges belongs to `segment`". */
export interface ScoreRule {
  segment: string;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

/** A map over the 5 x 5 x 5 score grid. Rules are tried in order; the first that matches wins. */
export interface ScoreSegmentMap {
  id: "classic" | "tiers3";
  kind: "scores";
  /** Segments in presentation order (best first). */
  segments: readonly SegmentDefinition[];
  rules: readonly ScoreRule[];
}

/**
 * Value bands on yearly spend. Band b (0 = lowest) holds spends in (thresholds[b − 1],
 * thresholds[b]]: a spend equal to a threshold is in the band below it, the rule of the score
 * cut points.
 */
export interface BandSegmentMap {
  id: "bands";
  kind: "yearlySpend";
  /** Ascending thresholds of yearly spend. */
  thresholds: readonly number[];
  /** Segments in presentation order: the highest band first. */
  segments: readonly SegmentDefinition[];
}

export type SegmentMap = ScoreSegmentMap | BandSegmentMap;

/** The grid the score maps are written on. */
export const MAP_BINS = 5;

const ANY: ScoreRange = [1, 5];

function segment(id: string): SegmentDefinition {
  return {
    id,
    nameKey: `rfm:segments.${id}.name`,
    descriptionKey: `rfm:segments.${id}.description`,
    actionKey: `rfm:segments.${id}.action`,
  };
}

/**
 * The classic 11-segment R x F map (monetary is not used: F and M are strongly correlated and
 * the grid stays readable on one slide).
 *
 * Source: the R x F grid of the widely copied "RFM segmentation" guides, in the regular-expression
 * form of countless notebooks on the Online Retail data (R score then F score):
 * `[1-2][1-2]` hibernating, `[1-2][3-4]` at risk, `[1-2]5` can't lose them, `3[1-2]` about to
 * sleep, `33` need attention, `[3-4][4-5]` loyal, `41` promising, `51` new customers, `[4-5][2-3]`
 * potential loyalists, `5[4-5]` champions. That grid has 10 segments. The 11th, Lost, is the
 * segment Putler's 11-segment RFM table adds for the lowest recency and frequency; here it is the
 * corner R = 1, F = 1 (the oldest one-time buyers), carved out of Hibernating, which therefore
 * takes two boxes. Rules are disjoint (a test checks every cell), so their order never changes a
 * result.
 *
 *        F=1          F=2          F=3          F=4          F=5
 *  R=5   new          potential    potential    champions    champions
 *  R=4   promising    potential    potential    loyal        loyal
 *  R=3   aboutToSleep aboutToSleep needAttention loyal       loyal
 *  R=2   hibernating  hibernating  atRisk       atRisk       cantLose
 *  R=1   lost         hibernating  atRisk       atRisk       cantLose
 */
export const classicMap: ScoreSegmentMap = {
  id: "classic",
  kind: "scores",
  segments: [
    "champions",
    "loyal",
    "potentialLoyalists",
    "newCustomers",
    "promising",
    "needAttention",
    "aboutToSleep",
    "atRisk",
    "cantLose",
    "hibernating",
    "lost",
  ].map(segment),
  rules: [
    { segment: "champions", r: [5, 5], f: [4, 5], m: ANY },
    { segment: "loyal", r: [3, 4], f: [4, 5], m: ANY },
    { segment: "potentialLoyalists", r: [4, 5], f: [2, 3], m: ANY },
    { segment: "newCustomers", r: [5, 5], f: [1, 1], m: ANY },
    { segment: "promising", r: [4, 4], f: [1, 1], m: ANY },
    { segment: "needAttention", r: [3, 3], f: [3, 3], m: ANY },
    { segment: "aboutToSleep", r: [3, 3], f: [1, 2], m: ANY },
    { segment: "atRisk", r: [1, 2], f: [3, 4], m: ANY },
    { segment: "cantLose", r: [1, 2], f: [5, 5], m: ANY },
    { segment: "lost", r: [1, 1], f: [1, 1], m: ANY },
    { segment: "hibernating", r: [2, 2], f: [1, 2], m: ANY },
    { segment: "hibernating", r: [1, 1], f: [2, 2], m: ANY },
  ],
};

/**
 * Three tiers for a board slide. Rule order: first "At risk" (R 1-2: no purchase for longer than
 * 60 % of customers, whatever they spent: they are the ones to win back), then "VIP" (recent,
 * F 4-5 and M 4-5), then "Regular" (everyone else, written as two boxes so every cell matches
 * exactly one rule).
 */
export const tiers3Map: ScoreSegmentMap = {
  id: "tiers3",
  kind: "scores",
  segments: ["vip", "regular", "tierAtRisk"].map(segment),
  rules: [
    { segment: "tierAtRisk", r: [1, 2], f: ANY, m: ANY },
    { segment: "vip", r: [3, 5], f: [4, 5], m: [4, 5] },
    { segment: "regular", r: [3, 5], f: [1, 3], m: ANY },
    { segment: "regular", r: [3, 5], f: [4, 5], m: [1, 3] },
  ],
};

/** The example thresholds of DESIGN.md: > 500, 200-500, 100-200, 50-100, < 50 a year. */
export const DEFAULT_BAND_THRESHOLDS: readonly number[] = [50, 100, 200, 500];

/**
 * Value bands on yearly spend with the user's thresholds (ascending, positive, at least one).
 * Band ids are "band1" (lowest) .. "band<N+1>"; names carry their limits as params.
 */
export function bandsMap(thresholds: readonly number[] = DEFAULT_BAND_THRESHOLDS): BandSegmentMap {
  const bands = thresholds.length + 1;
  const segments: SegmentDefinition[] = [];
  for (let b = bands - 1; b >= 0; b--) {
    const position = b === bands - 1 ? "top" : b === 0 ? "bottom" : "middle";
    const shape = b === bands - 1 ? "above" : b === 0 ? "below" : "between";
    const params: Record<string, number> = {};
    if (b > 0) params.low = thresholds[b - 1];
    if (b < bands - 1) params.high = thresholds[b];
    segments.push({
      id: `band${b + 1}`,
      nameKey: `rfm:bands.${shape}`,
      descriptionKey: `rfm:bands.${position}.description`,
      actionKey: `rfm:bands.${position}.action`,
      params,
    });
  }
  return { id: "bands", kind: "yearlySpend", thresholds: [...thresholds], segments };
}

/** Why a set of band thresholds cannot be used, or null when it can. */
export function bandThresholdsProblem(thresholds: readonly number[]): string | null {
  if (thresholds.length === 0 || thresholds.length > 9) return "rfm:problems.bandCount";
  for (let i = 0; i < thresholds.length; i++) {
    if (!Number.isFinite(thresholds[i]) || thresholds[i] < 0) return "rfm:problems.bandValue";
    if (i > 0 && thresholds[i] <= thresholds[i - 1]) return "rfm:problems.bandOrder";
  }
  return null;
}
