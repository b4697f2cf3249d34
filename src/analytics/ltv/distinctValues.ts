/**
 * Distinct values of a column and, for each row, the position of its value among them. The
 * model likelihoods spend their time in log/lgamma of per-row quantities; many rows share a
 * value (integer frequencies, T rounded to a day or a week), so each is computed once a value.
 */
export interface DistinctValues {
  values: Float64Array;
  /** index[i] is the position of row i's value in `values`. */
  index: Int32Array;
  /** How many rows hold each value. */
  counts: Float64Array;
}

/** Indexes `column` by its distinct values (in order of first appearance). */
export function distinctValues(column: ArrayLike<number>): DistinctValues {
  const position = new Map<number, number>();
  const values: number[] = [];
  const counts: number[] = [];
  const index = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    let k = position.get(v);
    if (k === undefined) {
      k = values.length;
      position.set(v, k);
      values.push(v);
      counts.push(0);
    }
    counts[k]++;
    index[i] = k;
  }
  return { values: Float64Array.from(values), index, counts: Float64Array.from(counts) };
}
