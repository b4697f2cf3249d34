/**
 * `analyze --engine duckdb FILES...`: the summaries from embedded DuckDB and the analyses of them.
 */
import { dateOrderOfCulture } from "../analytics/input/values/dateOrder";
import type { AnalysisResults } from "../analytics/runAnalyses";
import { analyzeCustomerSummaries, analyzeSummaries } from "../warehouse/analyzeSummaries";
import { withMonthlyHistory } from "../warehouse/monthlyHistory";
import type { WarehouseSummaries } from "../warehouse/summaryContract";
import { analysisSettings, warehouseSettings } from "./analysisSettings";
import type { CliOptions } from "./cliOptions";
import type { stageTimer } from "./stageTimes";

/**
 * The DuckDB engine's summaries of the files, and the analyses of them: all but the monthly
 * history run beside DuckDB's monthly summary (EngineSettings.beside).
 */
export async function analyzedWithDuckdb(
  options: CliOptions,
  stage: ReturnType<typeof stageTimer>
): Promise<{ summaries: WarehouseSummaries; analyses: AnalysisResults }> {
  let beside: AnalysisResults | null = null;
  // loaded on demand: the in-memory path never starts the native engine
  const { summariesWithDuckdb } = await import("../warehouse/duckdbEngine");
  const summaries = await summariesWithDuckdb(options.files, {
    ...warehouseSettings(options),
    dateOrder: options.dateOrder ?? dateOrderOfCulture(options.culture) ?? undefined,
    onStage: stage,
    beside: (others) => {
      // (files' customers have no attributes to break uplift down by: a PostgreSQL table's)
      beside = analyzeCustomerSummaries(others, true, analysisSettings(options));
      stage?.("analyses (RFM, migration, LTV fits, uplift)");
    },
  });
  const early = beside as AnalysisResults | null;
  const analyses =
    early === null
      ? analyzeSummaries(summaries, analysisSettings(options))
      : summaries.monthly
        ? withMonthlyHistory(early, summaries.monthly)
        : early;
  return { summaries, analyses };
}
