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
  ids: Uint32Array;
  /** How many texts (ids 1..count); their strings are made by done(). */
  private count = 0;
  /** The texts not ASCII (or given as strings), decoded when first met, and their ids. */
  private readonly decoded: string[] = [];
  private readonly decodedIds: number[] = [];
  /**
   * Open addressing, two numbers a slot: a text's hash and id (0: free), at its hash's slot or
   * after it; the hash beside the id spares a look at the bytes of most texts that differ.
   */
  private slots: Int32Array | null = null;
  /**
   * Per id: where its bytes start in `copies`; they end where the next id's start (the entry
   * after the last id is where the copies end). One array, not a second of lengths: the start
   * and end of a text met in the table are in one cache line.
   */
  private starts = new Int32Array(4);
  /** The column's distinct texts' bytes, end to end. */
  private copies: DataView = new DataView(new ArrayBuffer(0));
  private copied = 0;
  private seen = 0;
  /** The previous cell looked up: its bytes (where they are), length and id. */
  private lastSource: DataView = new DataView(new ArrayBuffer(0));
  private lastStart = 0;
  private lastLength = -1;
  private lastId = 0;

  constructor(lines: number) {
    this.ids = new Uint32Array(lines);
    // Set here, after null: V8 then knows from the start that the field changes (to a bigger
    // table, to null), and the table and `starts` start small so that they first grow within
    // the first lines. A field first changed after the scan was optimised (a growth at 512
    // texts, the switch to one text per cell) threw away the optimised scan, run slowly again
    // until optimised anew (--trace-deopt: "code dependencies").
    this.slots = new Int32Array(16);
  }

  /**
   * Row `row` holds source[start..stop) (not empty); `source` is the file, or `text`'s UTF-8
   * bytes when `text` is given. False when the bytes are not UTF-8. A cell is hashed only when
   * it is looked up in the table: not when it repeats the previous cell (most cells of a
   * customer or invoice column), nor once the column numbers every cell anew.
   */
  set(row: number, source: DataView, start: number, stop: number, text?: string): boolean {
    const slots = this.slots;
    if (slots === null) {
      const id = this.add(source, start, stop - start, text);
      if (id < 0) return false;
      this.ids[row] = id;
      return true;
    }
    const length = stop - start;
    if (
      length === this.lastLength &&
      sameBytes(this.lastSource, this.lastStart, source, start, length)
    ) {
      // The text of the column's previous cell (a customer's, an invoice's lines in a row): the
      // bytes compared are near, where the table's slot and copy are far apart in memory.
      this.ids[row] = this.lastId;
      this.counted();
      return true;
    }
    return this.lookUp(row, source, start, stop, text);
  }

  /**
   * set() of a cell not the previous one: looked up in the table. Apart from set's test of the
   * previous cell, which the split then inlines (with both in one, the split no longer inlined it).
   */
  private lookUp(
    row: number,
    source: DataView,
    start: number,
    stop: number,
    text?: string
  ): boolean {
    const slots = this.slots!;
    const length = stop - start;
    const hash = hashOfBytes(source, start, stop);
    this.lastSource = source;
    this.lastStart = start;
    this.lastLength = length;
    const mask = slots.length - 2;
    let slot = (spread(hash) << 1) & mask;
    for (;;) {
      const id = slots[slot + 1];
      if (id === 0) {
        const newId = this.add(source, start, length, text);
        if (newId < 0) return false;
        slots[slot] = hash;
        slots[slot + 1] = newId;
        this.ids[row] = this.lastId = newId;
        if (newId * 4 > slots.length) this.grow();
        break;
      }
      if (
        slots[slot] === hash &&
        this.starts[id + 1] - this.starts[id] === length &&
        sameBytes(this.copies, this.starts[id], source, start, length)
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
    // The count compared at every cell: first met at cell PROBE_TEXTS, it deoptimised the scan.
    const seen = ++this.seen;
    if (this.count * 2 > seen && seen % PROBE_TEXTS === 0) this.slots = null;
  }

  /** Row `row` holds `text` (not empty), whose UTF-8 bytes are `encoded`. */
  setText(row: number, text: string, encoded: Uint8Array): void {
    this.set(row, viewOf(encoded), 0, encoded.length, text);
  }

  /**
   * The id of a new text, its bytes copied (compared there: the file's are far apart); its text
   * made now when it is not ASCII (-1 when not UTF-8), else by done().
   */
  private add(source: DataView, start: number, length: number, text?: string): number {
    const id = this.count + 1;
    if (id + 1 >= this.starts.length) this.starts = grown(this.starts);
    if (this.copied + length > this.copies.byteLength) {
      const copies = new Uint8Array(Math.max(4096, 2 * (this.copied + length)));
      copies.set(new Uint8Array(this.copies.buffer, 0, this.copied));
      this.copies = viewOf(copies);
    }
    const { copies, copied } = this;
    // Four bytes at a time; `high` has a bit 0x80 set when a byte is past ASCII.
    let high = 0;
    let k = 0;
    for (; k + 4 <= length; k += 4) {
      const word = source.getInt32(start + k, true);
      copies.setInt32(copied + k, word, true);
      high |= word;
    }
    for (; k < length; k++) {
      const byte = source.getUint8(start + k);
      copies.setUint8(copied + k, byte);
      high |= byte;
    }
    const ascii = (high & 0x80808080) === 0;
    const decoded =
      text ??
      (ascii
        ? null
        : decodeUtf8(new Uint8Array(source.buffer, source.byteOffset + start, length), 0, length));
    if (!ascii && decoded === null) return -1;
    if (decoded !== null) {
      this.decoded.push(decoded);
      this.decodedIds.push(id);
    }
    this.count = id;
    this.copied += length;
    this.starts[id + 1] = this.copied;
    return id;
  }

  /**
   * The table doubled, its texts placed again in the order of their old slots: a text's new
   * slot is near its old one or as far again, so the slots are read and written in two runs
   * (placed in the order of their ids, the writes were all over the table, a cache miss each).
   */
  private grow(): void {
    const old = this.slots!;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 2;
    for (let at = 0; at < old.length; at += 2) {
      const id = old[at + 1];
      if (id === 0) continue;
      const hash = old[at];
      let slot = (spread(hash) << 1) & mask;
      while (slots[slot + 1] !== 0) slot = (slot + 2) & mask;
      slots[slot] = hash;
      slots[slot + 1] = id;
    }
    this.slots = slots;
  }

  /** Room for `lines` cells (the file's lines, estimated at first: csvBytes.ts). */
  growTo(lines: number): void {
    const ids = new Uint32Array(lines);
    ids.set(this.ids);
    this.ids = ids;
  }

  done(rows: number): TextColumn {
    const { count, starts } = this;
    // One byte, one character: an ASCII text's slice of it is its text. Pushed here in one
    // loop (an array without holes, as readCsvColumns' are), not one by one as they came.
    windows1252 ??= new TextDecoder("windows-1252");
    const all = windows1252.decode(new Uint8Array(this.copies.buffer, 0, this.copied));
    const texts: (string | null)[] = [null];
    for (let id = 1; id <= count; id++) texts.push(all.slice(starts[id], starts[id + 1]));
    const { decoded, decodedIds } = this;
    for (let k = 0; k < decoded.length; k++) texts[decodedIds[k]] = decoded[k];
    this.slots = null;
    this.copies = new DataView(new ArrayBuffer(0));
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

/** A DataView of all of `bytes`. */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A cell's hash, whatever its source: FNV-1a four bytes at a time, each step's high bits folded
 * down (a multiply carries a word's high byte only upwards); the last word ends at `stop`,
 * overlapping the one before it (a function of the bytes all the same, with no loop of bytes).
 */
function hashOfBytes(view: DataView, start: number, stop: number): number {
  let hash = FNV_OFFSET;
  if (stop - start < 4) {
    for (let i = start; i < stop; i++) hash = Math.imul(hash ^ view.getUint8(i), FNV_PRIME);
    return hash;
  }
  const last = stop - 4;
  for (let i = start; i < last; i += 4) {
    hash = Math.imul(hash ^ view.getInt32(i, true), FNV_PRIME);
    hash ^= hash >>> 15;
  }
  return Math.imul(hash ^ view.getInt32(last, true), FNV_PRIME);
}

/**
 * Whether a[from..from + length) and b[start..start + length) hold the same bytes: four at a
 * time, the last four overlapping the ones before.
 */
function sameBytes(a: DataView, from: number, b: DataView, start: number, length: number): boolean {
  if (length < 4) {
    for (let k = 0; k < length; k++)
      if (a.getUint8(from + k) !== b.getUint8(start + k)) return false;
    return true;
  }
  const last = length - 4;
  for (let k = 0; k < last; k += 4) {
    if (a.getInt32(from + k, true) !== b.getInt32(start + k, true)) return false;
  }
  return a.getInt32(from + last, true) === b.getInt32(start + last, true);
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
