/**
 * The outputs of a run on per-customer summaries (`analyze --summary`, `--engine duckdb`,
 * `--postgres`, a summary sheet): the --json summary, streamed where the CLI can, and the
 * report workbook (--out), each named on stdout once written. A file that cannot be written is
 * the in-memory path's usage error (outputWrite.ts), returned for the run to print (exit 2).
 */
import type { TFunction } from "i18next";
import type { CleanData } from "../analytics/pipeline";
import type { AnalysisResults } from "../analytics/runAnalyses";
import type { CliOptions, CliUsageError } from "./cliOptions";
import { anyWriteError, writeOutput } from "./outputWrite";
import type { CliIo } from "./run";
import type { StageTimer } from "./stageTimes";
import { buildSummaryJson, writeSummaryJson } from "./summaryJson";
import { writeReportWorkbook } from "./writeReportWorkbook";

/** Writes --json and --out; the usage error of the first that cannot be written, else null. */
export async function writeSummaryOutputs(
  data: CleanData,
  results: AnalysisResults,
  options: CliOptions,
  io: CliIo,
  t: TFunction,
  stage?: StageTimer
): Promise<CliUsageError | null> {
  const json = options.json;
  if (json) {
    const written = await writeOutput(
      json,
      () => writeSummaryJson(io, json, buildSummaryJson(data, results, t, { lazyCustomers: true })),
      anyWriteError
    );
    if (!written.ok) return written.error;
    io.stdout(t("common:cli.jsonWritten", { path: json }));
    stage?.("JSON summary");
  }
  const out = options.out;
  if (out) {
    const write = io.writeReportWorkbook ?? writeReportWorkbook;
    const written = await writeOutput(out, () => write(data, results, options, out, stage));
    if (!written.ok) return written.error;
    const outcome = written.value;
    io.stdout(
      t("common:cli.reportWritten", { path: outcome.path, sheets: outcome.sheets.join(", ") })
    );
  }
  return null;
}
