/**
 * Issue 15's pane goal: a full Excel sheet (1,048,576 rows: a header and 1,048,575 transaction
 * lines, 8 columns, 100,000 customers) read through the Excel host over the typed fake, handed
 * to the analysis worker and analysed there, as the pane does in Excel:
 * - read: the pane thread's host.readSheets (blocks sized by payload, progress per block);
 * - hand-over: the RawSheets packed on the pane's thread and moved to a worker thread
 *   (packedSheets.ts, as workerEngine.ts does); BENCH_HANDOVER=clone posts the RawSheets
 *   themselves (a structured clone, as comlink did before) for comparison;
 * - analyse: the worker's open + analyse (read, clean, RFM, migration, history, LTV, report
 *   model) under a 1,024 MB old-generation limit (resourceLimits), so finishing proves the
 *   worker heap stays within 1 GB; running out says so.
 * Progress: the longest time without a progress event in each phase (a bar that stops moving
 * for long looks like a hang). Timings are this machine's, printed with the load average; the
 * fake's speed says nothing of Excel's round trips (see excel.bench.ts for syncs and payloads).
 */
import { loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import type { RawSheet } from "../src/analytics/domain";
import { packSheets, transferablesOf } from "../src/taskpane/worker/packedSheets";
import { createExcelHost } from "../src/taskpane/host/excelHost";
import { FakeExcel } from "../test/fakes/excel/fakeExcel";
import { transactionsSheet } from "../test/fakes/excel/scenarios";
import { type Bench, formatMs } from "./harness";
import type { HandOver, WorkerReport } from "./paneFullSheetWorker";

/** Excel's last row: a header and this many lines fill the sheet. */
const LINES = 1_048_575;
const HEAP_LIMIT_MB = 1024;

/** Longest gap between consecutive instants (ms), from the phase's start to its end. */
function longestGap(start: number, events: readonly number[], end: number): number {
  let gap = 0;
  let last = start;
  for (const t of [...events, end]) {
    gap = Math.max(gap, t - last);
    last = t;
  }
  return gap;
}

async function readThroughHost(): Promise<{ sheets: RawSheet[]; ms: number; gap: number }> {
  const fake = new FakeExcel();
  fake.addGeneratedSheet("Transactions", transactionsSheet(LINES));
  const host = createExcelHost({
    run: (batch) => batch(fake),
    supports: () => true,
    fallbackCulture: () => "en-US",
  });
  const events: number[] = [];
  const start = performance.now();
  const sheets = await host.readSheets(() => events.push(performance.now()));
  const end = performance.now();
  return { sheets, ms: end - start, gap: longestGap(start, events, end) };
}

const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const HAND_OVER = process.env.BENCH_HANDOVER === "clone" ? "clone" : "packed";

async function analyseInWorker(
  sheets: RawSheet[]
): Promise<(WorkerReport & { packMs: number; packCpuMs: number }) | { error: string }> {
  // The worker bundled as the pane's is (one script, its analyses' chunk inside): through
  // tsx's CommonJS hook, the engine's dynamic import of its analyses found no module.
  // Loaded as the ES module it is (tsx would make CommonJS of a static import of it).
  const { buildCli } = await import("../scripts/build-cli.mjs");
  const file = await buildCli(
    path.join(__dirname, "../build/bench/paneFullSheetWorker.cjs"),
    path.join(__dirname, "paneFullSheetWorker.ts")
  );
  return new Promise((resolve) => {
    const worker = new Worker(file, {
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
    let packMs = 0;
    let packCpuMs = 0;
    worker.once("message", (report: WorkerReport) => {
      resolve({ ...report, packMs, packCpuMs });
      void worker.terminate();
    });
    worker.once("error", (error) => resolve({ error: String(error) }));
    if (HAND_OVER === "clone") {
      const message: HandOver = { kind: "sheets", sheets, postedAt: Date.now() };
      worker.postMessage(message);
      return;
    }
    const start = performance.now();
    const startCpu = cpuSeconds();
    const packed = packSheets(sheets);
    packMs = performance.now() - start;
    packCpuMs = (cpuSeconds() - startCpu) * 1000;
    const message: HandOver = { kind: "packedSheets", packed, postedAt: Date.now() };
    worker.postMessage(message, transferablesOf(packed));
  });
}

const bench: Bench = async (log) => {
  const cpuStart = cpuSeconds();
  log(`load average ${loadavg()[0].toFixed(1)} (2 cores: figures above ~2 mean a shared machine)`);
  const read = await readThroughHost();
  const rows = read.sheets.reduce((n, s) => n + s.rows.length, 0);
  log(
    `read ${rows.toLocaleString("en-US")} rows through the host and the fake: ${formatMs(read.ms)}, longest without progress ${formatMs(read.gap)}`
  );
  const report = await analyseInWorker(read.sheets);
  if ("error" in report) {
    log(`worker failed (heap limit ${HEAP_LIMIT_MB} MB): ${report.error}`);
    return;
  }
  const handOverMs = report.packMs + report.handOverMs + report.openMs;
  log(
    HAND_OVER === "clone"
      ? `hand-over to the worker (structured clone): ${formatMs(handOverMs)} (posted to received ${formatMs(report.handOverMs)}, open ${formatMs(report.openMs)}, CPU ${formatMs(report.openCpuMs)})`
      : `hand-over to the worker (packed, transferred): ${formatMs(handOverMs)} (pack ${formatMs(report.packMs)}, CPU ${formatMs(report.packCpuMs)}; posted to received ${formatMs(report.handOverMs)}; unpack and open ${formatMs(report.openMs)}, CPU ${formatMs(report.openCpuMs)})`
  );
  log(
    `worker analyse: ${formatMs(report.analyseMs)} (${report.customers.toLocaleString("en-US")} customers), CPU ${formatMs(report.analyseCpuMs)}, longest without progress ${formatMs(report.longestGapMs)} (${report.longestGapStage})`
  );
  for (const stage of report.stages) {
    log(
      `  ${stage.stage}: ${formatMs(stage.ms)}, CPU ${formatMs(stage.cpuMs)}, longest without progress ${formatMs(stage.gapMs)}`
    );
  }
  log(
    `worker heap: finished within a ${HEAP_LIMIT_MB} MB limit, ${report.heapUsedMiB.toFixed(0)} MiB used at the end, ${report.heapTotalMiB.toFixed(0)} MiB allocated`
  );
  const total = read.ms + handOverMs + report.analyseMs;
  log(`read + hand-over + analyse: ${formatMs(total)} (issue 15 goal: 20 s)`);
  log(
    `CPU (user + sys, both threads) ${(cpuSeconds() - cpuStart).toFixed(1)} s; load average ${loadavg()[0].toFixed(1)} at the end`
  );
};

export default bench;
