import { InputFileError } from "./inputFileError";

/**
 * How large an input this process accepts, checked from the sizes a file declares before
 * anything is inflated or parsed: past these, the run would end in V8's "invalid string length",
 * an out-of-memory abort (exit 134) or minutes of swapping, instead of one clear line.
 *
 * How the figures were chosen: peak memory (maximum resident set size, `/usr/bin/time -v`) of
 * reading and cleaning generated inputs (scripts/measure-input-memory.ts), on the 2-core, 24 GB
 * machine of December 2026, Node 20, default V8 heap limit 4,144 MB:
 *   CSV (customer, date, amount): 12.1 MB -> 460 MB, 48.5 MB -> 1,282 MB:
 *     about 22 bytes of memory per byte of CSV, over about 190 MB;
 *   .xlsx (one sheet, ExcelJS): 16.1 MB -> 359 MB, 49.1 MB -> 851 MB of declared uncompressed
 *     parts: about 15 bytes per uncompressed byte (ExcelJS keeps an object per cell), over
 *     about 120 MB.
 * Each limit keeps reading and cleaning near 3 GB, under the heap limit with room left for the
 * analyses: 128 MiB of CSV (about 5 million lines), 192 MiB of workbook XML. Past them, the data
 * belongs in the warehouse path (--engine duckdb, once available). The messages name the limit.
 */
export const MiB = 1024 * 1024;

/** V8's longest string in Node 20 on 64-bit (2^29 - 24 UTF-16 units): a CSV is decoded into one. */
export const V8_MAX_STRING_LENGTH = 2 ** 29 - 24;

/** The largest CSV (after gunzip), in bytes: far under V8_MAX_STRING_LENGTH, memory binds first. */
export const MAX_CSV_BYTES = 128 * MiB;

/** The largest total of an .xlsx's uncompressed parts, as its zip directory declares them. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 192 * MiB;

/** Bytes as whole megabytes (MiB) for the message, rounded up so a refused size never reads as the limit. */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / MiB);
}

/** Refuses a CSV of `bytes` bytes (decompressed) past MAX_CSV_BYTES. */
export function checkCsvSize(bytes: number): void {
  if (bytes > MAX_CSV_BYTES) {
    throw new InputFileError("file.csvTooLarge", {
      size: megabytes(bytes),
      limit: megabytes(MAX_CSV_BYTES),
    });
  }
}

/**
 * The size a gzip file declares for its content: the ISIZE field of its last 4 bytes (RFC 1952),
 * which is the size modulo 2^32, so a 4.5 GB content may declare 0.5 GB. Callers also inflate
 * with a cap (zlib's maxOutputLength, or a stream that stops at the limit).
 */
export function gzipDeclaredSize(bytes: Uint8Array): number | null {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(bytes.length - 4, true);
}

/** Refuses a .gz whose declared content is past MAX_CSV_BYTES, before inflating it. */
export function checkGzipDeclaredSize(bytes: Uint8Array): void {
  const declared = gzipDeclaredSize(bytes);
  if (declared !== null && declared > MAX_CSV_BYTES) throw gzipTooLarge();
}

/** The refusal of a .gz expanding past the limit: by its declared size, or at the inflate cap. */
export function gzipTooLarge(): InputFileError {
  return new InputFileError("file.gzipTooLarge", { limit: megabytes(MAX_CSV_BYTES) });
}

/** Refuses a workbook whose parts declare more than MAX_XLSX_UNCOMPRESSED_BYTES in total. */
export function checkXlsxDeclaredSize(totalUncompressed: number): void {
  if (totalUncompressed > MAX_XLSX_UNCOMPRESSED_BYTES) {
    throw new InputFileError("file.xlsxTooLarge", {
      size: megabytes(totalUncompressed),
      limit: megabytes(MAX_XLSX_UNCOMPRESSED_BYTES),
    });
  }
}
