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
import type { PackedSheets } from "../src/taskpane/worker/packedSheets";

/** The sheets as the pane hands them over: packed (today) or as RawSheets (a structured clone). */
export type HandOver = { postedAt: number } & (
  { kind: "sheets"; sheets: RawSheet[] } | { kind: "packedSheets"; packed: PackedSheets }
);

export interface WorkerReport {
  /** From the post on the pane's thread to the message's arrival here (the clone's copy). */
  handOverMs: number;
  /** The API's open: unpacking (packed) and the workbook overview; its CPU (process). */
  openMs: number;
  openCpuMs: number;
  analyseMs: number;
  /** CPU of the process (both threads; the pane's idles) during the analysis. */
  analyseCpuMs: number;
  customers: number;
  /** Per run stage: time, CPU, and the longest time without a progress event in it. */
  stages: { stage: string; ms: number; cpuMs: number; gapMs: number }[];
  longestGapMs: number;
  longestGapStage: string;
  heapUsedMiB: number;
  heapTotalMiB: number;
}

const MiB = 1024 * 1024;
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

parentPort?.once("message", async (message: HandOver) => {
  const handOverMs = Date.now() - message.postedAt;
  const api = createAnalysisApi();
  const info = { date1904: false, culture: "en-US" };
  const openStart = performance.now();
  const openCpu = cpuMs();
  const opened = await api.open(
    message.kind === "sheets"
      ? { kind: "sheets", sheets: message.sheets, info }
      : { kind: "packedSheets", packed: message.packed, info }
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const start = performance.now();
  const startCpu = cpuMs();
  const events: { stage: string; at: number; cpu: number }[] = [
    { stage: "analyse", at: start, cpu: startCpu },
  ];
  const output = await api.analyse(
    {
      choice: { sheets: {}, mappings: {} },
      settings: DEFAULT_SETTINGS,
      language: "en",
      generatedAt: Date.UTC(2025, 0, 2),
    },
    (progress: RunProgress) =>
      events.push({ stage: progress.stage, at: performance.now(), cpu: cpuMs() })
  );
  const end = performance.now();
  if (!output.ok) throw new Error(JSON.stringify(output.problem));
  events.push({ stage: "end", at: end, cpu: cpuMs() });
  const stages: WorkerReport["stages"] = [];
  let longestGapMs = 0;
  let longestGapStage = "";
  for (let i = 1; i < events.length; i++) {
    const ms = events[i].at - events[i - 1].at;
    const cpu = events[i].cpu - events[i - 1].cpu;
    const stage = events[i - 1].stage;
    const last = stages[stages.length - 1];
    if (last?.stage === stage) {
      last.ms += ms;
      last.cpuMs += cpu;
      last.gapMs = Math.max(last.gapMs, ms);
    } else stages.push({ stage, ms, cpuMs: cpu, gapMs: ms });
    if (ms > longestGapMs) [longestGapMs, longestGapStage] = [ms, stage];
  }
  const heap = getHeapStatistics();
  const report: WorkerReport = {
    handOverMs,
    openMs: start - openStart,
    openCpuMs: startCpu - openCpu,
    analyseMs: end - start,
    analyseCpuMs: events[events.length - 1].cpu - startCpu,
    customers: output.value.results.rfm?.customers.length ?? 0,
    stages,
    longestGapMs,
    longestGapStage,
    heapUsedMiB: heap.used_heap_size / MiB,
    heapTotalMiB: heap.total_heap_size / MiB,
  };
  parentPort?.postMessage(report);
});
