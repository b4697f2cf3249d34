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

/** Small non-negative integers (frequencies) are looked up in an array instead of a Map. */
const DIRECT_LOOKUP_LIMIT = 1 << 16;

function isSmallCount(column: ArrayLike<number>): boolean {
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (!(v >= 0 && v < DIRECT_LOOKUP_LIMIT && Math.floor(v) === v)) return false;
  }
  return true;
}

/** Indexes `column` by its distinct values (in order of first appearance). */
export function distinctValues(column: ArrayLike<number>): DistinctValues {
  const position = isSmallCount(column) ? new DirectLookup() : new Map<number, number>();
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

/** A Map<number, number> over 0..DIRECT_LOOKUP_LIMIT-1 backed by an array. */
class DirectLookup {
  private readonly slots = new Int32Array(DIRECT_LOOKUP_LIMIT).fill(-1);
  get(key: number): number | undefined {
    const k = this.slots[key];
    return k < 0 ? undefined : k;
  }
  set(key: number, value: number): void {
    this.slots[key] = value;
  }
}

export interface DistinctPairs {
  /** The distinct (first, second) pairs, in order of first appearance. */
  first: Float64Array;
  second: Float64Array;
  /** index[i] is the position of row i's pair. */
  index: Int32Array;
}

/**
 * Distinct pairs of two columns (e.g. frequency and T, on which the BG/NBD predictions depend
 * before P(alive)), found through the distinct values of each column.
 */
export function distinctPairs(a: ArrayLike<number>, b: ArrayLike<number>): DistinctPairs {
  const da = distinctValues(a);
  const db = distinctValues(b);
  const kb = db.values.length;
  const position = new Map<number, number>();
  const first: number[] = [];
  const second: number[] = [];
  const index = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const key = da.index[i] * kb + db.index[i];
    let k = position.get(key);
    if (k === undefined) {
      k = first.length;
      position.set(key, k);
      first.push(a[i]);
      second.push(b[i]);
    }
    index[i] = k;
  }
  return { first: Float64Array.from(first), second: Float64Array.from(second), index };
}
