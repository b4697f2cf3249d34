import type { TextColumn } from "../analytics/domain";
import * as csvColumns from "./csvColumns";

/** Module constants, not imported bindings read through a getter at each use (see csvBytes.ts). */
const { FNV_OFFSET, FNV_PRIME, PROBE_TEXTS, spread } = csvColumns;

/**
 * readCsvColumns' ColumnBuilder over a file's bytes: a cell is looked up by a hash of its bytes,
 * then compared byte for byte with the bytes of the texts already numbered (copied end to end,
 * closer together than in the file). Same ids, same texts in the same order, and the same switch
 * to one text per cell for a column of mostly distinct texts. The ASCII texts are decoded at the
 * end, all at once (a string per text built from its bytes cost 0.6 us, as much as the scan of
 * its line): the copies as one string, each text a slice of it.
 */
export class ByteColumn {
  readonly ids: Uint32Array;
  private readonly texts: (string | null)[] = [null];
  /**
   * Open addressing, two numbers a slot: a text's hash and id (0: free), at its hash's slot or
   * after it; the hash beside the id spares a look at the bytes of most texts that differ.
   */
  private slots: Int32Array | null = new Int32Array(2048);
  /** Per id: where its bytes start in `copies`, their length, their hash. */
  private starts = new Int32Array(512);
  private lengths = new Int32Array(512);
  private hashes = new Int32Array(512);
  /** The column's distinct texts' bytes, end to end. */
  private copies: Uint8Array = new Uint8Array(0);
  private copied = 0;
  private seen = 0;
  /** The previous cell looked up: its bytes (where they are), length and id. */
  private lastSource: Uint8Array = new Uint8Array(0);
  private lastStart = 0;
  private lastLength = -1;
  private lastId = 0;

  constructor(lines: number) {
    this.ids = new Uint32Array(lines);
  }

  /**
   * Row `row` holds source[start..stop) (not empty); `source` is the file, or `text`'s UTF-8
   * bytes when `text` is given. False when the bytes are not UTF-8. A cell is hashed only when
   * it is looked up in the table: not when it repeats the previous cell (most cells of a
   * customer or invoice column), nor once the column numbers every cell anew.
   */
  set(row: number, source: Uint8Array, start: number, stop: number, text?: string): boolean {
    const slots = this.slots;
    if (slots === null) {
      const id = this.add(source, start, stop - start, 0, text);
      if (id < 0) return false;
      this.ids[row] = id;
      return true;
    }
    const length = stop - start;
    if (length === this.lastLength && this.sameAsLast(source, start)) {
      // The text of the column's previous cell (a customer's, an invoice's lines in a row): the
      // bytes compared are near, where the table's slot and copy are far apart in memory.
      this.ids[row] = this.lastId;
      this.counted();
      return true;
    }
    const hash = hashOfBytes(source, start, stop);
    this.lastSource = source;
    this.lastStart = start;
    this.lastLength = length;
    const mask = slots.length - 2;
    let slot = (spread(hash) << 1) & mask;
    for (;;) {
      const id = slots[slot + 1];
      if (id === 0) {
        const newId = this.add(source, start, length, hash, text);
        if (newId < 0) return false;
        slots[slot] = hash;
        slots[slot + 1] = newId;
        this.ids[row] = this.lastId = newId;
        if (newId * 4 > slots.length) this.grow();
        break;
      }
      if (
        slots[slot] === hash &&
        this.lengths[id] === length &&
        this.sameBytes(id, source, start, length)
      ) {
        this.ids[row] = this.lastId = id;
        break;
      }
      slot = (slot + 2) & mask;
    }
    this.counted();
    return true;
  }

  /** One more cell looked up: past PROBE_TEXTS of them, mostly distinct ones stop the lookup. */
  private counted(): void {
    if (++this.seen % PROBE_TEXTS === 0 && (this.texts.length - 1) * 2 > this.seen) {
      this.slots = null;
    }
  }

  /** Whether source[start..) holds the previous cell's bytes (its length checked). */
  private sameAsLast(source: Uint8Array, start: number): boolean {
    const last = this.lastSource;
    const from = this.lastStart;
    for (let k = 0; k < this.lastLength; k++)
      if (last[from + k] !== source[start + k]) return false;
    return true;
  }

  /** Row `row` holds `text` (not empty), whose UTF-8 bytes are `encoded`. */
  setText(row: number, text: string, encoded: Uint8Array): void {
    this.set(row, encoded, 0, encoded.length, text);
  }

  private sameBytes(id: number, source: Uint8Array, start: number, length: number): boolean {
    const { copies } = this;
    const from = this.starts[id];
    for (let k = 0; k < length; k++) if (copies[from + k] !== source[start + k]) return false;
    return true;
  }

  /**
   * The id of a new text, its bytes copied (compared there: the file's are far apart); its text
   * made now when it is not ASCII (-1 when not UTF-8), else by done(). `hash` is kept for the
   * table (0 once there is none).
   */
  private add(
    source: Uint8Array,
    start: number,
    length: number,
    hash: number,
    text?: string
  ): number {
    const id = this.texts.length;
    if (id >= this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.hashes = grown(this.hashes);
    }
    if (this.copied + length > this.copies.length) {
      const copies = new Uint8Array(Math.max(4096, 2 * (this.copied + length)));
      copies.set(this.copies.subarray(0, this.copied));
      this.copies = copies;
    }
    const { copies, copied } = this;
    let high = 0;
    for (let k = 0; k < length; k++) high |= copies[copied + k] = source[start + k];
    const decoded = text ?? (high >= 0x80 ? decodeUtf8(source, start, start + length) : null);
    if (high >= 0x80 && decoded === null) return -1;
    this.texts.push(decoded);
    this.starts[id] = copied;
    this.copied += length;
    this.lengths[id] = length;
    this.hashes[id] = hash;
    return id;
  }

  /** The table doubled, its texts placed again. */
  private grow(): void {
    const slots = new Int32Array(this.slots!.length * 2);
    const mask = slots.length - 2;
    for (let id = 1; id < this.texts.length; id++) {
      const hash = this.hashes[id];
      let slot = (spread(hash) << 1) & mask;
      while (slots[slot + 1] !== 0) slot = (slot + 2) & mask;
      slots[slot] = hash;
      slots[slot + 1] = id;
    }
    this.slots = slots;
  }

  done(rows: number): TextColumn {
    const { texts, starts, lengths } = this;
    // One byte, one character: an ASCII text's slice of it is its text.
    windows1252 ??= new TextDecoder("windows-1252");
    const all = windows1252.decode(this.copies.subarray(0, this.copied));
    for (let id = 1; id < texts.length; id++) {
      if (texts[id] === null) texts[id] = all.slice(starts[id], starts[id] + lengths[id]);
    }
    this.slots = null;
    this.copies = new Uint8Array(0);
    return { ids: this.ids.subarray(0, rows), texts };
  }
}

// Made on first use: a module-level TextDecoder would fail to load where there is none (jsdom).
let utf8: TextDecoder | undefined;
let windows1252: TextDecoder | undefined;
/** bytes[from..to) as UTF-8 text, null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array, from: number, to: number): string | null {
  try {
    utf8 ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    return utf8.decode(bytes.subarray(from, to));
  } catch {
    return null;
  }
}

/** FNV-1a over bytes[start..stop): a cell's hash, whatever its source. */
export function hashOfBytes(bytes: Uint8Array, start: number, stop: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < stop; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return hash;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
