/**
 * The j/k quantile of sorted values by R's type 7 definition (linear interpolation between order
 * statistics; the default of R's `quantile`, numpy's `percentile` and simple-statistics'
 * `quantileSorted` since 7.8.9): with h = (n − 1)·j/k, the value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])
 * (0-based). Hyndman & Fan (1996) "Sample quantiles in statistical packages", definition 7.
 *
 * Why not call simple-statistics directly: it computes h as (n − 1)·p with p = j/k already
 * rounded, so for p = 0.7 and n = 91 it gets h = 62.99999999999999 instead of 63 and returns a
 * cut a hair below x[63]. A customer whose value equals x[63] would then land above the cut and
 * get a different score than the same value a line below it. Here h is split into its integer
 * and fractional parts with exact integer arithmetic, so when h is whole the cut is exactly a data
 * value. Elsewhere the result equals simple-statistics' (the tests check both).
 *
 * @param sorted values in ascending order, at least one
 * @param j numerator, 0..k
 * @param k denominator, >= 1
 * @example quantileSortedFraction([1, 2, 3, 4, 10], 3, 10) // => 2.2, R: quantile(c(1,2,3,4,10), .3)
 */
export function quantileSortedFraction(sorted: ArrayLike<number>, j: number, k: number): number {
  return quantileOfOrderStatistics(sorted.length, j, k, (i) => sorted[i]);
}

/**
 * The same quantile when the values are not held sorted but their order statistics can be asked
 * for: `nth(i)` is the i-th smallest of the n values (0-based). Only two are read, so a structure
 * that answers order statistics (the segments on many days, segmentsOnDays.ts) gets the exact
 * cut `quantileSortedFraction` would give without sorting.
 */
export function quantileOfOrderStatistics(
  n: number,
  j: number,
  k: number,
  nth: (i: number) => number
): number {
  if (n === 0) throw new RangeError("quantile of no values");
  const scaled = (n - 1) * j; // an exact integer for any realistic n
  const lower = Math.floor(scaled / k);
  const remainder = scaled - lower * k;
  if (remainder === 0) return nth(lower);
  const a = nth(lower);
  const b = nth(lower + 1);
  return a === b ? a : a + (remainder / k) * (b - a);
}
