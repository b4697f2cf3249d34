/**
 * The worker side of paneFullSheet.bench.ts: what the pane's analysis worker does with the
 * sheets read from Excel (open, then analyse with the default settings), timing each progress
 * stage. Runs in a worker_threads Worker under the bench's heap limit.
 */
import { getHeapStatistics } from "node:v8";
import { performance } from "node:perf_hooks";
import { parentPort } from "node:worker_threads";
import type { RawSheet } from "../src/analytics/domain";
import { DEFAULT_SETTINGS } from "../src/taskpane/settings/paneSettings";
import { createAnalysisApi } from "../src/taskpane/worker/analysisApi";
import type { RunProgress } from "../src/taskpane/worker/engineTypes";

export interface WorkerReport {
  handOverMs: number;
  analyseMs: number;
  customers: number;
  stages: { stage: string; ms: number }[];
  longestGapMs: number;
  longestGapStage: string;
  heapUsedMiB: number;
  heapTotalMiB: number;
}

const MiB = 1024 * 1024;

parentPort?.once("message", async (message: { sheets: RawSheet[]; postedAt: number }) => {
  const handOverMs = Date.now() - message.postedAt;
  const api = createAnalysisApi();
  const start = performance.now();
  const opened = await api.open({
    kind: "sheets",
    sheets: message.sheets,
    info: { date1904: false, culture: "en-US" },
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const events: { stage: string; at: number }[] = [{ stage: "open", at: start }];
  const output = await api.analyse(
    {
      choice: { sheets: {}, mappings: {} },
      settings: DEFAULT_SETTINGS,
      language: "en",
      generatedAt: Date.UTC(2025, 0, 2),
    },
    (progress: RunProgress) => events.push({ stage: progress.stage, at: performance.now() })
  );
  const end = performance.now();
  if (!output.ok) throw new Error(JSON.stringify(output.problem));
  events.push({ stage: "end", at: end });
  const stages: { stage: string; ms: number }[] = [];
  let longestGapMs = 0;
  let longestGapStage = "";
  for (let i = 1; i < events.length; i++) {
    const ms = events[i].at - events[i - 1].at;
    const stage = events[i - 1].stage;
    const last = stages[stages.length - 1];
    if (last?.stage === stage) last.ms += ms;
    else stages.push({ stage, ms });
    if (ms > longestGapMs) [longestGapMs, longestGapStage] = [ms, stage];
  }
  const heap = getHeapStatistics();
  const report: WorkerReport = {
    handOverMs,
    analyseMs: end - start,
    customers: output.value.results.rfm?.customers.length ?? 0,
    stages,
    longestGapMs,
    longestGapStage,
    heapUsedMiB: heap.used_heap_size / MiB,
    heapTotalMiB: heap.total_heap_size / MiB,
  };
  parentPort?.postMessage(report);
});
