/**
 * The parts of an .xlsx package, inflated one at a time and streamed as text: only the parts
 * the reader asks for are ever inflated, a worksheet never exists as one string, and a reader
 * that has what it needs (the first rows) stops inflating. pako's streaming inflate (already
 * in the bundle: JSZip runs on it) works alike in Node and in the pane's worker; JSZip's own
 * streams hand over a chunk per timer tick, which in a worker costs seconds on a large sheet.
 * A part that inflates past the size its directory entry declares is refused as damaged: the
 * declared sizes are what the size limit was checked against (checkWorkbookBytes).
 */
import { Inflate } from "pako";
import { InputFileError } from "../inputFileError";
import { zipEntries, type ZipEntry } from "../zipDirectory";

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes fed to the inflater at a time: the grain of progress and of stopping early. */
const INPUT_SLICE = 1 << 16;
/** Inflated bytes handed over at a time. */
const OUTPUT_CHUNK = 1 << 16;

/** Hears a part's text chunk by chunk; returns false to stop reading the part there. */
export type TextSink = (text: string) => boolean | void;
/** Hears how many of the part's compressed bytes were consumed so far. */
export type BytesRead = (compressedBytes: number) => void;

export class ZipPackage {
  private readonly entries = new Map<string, ZipEntry>();

  private constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[]
  ) {
    // OPC part names are case-insensitive (ECMA-376 Part 2, 6.2.2.3).
    for (const entry of entries) this.entries.set(entry.name.toLowerCase(), entry);
  }

  /** The package of a zip's bytes; a zip without a readable directory is a damaged workbook. */
  static open(bytes: Uint8Array): ZipPackage {
    const entries = zipEntries(bytes);
    if (entries === null) throw damaged();
    return new ZipPackage(bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's compressed size (0 when absent): the weight of reading it, for progress. */
  compressedSize(name: string): number {
    return this.entries.get(name.toLowerCase())?.compressedSize ?? 0;
  }

  /** A small part's whole text, or undefined when the package has no such part. */
  text(name: string): string | undefined {
    if (!this.has(name)) return undefined;
    const parts: string[] = [];
    this.stream(name, (text) => void parts.push(text));
    return parts.join("");
  }

  /** Streams a part's text (UTF-8) to `sink` until the part ends or `sink` returns false. */
  stream(name: string, sink: TextSink, onBytes?: BytesRead): void {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw damaged();
    const data = this.dataOf(entry);
    const decoder = new TextDecoder("utf-8");
    let inflated = 0;
    let stopped = false;
    const take = (chunk: Uint8Array, last: boolean) => {
      if (stopped) return;
      inflated += chunk.length;
      if (inflated > entry.uncompressedSize) throw damaged();
      const text = decoder.decode(chunk, { stream: !last });
      if (sink(text) === false) stopped = true;
    };
    if (entry.method === STORED) {
      for (let at = 0; at < data.length && !stopped; at += INPUT_SLICE) {
        const end = Math.min(data.length, at + INPUT_SLICE);
        take(data.subarray(at, end), end === data.length);
        onBytes?.(end);
      }
      if (data.length === 0) take(data, true);
      return;
    }
    if (entry.method !== DEFLATED) throw damaged();
    const inflate = new Inflate({ raw: true, chunkSize: OUTPUT_CHUNK });
    inflate.onData = (chunk) => take(chunk, false);
    inflate.onEnd = () => undefined;
    for (let at = 0; at < data.length && !stopped && !inflate.ended; at += INPUT_SLICE) {
      const end = Math.min(data.length, at + INPUT_SLICE);
      inflate.push(data.subarray(at, end), end === data.length);
      if (inflate.err) throw damaged();
      onBytes?.(end);
    }
    if (!stopped) take(new Uint8Array(0), true);
  }

  /** An entry's compressed bytes, found through its local header. */
  private dataOf(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + LOCAL_HEADER_SIZE > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      throw damaged();
    }
    const start =
      at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > view.byteLength) throw damaged();
    return this.bytes.subarray(start, end);
  }
}

function damaged(): InputFileError {
  return new InputFileError("file.damagedWorkbook");
}
