/**
 * A streaming .zip writer for the report package: each part's bytes are deflated as they are
 * produced (pako, the deflate JSZip itself uses) and only the compressed bytes are kept, so a
 * worksheet of a million rows never exists as one string or one uncompressed buffer. JSZip needs
 * every part whole in memory before it compresses (its streaming input is Node-only), which is
 * what this replaces. Plain zip (no ZIP64): parts and package stay under 4 GiB, far above what a
 * 1,048,576-row sheet compresses to. Layout: APPNOTE.TXT 4.3 (local header, data, data
 * descriptor per entry; central directory; end record), as Excel and every xlsx reader expect.
 */
import { Deflate } from "pako";
import { OrderedSteps } from "./orderedSteps";

/** Deflate level: 1 compresses the report's repetitive XML almost as well as 6, twice as fast. */
export const DEFLATE_LEVEL = 1;

/** Raw deflate of one part, fed in slices; the compressed bytes go to the factory's `onData`. */
export interface Deflater {
  push(bytes: Uint8Array, last: boolean): void;
}

export type DeflaterFactory = (onData: (chunk: Uint8Array) => void) => Deflater;

/** How parts are compressed and checksummed. */
export interface Compression {
  deflater: DeflaterFactory;
  crc32(bytes: Uint8Array, crc: number): number;
  /**
   * Where present, large slices are deflated with this instead, away from the main thread (Node's
   * zlib on its thread pool) while the next slice is made: one slice on its own, ended by a sync
   * flush, finished when `last` — the bytes `deflater` gives a slice. Owns `bytes` until it settles.
   */
  deflateSlice?(bytes: Uint8Array, last: boolean): Promise<Uint8Array>;
}

/** pako's streaming deflate: runs wherever JavaScript does (the browser's download). */
export const pakoDeflater: DeflaterFactory = (onData) => {
  const deflate = new Deflate({ level: DEFLATE_LEVEL, raw: true, chunkSize: 1 << 16 });
  deflate.onData = onData;
  return {
    push(bytes, last) {
      deflate.push(bytes, last);
      if (deflate.err) throw new Error(`zip: deflate failed: ${deflate.msg}`);
    },
  };
};
/** Text is encoded and deflated in slices of about this many characters. */
const SLICE = 1 << 20;
/** Slices at least this long go to `deflateSlice`; a small part is not worth the round trip. */
const ASYNC_MIN_BYTES = 1 << 16;
/** Slices being deflated at once, at most, before the writer waits (PartWriter.backlog). */
const MAX_JOBS = 2;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Running CRC-32 (the zip checksum) of `bytes` continuing from `crc`. */
export function crc32(bytes: Uint8Array, crc: number): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

interface Entry {
  name: Uint8Array;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** DOS date and time of the entries: a fixed 1980-01-01 00:00, so equal models give equal bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FLAGS = 0x0008 | 0x0800; // sizes in a data descriptor; UTF-8 names

/** pako and a table-driven CRC: runs wherever JavaScript does (the browser's download). */
export const pakoCompression: Compression = { deflater: pakoDeflater, crc32 };

/** One part being written: text goes in with `write`, `close` finishes the entry. */
export interface PartWriter {
  write(text: string): void;
  /**
   * A promise to await before writing on when slices are being deflated elsewhere and enough
   * of them are in flight (it settles when the oldest is done); null when the writer may go on.
   */
  backlog(): Promise<void> | null;
  close(): void;
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: Entry[] = [];
  private readonly encoder = new TextEncoder();
  private length = 0;
  private open = false;
  /** Output in order while slices are deflated elsewhere. */
  private readonly steps = new OrderedSteps();
  /** Slices being deflated elsewhere, oldest first (each settles without failing). */
  private readonly jobs: Promise<void>[] = [];
  /** Slice buffers back from deflateSlice, to fill again. */
  private readonly spare: Uint8Array<ArrayBuffer>[] = [];

  /** Encoded text of a slice; reused, since a deflater is done with its input when push returns. */
  private buffer = new Uint8Array(3 * SLICE + 1024);

  /**
   * `sink`, when given, receives the package's bytes as they are made (the CLI writes them to the
   * file), and `finish` returns nothing more: the compressed package is never held whole either.
   */
  constructor(
    private readonly compression: Compression = pakoCompression,
    private readonly sink?: (chunk: Uint8Array) => void
  ) {}

  /**
   * Makes room for `extra` more bytes after the first `used` of the shared buffer (which it
   * keeps): a text's UTF-8 takes at most three bytes per UTF-16 unit.
   */
  private reserve(used: number, extra: number): void {
    if (used + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(2 * this.buffer.length, used + extra));
    grown.set(this.buffer.subarray(0, used));
    this.buffer = grown;
  }

  /** Appends to the package; called in package order (through `steps` while slices are out). */
  private emit(bytes: Uint8Array): void {
    if (this.sink) this.sink(bytes);
    else this.chunks.push(bytes);
    this.length += bytes.length;
  }

