/**
 * Texts numbered in order of first appearance, looked up in an open-addressing table of typed
 * arrays: a Map of half a million short texts cut from a file's text took 0.4 s to fill, this
 * table 0.17 s (a Map hashes, and flattens, every sliced string it keeps as a key).
 */
export class TextNumbering {
  /** The texts, by number. */
  readonly texts: string[] = [];
  /**
   * Two numbers a slot, side by side (a probe reads one cache line): a text's hash, and its
   * number + 1 (0: a free slot). At most 70 % of the slots are used.
   */
  private slots: Int32Array;

  /** `expected`: how many texts may come, when known (the table is then not grown as they do). */
  constructor(expected = 0) {
    let size = 1024;
    while (size * 7 < expected * 10) size *= 2;
    this.slots = new Int32Array(2 * size);
  }

  /** The number of `text`: its own when it was seen before, else the next one. */
  number(text: string): number {
    const hash = hashOfText(text);
    const { slots, texts } = this;
    const mask = slots.length - 2;
    for (let slot = (spread(hash) << 1) & mask; ; slot = (slot + 2) & mask) {
      const id = slots[slot + 1] - 1;
      if (id < 0) {
        slots[slot] = hash;
        slots[slot + 1] = texts.push(text);
        if (texts.length * 20 > slots.length * 7) this.grow();
        return texts.length - 1;
      }
      if (slots[slot] === hash && texts[id] === text) return id;
    }
  }

  /** The table doubled, its texts placed again by their kept hashes. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 2;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      const hash = old[at];
      let slot = (spread(hash) << 1) & mask;
      while (slots[slot + 1] !== 0) slot = (slot + 2) & mask;
      slots[slot] = hash;
      slots[slot + 1] = old[at + 1];
    }
    this.slots = slots;
  }
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/**
 * A hash's bits mixed down (murmur3's finaliser): FNV-1a's low bits, the slot's, depend on the
 * characters' low bits only, and short texts of digits crowd a few slots without this.
 */
export function spread(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over the UTF-16 code units of source[start..stop) (all of it by default). */
export function hashOfText(source: string, start = 0, stop = source.length): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < stop; i++) hash = Math.imul(hash ^ source.charCodeAt(i), FNV_PRIME);
  return hash;
}
