import { checkBins, type ScoreOptions, type Scoring } from "./scoreByQuantiles";

/**
 * Scores 1..k in groups of equal size, like SQL's `NTILE(k) OVER (ORDER BY value, id)`: for users
 * who want balanced groups more than tied values kept together.
 *
 * Order: ascending value (descending with `invert`, so the most recent customers get k), ties
 * broken by ascending customer id compared as text (code-unit order, the same on every machine):
 * among equal values, the smaller id gets the lower score. Group sizes differ by at most one, the
 * larger groups first in that order (n = 11, k = 5: 3, 2, 2, 2, 2), as NTILE does.
 *
 * Equal values CAN get different scores here; a larger value still never gets a lower score.
 * cutPoints[j − 1] is the largest value in the j lowest-value groups; a value equal to it may sit
 * on either side of the line (the id decides). When n < k the groups past n are empty; an empty
 * group's line repeats the one below it (the smallest value when there is none).
 *
 * @example
 * scoreByEqualGroups([1, 1, 1, 1, 2, 2, 3, 4, 6, 12], ["a","b","c","d","e","f","g","h","i","j"], 5)
 * // sizes 2,2,2,2,2 in (value, id) order -> scores [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
 * // cutPoints [1, 1, 2, 4], counts [2, 2, 2, 2, 2]
 */
export function scoreByEqualGroups(
  values: ArrayLike<number>,
  ids: readonly string[],
  k: number,
  options: ScoreOptions = {}
): Scoring {
  checkBins(k);
  const n = values.length;
  if (ids.length !== n) throw new RangeError("one id per value");
  const scores = new Uint8Array(n);
  const counts = new Array<number>(k).fill(0);
  if (n === 0) return { scores, cutPoints: [], counts };

  const direction = options.invert ? -1 : 1;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const byValue = direction * (values[a] - values[b]);
    if (byValue !== 0) return byValue;
    return ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0;
  });

  const base = Math.floor(n / k);
  const larger = n % k; // the first `larger` groups hold base + 1
  let rank = 0;
  for (let group = 1; group <= k; group++) {
    const size = group <= larger ? base + 1 : base;
    for (let s = 0; s < size; s++, rank++) scores[order[rank]] = group;
    counts[group - 1] = size;
  }

  // Lines on the value scale: the largest value of the j lowest-value groups.
  const maxOfGroup = new Array<number>(k).fill(-Infinity);
  let smallest = Infinity;
  for (let i = 0; i < n; i++) {
    const valueGroup = options.invert ? k + 1 - scores[i] : scores[i];
    if (values[i] > maxOfGroup[valueGroup - 1]) maxOfGroup[valueGroup - 1] = values[i];
    if (values[i] < smallest) smallest = values[i];
  }
  const cutPoints: number[] = [];
  let line = smallest;
  for (let j = 1; j < k; j++) {
    if (maxOfGroup[j - 1] !== -Infinity) line = maxOfGroup[j - 1];
    cutPoints.push(line);
  }
  return { scores, cutPoints, counts };
}
