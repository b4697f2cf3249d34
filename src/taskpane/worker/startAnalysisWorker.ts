import { wrap, type Remote } from "comlink";
import type { AnalysisApi } from "./analysisApi";

export type AnalysisWorker = {
  readonly api: Remote<AnalysisApi>;
  readonly terminate: () => void;
  /** Called when the worker fails outside any call (a script error, out of memory). */
  readonly onFailure: (listener: (message: string) => void) => void;
};

/**
 * Starts the analysis worker. webpack 5 sees `new Worker(new URL(..., import.meta.url))` and
 * emits the worker as its own bundle, so the engine never weighs on the pane's first load.
 */
export function startAnalysisWorker(): AnalysisWorker {
  const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), {
    name: "crm-analytics-engine",
  });
  return {
    api: wrap<AnalysisApi>(worker),
    terminate: () => worker.terminate(),
    onFailure: (listener) =>
      worker.addEventListener("error", (event) => listener(event.message || "worker error")),
  };
}
