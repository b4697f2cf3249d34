/**
 * A multiset of small integers 0..size−1 that answers "the i-th smallest" in O(log size) after
 * each insert or remove: a Fenwick (binary indexed) tree of counts, Fenwick (1994) "A new data
 * structure for cumulative frequency tables". It lets the segments on many days
 * (segmentsOnDays.ts) read the two order statistics each quantile cut needs without sorting
 * every customer again on every day.
 */
export class CountsByRank {
  private readonly tree: Int32Array;
  private readonly top: number;
  private total = 0;

  constructor(readonly size: number) {
    this.tree = new Int32Array(size + 1);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    this.top = top;
  }

  get count(): number {
    return this.total;
  }

  add(rank: number, delta: 1 | -1): void {
    this.total += delta;
    for (let i = rank + 1; i <= this.size; i += i & -i) this.tree[i] += delta;
  }

  /** The rank of the i-th smallest element (0-based); i must be below `count`. */
  nth(i: number): number {
    let position = 0;
    let remaining = i + 1;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = position + step;
      if (next <= this.size && this.tree[next] < remaining) {
        position = next;
        remaining -= this.tree[next];
      }
    }
    // `position` is the last 1-based index whose prefix count is below i + 1: the element sits
    // at the next index, which is its 0-based rank plus one.
    return position;
  }
}
