/**
 * The LTV job on a worker thread (LtvThread, the built worker bundle of jest's global setup):
 * the analyses' results are those made on this thread, value for value, on the sample workbook
 * (5,000 customers, a validation check) and with a calibration end given (a holdout of the
 * user's, no validation); a worker that fails, never answers or is missing leaves the job to
 * this thread, with the same results, and never hangs the run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisSettings } from "../../src/analytics/runAnalyses";
import type { CleanData } from "../../src/analytics/pipeline";
import { fitHere } from "../../src/analytics/ltv/ltvJob";
import { LtvThread } from "../../src/cli/ltvThread";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { SAMPLE } from "../support/sampleReports";

const WORKER = path.resolve(__dirname, "../../build/cli/ltv-worker.cjs");

let data: CleanData;
beforeAll(async () => {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE)));
  if (!loaded.ok) throw new Error(loaded.error.code);
  data = loaded.data;
});

/** runAnalyses through `thread`, stopped after. */
function analysed(thread: LtvThread, settings: AnalysisSettings = {}) {
  try {
    return runAnalyses(data, settings, undefined, thread);
  } finally {
    thread.stop();
  }
}

/** A worker script of its own, in a fresh folder. */
function workerScript(source: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ltv-worker-")), "worker.cjs");
  writeFileSync(file, source);
  return file;
}

describe("LtvThread", () => {
  it("gives the results made on this thread: the validation check's, the user's holdout", () => {
    const calibrated: AnalysisSettings = {
      ltv: { calibrationEnd: Date.UTC(2025, 5, 30), holdoutEnd: Date.UTC(2025, 11, 30) },
    };
    for (const settings of [{}, calibrated]) {
      const here = runAnalyses(data, settings, undefined, fitHere);
      // waited for as long as it takes on a busy machine (the test run beside others)
      const thread = new LtvThread(WORKER, 0, 120_000);
      const there = analysed(thread, settings);
      expect(thread.answered).toBe(1);
      expect(there.ltv!.customers.length).toBeGreaterThan(4000);
      expect(there.ltv!.holdout).not.toBeNull();
      expect(there).toStrictEqual(here);
    }
    expect(runAnalyses(data).ltv!.holdout!.validationFit).toBeDefined();
  });

  it("makes the job here when the worker throws, exits, never answers or is missing", () => {
    const here = runAnalyses(data);
    const workers = [
      'require("node:worker_threads").parentPort.on("message", () => { throw new Error("x"); });',
      'require("node:worker_threads").parentPort.on("message", () => process.exit(3));',
      // keeps the job's port and flag, and answers nothing
      'const kept = []; require("node:worker_threads").parentPort.on("message", (m) => kept.push(m));',
    ].map(workerScript);
    for (const file of [...workers, path.join(tmpdir(), "no-such-worker.cjs")]) {
      const started = performance.now();
      // no least wait: the silent worker is left after as long again as the job had run
      const thread = new LtvThread(file, 0, 0);
      expect(analysed(thread)).toStrictEqual(here);
      expect(thread.answered).toBe(0);
      // not waiting forever on the silent one: at most as long again as the job had run
      expect(performance.now() - started).toBeLessThan(60_000);
    }
  });
});
