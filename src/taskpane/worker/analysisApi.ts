/**
 * What the analysis worker offers the pane, over comlink. For now a ping that proves the worker
 * bundle loads and answers; the engine's entry points (read, clean, analyse, build the report)
 * join it here so the pane never runs them on the UI thread.
 */
export const analysisApi = {
  /** Answers "pong": a caller that gets it knows the worker bundle loaded and is listening. */
  ping(): string {
    return "pong";
  },
};

export type AnalysisApi = typeof analysisApi;
