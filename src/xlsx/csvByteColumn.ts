import type { TextColumn } from "../analytics/domain";
import * as csvColumns from "./csvColumns";

/** Module constants, not imported bindings read through a getter at each use (see csvBytes.ts). */
const { PROBE_TEXTS, spread } = csvColumns;

/**
 * readCsvColumns' ColumnBuilder over a file's bytes: a cell is looked up by a hash of its bytes,
 * then compared byte for byte with the bytes of the texts already numbered (where they sit in
 * the file, or copied apart for a text papaparse unquoted), so only a column's distinct texts
 * are decoded. Same ids, same texts in the same order, and the same switch to one text per
 * cell for a column of mostly distinct texts.
 */
export class ByteColumn {
  readonly ids: Uint32Array;
  private readonly texts: (string | null)[] = [null];
  /** Open addressing: the id of a text at its hash's slot or after it, 0 for a free slot. */
  private slots: Uint32Array | null = new Uint32Array(1024);
  /** Per id: where its bytes start (in the file; ~offset in `copies`), their length, hash. */
  private starts = new Int32Array(512);
  private lengths = new Int32Array(512);
  private hashes = new Int32Array(512);
  /** The bytes of texts that are not in the file as such (papaparse's unquoted fields). */
  private copies: Uint8Array = new Uint8Array(0);
  private copied = 0;
  private seen = 0;

  constructor(
    lines: number,
    private readonly file: Uint8Array
  ) {
    this.ids = new Uint32Array(lines);
  }

  /**
   * Row `row` holds source[start..stop) (not empty; `high` when a byte is past ASCII), whose
   * FNV-1a hash is `hash`; `source` is the file, or `text`'s UTF-8 bytes when `text` is given.
   * False when the bytes are not UTF-8.
   */
  set(
    row: number,
    source: Uint8Array,
    start: number,
    stop: number,
    hash: number,
    high: boolean,
    text?: string
  ): boolean {
    const slots = this.slots;
    if (slots === null) {
      const added = text ?? decodeText(source, start, stop, high);
      if (added === null) return false;
      this.ids[row] = this.texts.push(added) - 1;
      return true;
    }
    const length = stop - start;
    const mask = slots.length - 1;
    let slot = spread(hash) & mask;
    for (;;) {
      const id = slots[slot];
      if (id === 0) {
        const added = text ?? decodeText(source, start, stop, high);
        if (added === null) return false;
        const newId = this.add(added, source, start, length, hash);
        slots[slot] = newId;
        this.ids[row] = newId;
        if (newId * 2 > slots.length) this.grow();
        break;
      }
      if (this.lengths[id] === length && this.sameBytes(id, source, start, length)) {
        this.ids[row] = id;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (++this.seen % PROBE_TEXTS === 0 && (this.texts.length - 1) * 2 > this.seen) {
      this.slots = null;
    }
    return true;
  }

  /** Row `row` holds `text` (not empty), whose UTF-8 bytes are `encoded`. */
  setText(row: number, text: string, encoded: Uint8Array, hash: number): void {
    this.set(row, encoded, 0, encoded.length, hash, false, text);
  }

  private sameBytes(id: number, source: Uint8Array, start: number, length: number): boolean {
    const at = this.starts[id];
    const bytes = at >= 0 ? this.file : this.copies;
    const from = at >= 0 ? at : ~at;
    for (let k = 0; k < length; k++) if (bytes[from + k] !== source[start + k]) return false;
    return true;
  }

  /** The id of a new text; its bytes' place kept (copied when they are not the file's). */
  private add(text: string, source: Uint8Array, start: number, length: number, hash: number) {
    const id = this.texts.push(text) - 1;
    if (id >= this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.hashes = grown(this.hashes);
    }
    if (source === this.file) this.starts[id] = start;
    else {
      if (this.copied + length > this.copies.length) {
        const copies = new Uint8Array(Math.max(1024, 2 * (this.copied + length)));
        copies.set(this.copies.subarray(0, this.copied));
        this.copies = copies;
      }
      this.copies.set(source.subarray(start, start + length), this.copied);
      this.starts[id] = ~this.copied;
      this.copied += length;
    }
    this.lengths[id] = length;
    this.hashes[id] = hash;
    return id;
  }

  /** The table doubled, its texts placed again. */
  private grow(): void {
    const slots = new Uint32Array(this.slots!.length * 2);
    const mask = slots.length - 1;
    for (let id = 1; id < this.texts.length; id++) {
      let slot = spread(this.hashes[id]) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }

  done(rows: number): TextColumn {
    this.slots = null;
    this.copies = new Uint8Array(0);
    return { ids: this.ids.subarray(0, rows), texts: this.texts };
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** bytes[from..to) as UTF-8 text, null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array, from: number, to: number): string | null {
  try {
    return utf8.decode(bytes.subarray(from, to));
  } catch {
    return null;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The text of source[start..stop): ASCII without a decoder, else UTF-8 (null if invalid). */
function decodeText(source: Uint8Array, start: number, stop: number, high: boolean) {
  if (high) return decodeUtf8(source, start, stop);
  if (stop - start > SHORT_TEXT) {
    return String.fromCharCode.apply(null, source.subarray(start, stop) as unknown as number[]);
  }
  let text = "";
  for (let i = start; i < stop; i++) text += String.fromCharCode(source[i]);
  return text;
}

/** Texts up to this length are built a character at a time (V8 keeps them flat), measured faster. */
const SHORT_TEXT = 12;
