import type { CleanData } from "../analytics/pipeline";
import type { CliOptions } from "./cliOptions";

/** What writing the report workbook did: written to `path`, or not connected yet. */
export type ReportWriteOutcome = { written: true; path: string } | { written: false; path: string };

/**
 * Writes the report workbook (--out). THE HOOK TO CONNECT: the report writer
 * (src/report -> src/xlsx/writeReport.ts) plugs in here; the CLI calls it with the clean data,
 * the options and the output path, and the run passes its own as `io.writeReportWorkbook` so
 * tests can watch it. Until connected, it writes nothing and says so.
 */
export type WriteReportWorkbook = (
  data: CleanData,
  options: CliOptions,
  path: string
) => Promise<ReportWriteOutcome>;

/** The default hook: the report writer is not connected yet, so nothing is written. */
export const writeReportWorkbook: WriteReportWorkbook = async (_data, _options, path) => ({
  written: false,
  path,
});