  /**
   * Hands the first `used` bytes of the slice buffer to deflateSlice, the buffer with them (a
   * spare one is filled meanwhile); `done` gets the compressed bytes, in package order.
   */
  private deflateElsewhere(
    deflateSlice: NonNullable<Compression["deflateSlice"]>,
    used: number,
    last: boolean,
    done: (compressed: Uint8Array) => void
  ): void {
    const full = this.buffer;
    this.buffer = this.spare.pop() ?? new Uint8Array(full.length);
    const job = deflateSlice(full.subarray(0, used), last);
    const settled: Promise<void> = job.then(
      () => this.release(settled, full),
      () => this.release(settled, full)
    );
    this.jobs.push(settled);
    this.steps.after(job, done);
  }

  private release(job: Promise<void>, buffer: Uint8Array<ArrayBuffer>): void {
    this.jobs.splice(this.jobs.indexOf(job), 1);
    this.spare.push(buffer);
  }

  /** Starts a part; write its text in any number of pieces, then close it before the next. */
  part(path: string): PartWriter {
    if (this.open) throw new Error(`zip: a part is still open when ${path} starts`);
    this.open = true;
    const name = this.encoder.encode(path);
    const entry: Entry = { name, offset: 0, crc: 0, compressed: 0, size: 0 };
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, FLAGS, true);
    header.setUint16(8, 8, true); // deflate
    header.setUint16(10, DOS_TIME, true);
    header.setUint16(12, DOS_DATE, true);
    header.setUint16(26, name.length, true);
    this.steps.run(() => {
      entry.offset = this.length;
      this.emit(new Uint8Array(header.buffer));
      this.emit(name);
    });
    const compressed = (chunk: Uint8Array) => {
      entry.compressed += chunk.length;
      this.emit(chunk);
    };
    const deflate = this.compression.deflater((chunk) => this.steps.run(() => compressed(chunk)));
    const { deflateSlice } = this.compression;
    // Each piece is encoded into the shared buffer as it comes: a piece is a row's few hundred
    // characters, whose UTF-8 is written while they are in cache, where concatenating the
    // pieces into one slice string made the encoder flatten a rope of thousands of them (a
    // third of the writer's time at a million rows). Slices end where they did then (after
    // the piece that reaches SLICE characters), so the deflated bytes are the same.
    let chars = 0;
    let used = 0;
    const flush = (last: boolean) => {
      const bytes = this.buffer.subarray(0, used);
      entry.crc = this.compression.crc32(bytes, entry.crc);
      entry.size += bytes.length;
      if (deflateSlice && used >= ASYNC_MIN_BYTES)
        this.deflateElsewhere(deflateSlice, used, last, compressed);
      else deflate.push(bytes, last);
      chars = 0;
      used = 0;
    };
    return {
      write: (text) => {
        this.reserve(used, 3 * text.length);
        used += this.encoder.encodeInto(text, this.buffer.subarray(used)).written;
        chars += text.length;
        if (chars >= SLICE) flush(false);
      },
      backlog: () => (this.jobs.length >= MAX_JOBS ? this.jobs[0] : null),
      close: () => {
        flush(true);
        this.open = false;
        this.steps.run(() => {
          if (entry.size >= 2 ** 32 || this.length >= 2 ** 32) {
            throw new Error(`zip: ${path} passes 4 GiB, beyond a plain zip`);
          }
          const descriptor = new DataView(new ArrayBuffer(16));
          descriptor.setUint32(0, 0x08074b50, true);
          descriptor.setUint32(4, entry.crc, true);
          descriptor.setUint32(8, entry.compressed, true);
          descriptor.setUint32(12, entry.size, true);
          this.emit(new Uint8Array(descriptor.buffer));
          this.entries.push(entry);
        });
      },
    };
  }

  /** A whole part at once. */
  file(path: string, text: string): void {
    const part = this.part(path);
    part.write(text);
    part.close();
  }

  /** Waits for every slice being deflated elsewhere and writes it out; call before `finish`. */
  async drain(): Promise<void> {
    await this.steps.done();
  }

  /** The finished package (empty with a sink): central directory and end record after the entries. */
  finish(): Uint8Array {
    if (this.open) throw new Error("zip: a part is still open");
    if (!this.steps.idle) throw new Error("zip: slices are still being deflated (await drain())");
    const start = this.length;
    for (const e of this.entries) {
      const record = new DataView(new ArrayBuffer(46));
      record.setUint32(0, 0x02014b50, true);
      record.setUint16(4, 20, true);
      record.setUint16(6, 20, true);
      record.setUint16(8, FLAGS, true);
      record.setUint16(10, 8, true);
      record.setUint16(12, DOS_TIME, true);
      record.setUint16(14, DOS_DATE, true);
      record.setUint32(16, e.crc, true);
      record.setUint32(20, e.compressed, true);
      record.setUint32(24, e.size, true);
      record.setUint16(28, e.name.length, true);
      record.setUint32(42, e.offset, true);
      this.emit(new Uint8Array(record.buffer));
      this.emit(e.name);
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.entries.length, true);
    end.setUint16(10, this.entries.length, true);
    end.setUint32(12, this.length - start, true);
    end.setUint32(16, start, true);
    this.emit(new Uint8Array(end.buffer));
    if (this.sink) return new Uint8Array(0);
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }
}
