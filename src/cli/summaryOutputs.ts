/**
 * The outputs of a run on per-customer summaries (`analyze --summary`, `--engine duckdb`,
 * `--postgres`, a summary sheet): the --json summary, streamed where the CLI can, and the
 * report workbook (--out), each named on stdout once written.
 */
import type { TFunction } from "i18next";
import type { CleanData } from "../analytics/pipeline";
import type { AnalysisResults } from "../analytics/runAnalyses";
import type { CliOptions } from "./cliOptions";
import type { CliIo } from "./run";
import type { StageTimer } from "./stageTimes";
import { buildSummaryJson, writeSummaryJson } from "./summaryJson";
import { writeReportWorkbook } from "./writeReportWorkbook";

export async function writeSummaryOutputs(
  data: CleanData,
  results: AnalysisResults,
  options: CliOptions,
  io: CliIo,
  t: TFunction,
  stage?: StageTimer
): Promise<void> {
  if (options.json) {
    await writeSummaryJson(io, options.json, buildSummaryJson(data, results, t));
    io.stdout(t("common:cli.jsonWritten", { path: options.json }));
    stage?.("JSON summary");
  }
  if (options.out) {
    const write = io.writeReportWorkbook ?? writeReportWorkbook;
    const outcome = await write(data, results, options, options.out, stage);
    io.stdout(
      t("common:cli.reportWritten", { path: outcome.path, sheets: outcome.sheets.join(", ") })
    );
  }
}
