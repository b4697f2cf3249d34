import { constants as zlibConstants, gunzipSync } from "node:zlib";
import type { WorkbookSource } from "../analytics/input/workbookSource";
import { CsvWorkbookSource, type CsvFile } from "../xlsx/csvWorkbookSource";
import { isInputFileError } from "../xlsx/inputFileError";
import {
  checkCsvSize,
  checkGzipDeclaredSize,
  checkXlsxDeclaredSize,
  gzipDeclaredSize,
  gzipTooLarge,
  MAX_CSV_BYTES,
} from "../xlsx/inputLimits";
import { XlsxWorkbookSource } from "../xlsx/workbookSourceXlsx";
import type { CliUsageError } from "./cliOptions";

/** How the CLI reaches files: node:fs in main.ts, the same in tests (kept injectable). */
export interface FileReader {
  exists(path: string): boolean;
  readFile(path: string): Promise<Uint8Array>;
  /** The file's size in bytes, to refuse an oversize CSV before reading it (else checked after). */
  size?(path: string): number;
}

type FileKind = "xlsx" | "csv";

function fileKind(path: string): FileKind | null {
  if (/\.xlsx$/i.test(path) || /\.xlsm$/i.test(path)) return "xlsx";
  if (/\.(csv|txt|tsv)(\.gz)?$/i.test(path)) return "csv";
  return null;
}

/**
 * The WorkbookSource of the command line's input files: one .xlsx workbook, or one or more CSV
 * files (.csv, .txt, .tsv, gzipped or not: each file one sheet). Missing files, unknown types,
 * a mix of workbook and CSV, files past the size limits (inputLimits, checked from the sizes
 * the files declare, before inflating) and files that are not what their name says give a
 * CliUsageError naming the file.
 */
export async function openWorkbookSource(
  files: readonly string[],
  reader: FileReader,
  culture?: string
): Promise<{ source: WorkbookSource } | { error: CliUsageError }> {
  for (const file of files) {
    if (!reader.exists(file)) return { error: { code: "fileNotFound", params: { file } } };
    if (!fileKind(file)) return { error: { code: "unsupportedFile", params: { file } } };
  }
  const kinds = new Set(files.map(fileKind));
  if (kinds.has("xlsx") && files.length > 1) {
    return { error: { code: "unsupportedFile", params: { file: files.join(", ") } } };
  }
  let current = files[0];
  try {
    if (kinds.has("xlsx")) {
      // Parts never take less room inflated than deflated: a file past the limit is refused unread.
      if (reader.size) checkXlsxDeclaredSize(reader.size(current));
      return { source: await XlsxWorkbookSource.load(await reader.readFile(current), { culture }) };
    }
    const csvFiles: CsvFile[] = [];
    for (const file of files) {
      current = file;
      csvFiles.push({ fileName: file, data: await readCsv(file, reader) });
    }
    return { source: new CsvWorkbookSource(csvFiles, { culture }) };
  } catch (error) {
    return { error: readError(current, error) };
  }
}

/** A CSV file's bytes, gunzipped, refused past MAX_CSV_BYTES before the bytes are inflated. */
async function readCsv(file: string, reader: FileReader): Promise<Uint8Array> {
  const gzipped = /\.gz$/i.test(file);
  if (!gzipped && reader.size) checkCsvSize(reader.size(file));
  const bytes = await reader.readFile(file);
  if (!gzipped) {
    checkCsvSize(bytes.length);
    return bytes;
  }
  checkGzipDeclaredSize(bytes);
  try {
    // ISIZE is the size modulo 2^32: the inflate itself stops at the limit too. Inflated into
    // one buffer of the declared size (when it is right, as it is for a file of one member
    // under 4 GB), zlib's default 16 KB chunks need no final copy into one buffer.
    const declared = gzipDeclaredSize(bytes) ?? 0;
    return gunzipSync(bytes, {
      maxOutputLength: MAX_CSV_BYTES,
      chunkSize: Math.max(zlibConstants.Z_DEFAULT_CHUNK, declared + 1),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw gzipTooLarge();
    throw error;
  }
}

/**
 * The usage error of a file that could not be read: our own refusal as it is; a file-system
 * error (EACCES, EISDIR...) with its reason; anything else from a library in plain words.
 */
export function readError(file: string, error: unknown): CliUsageError {
  if (isInputFileError(error)) {
    return { code: error.problem, params: stringParams({ ...error.params, file }) };
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { code: "unreadableFile", params: { file, reason } };
  }
  return { code: "file.unreadable", params: { file } };
}

function stringParams(params: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}
