import { quantileOfOrderStatistics } from "./quantile";

/**
 * The k − 1 cut points `scoreByQuantiles` draws (the j/k quantiles, R type 7, for j = 1..k − 1)
 * without sorting the values: only the two order statistics each quantile reads are found, by
 * selection (Hoare's "Find", CACM 1961, for several positions at once, with a three-way
 * partition so that many equal values stay linear). For the month-end segments, which score every customer a dozen times, this is
 * several times faster than a sort and gives the very same numbers.
 *
 * @param values at least one; not modified
 * @param scratch room for the values' copy that selection rearranges (a caller that draws cuts
 *   many times reuses one); a fresh copy without it
 * @example quantileCuts(Float64Array.of(12, 1, 6, 1, 2, 4, 1, 3, 2, 1), 5) // => [1, 1.6, 2.4, 4.4]
 */
export function quantileCuts(
  values: ArrayLike<number>,
  k: number,
  scratch?: Float64Array
): number[] {
  const n = values.length;
  const positions = new Set<number>();
  for (let j = 1; j < k; j++) {
    const lower = Math.floor(((n - 1) * j) / k);
    positions.add(lower);
    if (lower + 1 < n) positions.add(lower + 1);
  }
  let work: Float64Array;
  if (scratch !== undefined && scratch.length >= n) {
    work = scratch.subarray(0, n);
    for (let i = 0; i < n; i++) work[i] = values[i];
  } else work = Float64Array.from(values);
  selectAll(
    work,
    0,
    n - 1,
    [...positions].sort((a, b) => a - b)
  );
  const cuts: number[] = [];
  for (let j = 1; j < k; j++) cuts.push(quantileOfOrderStatistics(n, j, k, (i) => work[i]));
  return cuts;
}

/**
 * `quantileCuts` of non-negative whole numbers (days, counts), from how many times each value
 * occurs: one pass to count, one over the counts; no partition at all. Falls back to
 * `quantileCuts` when the values are too spread out for counts to pay.
 */
export function quantileCutsOfWholeNumbers(values: ArrayLike<number>, k: number): number[] {
  const n = values.length;
  let max = 0;
  for (let j = 0; j < n; j++) if (values[j] > max) max = values[j];
  if (max > 4 * n + 1024) return quantileCuts(values, k);
  const counts = new Int32Array(max + 1);
  for (let j = 0; j < n; j++) counts[values[j]]++;
  // Running counts: atMost[v] values are <= v. The i-th smallest is the first v with more than i.
  const atMost = counts;
  for (let v = 1; v <= max; v++) atMost[v] += atMost[v - 1];
  const nth = (i: number): number => {
    let low = 0;
    let high = max;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (atMost[mid] > i) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const cuts: number[] = [];
  for (let j = 1; j < k; j++) cuts.push(quantileOfOrderStatistics(n, j, k, nth));
  return cuts;
}

/** True when every value is a non-negative whole number: `quantileCutsOfWholeNumbers` serves. */
export function areWholeNumbers(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0 && Number.isInteger(v))) return false;
  }
  return true;
}

/**
 * Rearranges a[left..right] so that each of the ascending positions holds the value a sort would
 * put there: one partition, then each side only for the positions that fall in it.
 */
function selectAll(a: Float64Array, left: number, right: number, positions: number[]): void {
  while (left < right && positions.length > 0) {
    const pivot = medianOfThree(a[left], a[(left + right) >>> 1], a[right]);
    // Three-way partition: [left, lt) < pivot, [lt, i) = pivot, (gt, right] > pivot.
    let lt = left;
    let gt = right;
    let i = left;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else i++;
    }
    const below = positions.filter((p) => p < lt);
    const above = positions.filter((p) => p > gt);
    if (below.length > 0) selectAll(a, left, lt - 1, below);
    left = gt + 1;
    positions = above;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
