/**
 * Check and analysis of a customer summary sheet in the worker: the same steps as the
 * transaction-lines path (data-quality summary, then analyses and report model), through the
 * engine of the CLI's `analyze --summary` (src/warehouse/summarySheetAnalysis.ts).
 */
import type { WorkbookSource } from "../../analytics/input";
import type { DataQualityReport } from "../../analytics/quality";
import type { AnalysisResults } from "../../analytics/runAnalyses";
import { buildReport, type ReportInput } from "../../report/buildReport";
import { APP_VERSION } from "../../version";
import {
  analyzeSummarySheet,
  checkSummarySheet,
  type SummarySheetProblem,
} from "../../warehouse/summarySheetAnalysis";
import type { PaneSettings } from "../settings/paneSettings";
import { isoDayOf } from "../settings/isoDay";
import { toAnalysisSettings } from "../settings/toAnalysisSettings";
import { settingCurrency } from "../settings/validateSettings";
import { engineProblemOf } from "./engineProblems";
import type {
  AnalyseRequest,
  AnalysisOutput,
  CheckedData,
  EngineProblem,
  Outcome,
  RunProgress,
} from "./engineTypes";
import { readSummary, type SummaryRead } from "./summaryPath";

const problemOf = (p: SummarySheetProblem): EngineProblem => ({ code: p.code, params: p.params });

function checked(read: SummaryRead, dataQuality: DataQualityReport, asOfDay: number): CheckedData {
  return {
    dataQuality,
    warnings: dataQuality.warnings.map(engineProblemOf),
    channels: [],
    defaultAsOf: isoDayOf(asOfDay * 86_400_000),
    currency: read.currency,
  };
}

/** The Data step's summary of a summary sheet: rows read, used, excluded with reasons. */
export async function checkSummary(
  source: WorkbookSource,
  sheet: string,
  settings: PaneSettings
): Promise<Outcome<CheckedData>> {
  const read = await readSummary(source, sheet, settingCurrency(settings));
  if (!read.ok) return read;
  const result = checkSummarySheet(read.value.rows, toAnalysisSettings(settings));
  if ("problem" in result) return { ok: false, problem: problemOf(result.problem) };
  return { ok: true, value: checked(read.value, result.dataQuality, result.asOfDay) };
}

/**
 * Reads and analyses the summary sheet and builds the report model; the ReportInput is handed
 * back for the session (a report rebuilt in another language).
 */
export async function analyseSummary(
  source: WorkbookSource,
  sheet: string,
  request: AnalyseRequest,
  onProgress: (progress: RunProgress) => void
): Promise<Outcome<{ output: AnalysisOutput; input: ReportInput }>> {
  const read = await readSummary(source, sheet, settingCurrency(request.settings), (done, total) =>
    onProgress({ stage: "reading", fraction: total > 0 ? Math.min(1, done / total) : 1 })
  );
  if (!read.ok) return read;
  onProgress({ stage: "fitting" });
  const run = analyzeSummarySheet(read.value.rows, toAnalysisSettings(request.settings));
  if ("problem" in run) return { ok: false, problem: problemOf(run.problem) };
  onProgress({ stage: "report" });
  const results: AnalysisResults = run.results;
  const input: ReportInput = {
    ...results,
    dataQuality: run.dataQuality,
    currency: read.value.currency,
  };
  const model = buildReport(input, {
    language: request.language,
    generatedAt: request.generatedAt,
    version: APP_VERSION,
  });
  const asOfDay = Math.floor((results.asOf ?? 0) / 86_400_000);
  return {
    ok: true,
    value: {
      output: { ...checked(read.value, run.dataQuality, asOfDay), results, model },
      input,
    },
  };
}
