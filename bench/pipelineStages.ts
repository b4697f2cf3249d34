/**
 * One dataset through the whole pipeline, stage by stage, in a process of its own (so each
 * dataset's peak memory is its own): read (open the files), clean, each analysis (runAnalyses'
 * stages; the LTV stage includes its holdout check, the migration stage the KPIs), the JSON
 * summary and, with --xlsx, the report workbook. Prints one JSON line for bench/pipeline.bench.ts.
 *
 * Usage: tsx bench/pipelineStages.ts [--xlsx] FILE...
 */
import { performance } from "node:perf_hooks";
import { loadAndClean } from "../src/analytics/pipeline";
import { runAnalyses, type AnalysisStage } from "../src/analytics/runAnalyses";
import { LtvThread } from "../src/cli/ltvThread";
import { openWorkbookSource } from "../src/cli/openWorkbookSource";
import { readFileBytes } from "../src/cli/readFileBytes";
import { buildSummaryJson, summaryJsonText } from "../src/cli/summaryJson";
import { translator } from "../src/i18n";
import { buildReport } from "../src/report";
import { writeReportXlsx } from "../src/xlsx/writeReport";

interface StageFigure {
  stage: string;
  ms: number;
  peakMiB: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const xlsx = args.includes("--xlsx");
  const files = args.filter((a) => a !== "--xlsx");
  const figures: StageFigure[] = [];
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss / 1048576));
  const timer = setInterval(sample, 5);
  let stage = "";
  let started = 0;
  const begin = (name: string) => {
    if (stage !== "") end();
    stage = name;
    started = performance.now();
    peak = 0;
    sample();
  };
  const end = () => {
    sample();
    figures.push({ stage, ms: performance.now() - started, peakMiB: peak });
    stage = "";
  };
  // Sampling runs between awaits only: a stage that never yields is sampled at its ends.
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  // as the command runs: the LTV job on a thread of its own (from THREAD_FROM_LINES lines)
  const fitting = new LtvThread();
  begin("read");
  const opened = await openWorkbookSource(files, {
    exists: () => true,
    readFile: readFileBytes,
  });
  if ("error" in opened) throw new Error(JSON.stringify(opened.error));
  await tick();
  begin("clean");
  const cleaned = await loadAndClean(opened.source, {});
  if (!cleaned.ok) throw new Error(JSON.stringify(cleaned.error));
  await tick();
  const results = runAnalyses(cleaned.data, {}, (s: AnalysisStage) => begin(s), fitting);
  fitting.stop();
  await tick();
  begin("json");
  const text = summaryJsonText(buildSummaryJson(cleaned.data, results, translator("en")));
  if (xlsx) {
    begin("xlsx");
    const model = buildReport(
      { ...results, dataQuality: cleaned.data.dataQuality },
      { language: "en", generatedAt: 0, version: "bench" }
    );
    await writeReportXlsx(model);
  }
  end();
  clearInterval(timer);
  process.stdout.write(
    `${JSON.stringify({
      lines: cleaned.data.dataQuality.rowsRead,
      customers: results.rfm?.customers.length ?? 0,
      jsonBytes: text.length,
      stages: figures,
    })}\n`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
