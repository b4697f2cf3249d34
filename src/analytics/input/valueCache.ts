/**
 * Remembers what a pure parse gave for a cell text, per column: exports repeat the same date and
 * price texts over and over ("12/1/2010 8:26", "2.55"), and parsing each again costs more than a
 * look-up. Bounded: past MAX_ENTRIES texts of a column, new texts are parsed and not kept, so a
 * column of all-distinct values costs no more memory than the cap.
 */
const MAX_ENTRIES = 1 << 16;

export class ColumnValueCache<V> {
  private readonly columns = new Map<number, Map<string, V>>();

  /** parse(text), taken from the cache of `column` when that text was parsed before. */
  get(column: number, text: string, parse: (text: string) => V): V {
    let cache = this.columns.get(column);
    if (!cache) {
      cache = new Map();
      this.columns.set(column, cache);
    }
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as V;
    const value = parse(text);
    if (cache.size < MAX_ENTRIES) cache.set(text, value);
    return value;
  }
}
