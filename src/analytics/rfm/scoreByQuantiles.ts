import { quantileSortedFraction } from "./quantile";
import { areWholeNumbers, quantileCuts, quantileCutsOfWholeNumbers } from "./quantileCuts";

/** Scores 1..k for each value, the thresholds that produced them and how many got each score. */
export interface Scoring {
  /** scores[i] is the score of values[i], 1..k. */
  scores: Uint8Array;
  /**
   * k − 1 thresholds in ascending value order: cutPoints[j − 1] is the line between the j lowest
   * value groups and the rest (for an inverted metric the score of the lowest group is k).
   */
  cutPoints: number[];
  /** counts[s − 1] = how many values got score s; some can be 0. Sums to the number of values. */
  counts: number[];
}

export interface ScoreOptions {
  /** Give the highest score to the lowest values (recency: fewer days since purchase is better). */
  invert?: boolean;
}

/** The numbers of bins the pane and the CLI offer. */
export const SCORE_BINS = [3, 4, 5, 10] as const;
export type ScoreBins = (typeof SCORE_BINS)[number];

/**
 * Scores 1..k by quantile cut points, ties kept together.
 *
 * The cut points are the 1/k, 2/k, ..., (k−1)/k quantiles of the values (R type 7, see
 * `quantileSortedFraction`). A value's group is 1 + the number of cut points strictly below it:
 * groups are right-closed intervals (c[j−1], c[j]], as R's `cut(x, breaks, right = TRUE)` and
 * pandas' `qcut` make them. So a value exactly equal to a cut point falls in the group BELOW the
 * line: the cut point is the largest value of its group, and "where is the line between 3 and 4?"
 * reads "up to and including c". One rule for every metric; `invert` only relabels groups as
 * k + 1 − group afterwards, it never moves a line.
 *
 * Equal values always get equal scores, so when many values are tied some cut points coincide and
 * the scores between them stay empty (R's `cut` refuses such breaks; pandas drops them and
 * renumbers; here the score numbers keep their meaning and `counts` shows the empty ones).
 * A larger value never gets a lower score (a higher one, for `invert`).
 *
 * @example
 * // 10 customers' frequencies, k = 5
 * scoreByQuantiles([1, 1, 1, 1, 2, 2, 3, 4, 6, 12], 5)
 * // sorted, positions 0..9; the j/5 quantile sits at position 9·j/5:
 * //   0.2 -> 1.8 -> 1 + 0.8·(1 − 1) = 1      0.4 -> 3.6 -> 1 + 0.6·(2 − 1) = 1.6
 * //   0.6 -> 5.4 -> 2 + 0.4·(3 − 2) = 2.4    0.8 -> 7.2 -> 4 + 0.2·(6 − 4) = 4.4
 * // => cutPoints [1, 1.6, 2.4, 4.4]; 1 -> score 1; 2 -> 3; 3, 4 -> 4; 6, 12 -> 5
 * //    scores [1, 1, 1, 1, 3, 3, 4, 4, 5, 5], counts [4, 0, 2, 2, 2]
 */
export function scoreByQuantiles(
  values: ArrayLike<number>,
  k: number,
  options: ScoreOptions = {}
): Scoring {
  checkBins(k);
  const n = values.length;
  const scores = new Uint8Array(n);
  const counts = new Array<number>(k).fill(0);
  if (n === 0) return { scores, cutPoints: [], counts };
  // Days and counts by how many times each occurs, amounts by selection: the numbers a sort gives.
  const cutPoints = hasNaN(values)
    ? cutsBySort(values, k)
    : areWholeNumbers(values)
      ? quantileCutsOfWholeNumbers(values, k)
      : quantileCuts(values, k);
  for (let i = 0; i < n; i++) {
    const group = groupOf(values[i], cutPoints);
    const score = options.invert ? k + 1 - group : group;
    scores[i] = score;
    counts[score - 1]++;
  }
  return { scores, cutPoints, counts };
}

/**
 * The cut points from all the values sorted: for values with NaN, which a sort puts last but a
 * selection by comparisons cannot place. Otherwise quantileCuts.ts finds the same numbers by
 * counts or selection, without sorting every customer's value three times per RFM run.
 */
function cutsBySort(values: ArrayLike<number>, k: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const cutPoints: number[] = [];
  for (let j = 1; j < k; j++) cutPoints.push(quantileSortedFraction(sorted, j, k));
  return cutPoints;
}

function hasNaN(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) return true;
  return false;
}

/** 1 + the number of cut points strictly below the value (cut points ascending). */
export function groupOf(value: number, cutPoints: readonly number[]): number {
  let group = 1;
  while (group <= cutPoints.length && value > cutPoints[group - 1]) group++;
  return group;
}

export function checkBins(k: number): void {
  if (!(SCORE_BINS as readonly number[]).includes(k)) {
    throw new RangeError(`RFM scores need k in ${SCORE_BINS.join(", ")}; got ${k}`);
  }
}
