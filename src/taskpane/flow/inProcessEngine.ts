import { createAnalysisApi } from "../worker/analysisApi";
import { CANCELLED, type Engine } from "./engine";

/**
 * The Engine running the worker's API on the calling thread: for tests (jsdom has no workers)
 * and for anything that cannot start a worker. Cancelling cannot interrupt a call here; the
 * running analysis resolves as CANCELLED and its result is dropped.
 */
export function createInProcessEngine(api = createAnalysisApi()): Engine {
  let generation = 0;
  return {
    open: (input, onProgress) => api.open(input, onProgress),
    check: (choice, asOfDay, settings) => api.check(choice, asOfDay, settings),
    async analyse(request, onProgress) {
      const mine = ++generation;
      const outcome = await api.analyse(request, (p) => mine === generation && onProgress(p));
      return mine === generation ? outcome : { ok: false, problem: CANCELLED };
    },
    writeXlsx: (model) => api.writeXlsx(model),
    reportIn: (language, generatedAt) => api.reportIn(language, generatedAt),
    teachingIn: (language, generatedAt, answers) => api.teachingIn(language, generatedAt, answers),
    deckIn: (language, generatedAt, workbookName) =>
      api.deckIn(language, generatedAt, workbookName),
    cancel: () => void generation++,
  };
}
