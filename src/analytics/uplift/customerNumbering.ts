/**
 * Customer ids numbered 0, 1, 2, ... in order of first appearance, so that every step after the
 * reading indexes typed arrays by number. The table is open addressing with linear probing: an
 * Int32Array of number + 1 per slot (0: empty), at most three quarters full, sized from the
 * expected count; each number's hash is kept to skip most string comparisons and to grow without
 * hashing again. Why not a Map<string, number>: at 300,000 ids a Map costs twice the time (its
 * tables are four times larger, so most lookups miss the cache) and, as it grows, discards some
 * 30 MB of tables; numbering ids was the largest single cost of the uplift analysis.
 */
export class CustomerNumbering {
  /** The id of each number. */
  readonly ids: string[] = [];
  /** The hash of each number's id. */
  private hashes: Int32Array;
  /** number + 1 of the id in each slot; 0 when the slot is empty. */
  private table: Int32Array;

  constructor(expectedIds = 0) {
    let capacity = 16;
    while (3 * capacity < 4 * expectedIds) capacity *= 2;
    this.table = new Int32Array(capacity);
    this.hashes = new Int32Array(Math.max(16, expectedIds));
  }

  /** How many ids are numbered. */
  get size(): number {
    return this.ids.length;
  }

  /** The number of `id`, numbering it when it is new. */
  numberOf(id: string): number {
    const hash = hashOf(id);
    const slot = this.slotOf(id, hash);
    if (this.table[slot] > 0) return this.table[slot] - 1;
    const number = this.ids.length;
    if (number === this.hashes.length) {
      const hashes = new Int32Array(2 * number);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.ids.push(id);
    this.hashes[number] = hash;
    this.table[slot] = number + 1;
    if (4 * this.ids.length > 3 * this.table.length) this.grow();
    return number;
  }

  /** The number of `id`, or -1 when it was never numbered. */
  find(id: string): number {
    return this.table[this.slotOf(id, hashOf(id))] - 1;
  }

  /** The slot holding `id`, else the empty slot where it would go. */
  private slotOf(id: string, hash: number): number {
    const { table, hashes, ids } = this;
    const mask = table.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot];
      if (entry === 0 || (hashes[entry - 1] === hash && ids[entry - 1] === id)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Doubles the table and places every number again from its kept hash. */
  private grow(): void {
    const table = new Int32Array(2 * this.table.length);
    const mask = table.length - 1;
    for (let number = 0; number < this.ids.length; number++) {
      let slot = this.hashes[number] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = number + 1;
    }
    this.table = table;
  }
}

/**
 * 32-bit FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser so that ids differing
 * only in their last characters ("C1001", "C1002") spread over the low bits the table uses.
 */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
