import type { WorkbookSource } from "../../analytics/input";
import { CsvWorkbookSource } from "../../xlsx/csvWorkbookSource";
import { checkCsvSize } from "../../xlsx/inputLimits";
import { XlsxWorkbookSource } from "../../xlsx/workbookSourceXlsx";
import { CachedWorkbookSource } from "./cachedSource";
import type { SourceInput } from "./engineTypes";
import { gunzip, isGzipName } from "./gunzip";
import { unpackSheets } from "./packedSheets";
import { RawSheetsWorkbookSource } from "./rawSheetsSource";

/**
 * The WorkbookSource of an input, every sheet read once and kept as values (the file's own
 * model is then released), and the name the pane shows for it. `signal` gives up a workbook
 * file's read between two chunks.
 */
export async function openSource(
  input: SourceInput,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal
): Promise<{ source: WorkbookSource; name: string }> {
  const { source, name } = await uncachedSource(input, onProgress, signal);
  const cached = new CachedWorkbookSource(source);
  await cached.readAllAndRelease();
  return { source: cached, name };
}

async function uncachedSource(
  input: SourceInput,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal
): Promise<{ source: WorkbookSource; name: string }> {
  switch (input.kind) {
    case "xlsx":
      return {
        source: await XlsxWorkbookSource.load(input.bytes, { onProgress, signal }),
        name: input.fileName,
      };
    case "csv":
      // Past the limit, refused before parsing (src/xlsx/inputLimits.ts); .xlsx in load().
      for (const f of input.files) checkCsvSize(f.bytes.byteLength);
      return {
        source: new CsvWorkbookSource(
          await Promise.all(
            input.files.map(async (f) => ({
              fileName: f.fileName,
              data: isGzipName(f.fileName) ? await gunzip(f.bytes) : f.bytes,
            }))
          )
        ),
        name: input.files.map((f) => f.fileName).join(", "),
      };
    case "sheets":
      return { source: new RawSheetsWorkbookSource(input.sheets, input.info), name: "" };
    case "packedSheets":
      return {
        source: new RawSheetsWorkbookSource(unpackSheets(input.packed), input.info),
        name: "",
      };
  }
}
