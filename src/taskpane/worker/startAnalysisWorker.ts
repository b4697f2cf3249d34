import { wrap, type Remote } from "comlink";
import type { AnalysisApi } from "./analysisApi";

export type AnalysisWorker = {
  readonly api: Remote<AnalysisApi>;
  readonly terminate: () => void;
};

/**
 * Starts the analysis worker. webpack 5 sees `new Worker(new URL(..., import.meta.url))` and
 * emits the worker as its own bundle, so the engine never weighs on the pane's first load.
 */
export function startAnalysisWorker(): AnalysisWorker {
  const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), {
    name: "crm-analytics-engine",
  });
  return { api: wrap<AnalysisApi>(worker), terminate: () => worker.terminate() };
}
