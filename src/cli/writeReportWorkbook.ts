import type { CleanData } from "../analytics/pipeline";
import type { AnalysisResults } from "../analytics/runAnalyses";
import { buildReport } from "../report";
import { buildTeachingWorkbook } from "../report/teaching/buildTeachingWorkbook";
import { APP_VERSION } from "../version";
import { streamReportXlsx } from "../xlsx/writeReport";
import { writeFileAtomicStreamed } from "./atomicWrite";
import { nodeCompression } from "./nodeCompression";
import type { CliOptions } from "./cliOptions";
import type { StageTimer } from "./stageTimes";

/** What writing the report workbook did. */
export interface ReportWriteOutcome {
  path: string;
  sheets: string[];
}

/**
 * Writes the report workbook (--out): the report model of the analyses, rendered as .xlsx. The
 * run passes its own as `io.writeReportWorkbook` in tests that must not touch the disk.
 */
export type WriteReportWorkbook = (
  data: CleanData,
  results: AnalysisResults,
  options: CliOptions,
  path: string,
  /** The bench's stage times (stageTimes.ts), when asked for. */
  onStage?: StageTimer
) => Promise<ReportWriteOutcome>;

/**
 * The report built in the --lang language, generated now, written to `path` atomically; with
 * --teaching the teaching workbook instead (the run has checked teachingProblem).
 */
export const writeReportWorkbook: WriteReportWorkbook = async (
  data,
  results,
  options,
  path,
  onStage
) => {
  const input = { ...results, dataQuality: data.dataQuality, currency: data.currency };
  const reportOptions = { language: options.lang, generatedAt: Date.now(), version: APP_VERSION };
  const model = options.teaching
    ? buildTeachingWorkbook(input, { ...reportOptions, answers: !options.noAnswers })
    : // the per-customer tables made as the writer reaches them: never a million row arrays
      buildReport(input, { ...reportOptions, lazyCustomerRows: true });
  onStage?.("report model");
  // Streamed to the file as it is made: a million customers' sheets are never held whole.
  await writeFileAtomicStreamed(path, (write) =>
    streamReportXlsx(model, write, { compression: nodeCompression })
  );
  onStage?.("xlsx written");
  return { path, sheets: model.sheets.map((s) => s.name) };
};
