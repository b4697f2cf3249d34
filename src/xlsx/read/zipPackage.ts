/**
 * The parts of an .xlsx package, inflated one at a time and streamed as text: only the parts
 * the reader asks for are ever inflated, a worksheet never exists as one string, and a reader
 * that has what it needs (the first rows) stops inflating. pako's streaming inflate (already
 * in the bundle: JSZip runs on it) works alike in Node and in the pane's worker; JSZip's own
 * streams hand over a chunk per timer tick, which in a worker costs seconds on a large sheet.
 * The large parts (worksheets, shared strings) go through streamAsync, which inflates with the
 * platform's native DecompressionStream("deflate-raw") where there is one (Chrome and Edge's
 * WebView2 since 103, Safari 16.4, Firefox 113, Node 20.12): several times pako's speed in the
 * pane's worker; pako remains the fallback.
 * A part that inflates past the size its directory entry declares is refused as damaged: the
 * declared sizes are what the size limit was checked against (checkWorkbookBytes).
 */
import { Inflate } from "pako";
import { InputFileError, isInputFileError } from "../inputFileError";
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

export interface ZipPackageOptions {
  /** Inflate with DecompressionStream when the platform has it (default); false: pako only. */
  nativeInflate?: boolean;
  /**
   * Stops a streamAsync between two chunks once aborted (its promise then rejects with the
   * signal's reason): a read nobody waits for any more gives the thread back at once. With a
   * signal, streamAsync also lets the thread's waiting messages in every YIELD_MS: a native
   * inflate's chunks come as promises, so a whole read would otherwise run without ever
   * letting one in (the abort, or a caller asking to follow the read, would wait for its end).
   */
  signal?: AbortSignal;
}

/** How long a read with a signal runs before it lets the thread's waiting messages in. */
const YIELD_MS = 20;

/** The channel nextTask posts through, made once (a channel costs far more than a message). */
let taskChannel: MessageChannel | undefined;
const waitingForTask: (() => void)[] = [];

/** Resolves in a later task, not a microtask: messages waiting for the thread come first. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== "function") {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => waitingForTask.shift()?.();
    // Node's ports keep the process alive while they listen; a browser's have no unref.
    (taskChannel.port1 as { unref?: () => void }).unref?.();
  }
  const channel = taskChannel;
  // A message, unlike a timer, is not held back 4 ms when tasks nest (HTML's timer clamping).
  return new Promise((resolve) => {
    waitingForTask.push(resolve);
    channel.port2.postMessage(null);
  });
}

export class ZipPackage {
  private readonly entries = new Map<string, ZipEntry>();

  private constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly nativeInflate: boolean,
    private readonly signal: AbortSignal | undefined
  ) {
    // OPC part names are case-insensitive (ECMA-376 Part 2, 6.2.2.3).
    for (const entry of entries) this.entries.set(entry.name.toLowerCase(), entry);
  }

  /** The package of a zip's bytes; a zip without a readable directory is a damaged workbook. */
  static open(bytes: Uint8Array, options: ZipPackageOptions = {}): ZipPackage {
    const entries = zipEntries(bytes);
    if (entries === null) throw damaged();
    return new ZipPackage(
      bytes,
      entries,
      (options.nativeInflate ?? true) && hasNativeInflate(),
      options.signal
    );
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
    this.streamWithPako(entry, sink, onBytes, 0, new TextDecoder("utf-8"));
  }

  /**
   * stream()'s work on an entry, its first `skip` inflated bytes already handed over (through
   * `decoder`, which holds any character they cut).
   */
  private streamWithPako(
    entry: ZipEntry,
    sink: TextSink,
    onBytes: BytesRead | undefined,
    skip: number,
    decoder: TextDecoder
  ): void {
    const data = this.dataOf(entry);
    let inflated = 0;
    let stopped = false;
    const take = (whole: Uint8Array, last: boolean) => {
      if (stopped) return;
      const chunk =
        inflated >= skip ? whole : whole.subarray(Math.min(whole.length, skip - inflated));
      inflated += whole.length;
      if (inflated > entry.uncompressedSize) throw damaged();
      if (chunk.length === 0 && !last) return;
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

  /**
   * Streams a part's text as stream() does, inflating natively where the platform can; the
   * progress is then told by the share of the part inflated, in compressed bytes.
   */
  async streamAsync(name: string, sink: TextSink, onBytes?: BytesRead): Promise<void> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw damaged();
    this.signal?.throwIfAborted();
    if (entry.method !== DEFLATED || !this.nativeInflate) {
      this.stream(name, sink, onBytes);
      return;
    }
    // The package's bytes are never a SharedArrayBuffer's (a file's or a fetch's bytes).
    const data = this.dataOf(entry) as Uint8Array<ArrayBuffer>;
    const inflater = new DecompressionStream("deflate-raw");
    const writer = inflater.writable.getWriter();
    const reader = inflater.readable.getReader();
    // Input errors reach the reader too: the writer's own rejections need no handling.
    void (async () => {
      for (let at = 0; at < data.length; at += INPUT_SLICE) {
        await writer.write(data.subarray(at, Math.min(data.length, at + INPUT_SLICE)));
      }
      await writer.close();
    })().catch(() => undefined);
    const decoder = new TextDecoder("utf-8");
    const declared = entry.uncompressedSize;
    let inflated = 0;
    let told = 0;
    const tell = (compressedBytes: number) => {
      if (compressedBytes > told) onBytes?.((told = compressedBytes));
    };
    let yielded = this.signal ? performance.now() : 0;
    try {
      for (;;) {
        if (this.signal && performance.now() - yielded >= YIELD_MS) {
          await nextTask();
          yielded = performance.now();
        }
        const { done, value } = await reader.read();
        this.signal?.throwIfAborted();
        if (done) break;
        inflated += value.length;
        if (inflated > declared) throw damaged();
        const text = decoder.decode(value, { stream: true });
        tell(Math.floor((entry.compressedSize * inflated) / declared));
        if (sink(text) === false) {
          await reader.cancel().catch(() => undefined);
          return;
        }
      }
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      // A scanner's refusal, or the read given up, passes as it is.
      if (isInputFileError(error) || this.signal?.aborted) throw error;
      // The platform's inflater refused the rest: pako, the reference, judges it from where the
      // sink stopped. Chromium refuses bytes after the end of a deflate stream ("Junk found
      // after end of compressed data"), which pako ignores, and drops the chunks it had queued.
      this.streamWithPako(entry, sink, tell, inflated, decoder);
      return;
    }
    sink(decoder.decode());
    tell(entry.compressedSize);
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

let nativeInflate: boolean | undefined;

/** Whether DecompressionStream exists and knows raw deflate (older Safari has gzip only). */
function hasNativeInflate(): boolean {
  if (nativeInflate === undefined) {
    try {
      nativeInflate =
        typeof DecompressionStream === "function" && !!new DecompressionStream("deflate-raw");
    } catch {
      nativeInflate = false;
    }
  }
  return nativeInflate;
}
