import { gunzipSync } from "node:zlib";
import type { WorkbookSource } from "../analytics/input/workbookSource";
import { CsvWorkbookSource, type CsvFile } from "../xlsx/csvWorkbookSource";
import { XlsxWorkbookSource } from "../xlsx/workbookSourceXlsx";
import type { CliUsageError } from "./cliOptions";

/** How the CLI reaches files: node:fs in main.ts, the same in tests (kept injectable). */
export interface FileReader {
  exists(path: string): boolean;
  readFile(path: string): Promise<Uint8Array>;
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
 * a mix of workbook and CSV, and files that cannot be read give a CliUsageError naming the file.
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
      return { source: await XlsxWorkbookSource.load(await reader.readFile(current), { culture }) };
    }
    const csvFiles: CsvFile[] = [];
    for (const file of files) {
      current = file;
      const bytes = await reader.readFile(file);
      csvFiles.push({ fileName: file, data: /\.gz$/i.test(file) ? gunzipSync(bytes) : bytes });
    }
    return { source: new CsvWorkbookSource(csvFiles, { culture }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { error: { code: "unreadableFile", params: { file: current, reason } } };
  }
}
