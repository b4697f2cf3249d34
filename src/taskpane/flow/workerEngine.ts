import { proxy, transfer } from "comlink";
import type { AnalysisWorker } from "../worker/startAnalysisWorker";
import type { EngineProblem, Outcome, SourceInput } from "../worker/engineTypes";
import { packSheets, transferablesOf } from "../worker/packedSheets";
import { CANCELLED, type Engine } from "./engine";

/**
 * The input as it crosses to the worker: sheets read from Excel packed into transferable arrays
 * (a full sheet's row arrays would take seconds to clone), packed anew at each opening since a
 * transfer empties the sender's buffers; files as they are.
 */
function wired(input: SourceInput): SourceInput {
  if (input.kind !== "sheets") return input;
  const packed = packSheets(input.sheets);
  return transfer({ kind: "packedSheets", packed, info: input.info }, transferablesOf(packed));
}

/**
 * The Engine over the analysis worker. Cancelling terminates the worker (the analyses are
 * synchronous: a flag would be seen only once they end) and resolves the running call as
 * CANCELLED; the next call starts a fresh worker and opens the last source in it again, so
 * the user keeps their data. A worker that dies mid-call resolves the call with a problem.
 */
export function createWorkerEngine(
  start: () => AnalysisWorker
): Engine & { ping(): Promise<string>; prepare(input: SourceInput): void } {
  let worker: AnalysisWorker | null = null;
  let lastInput: SourceInput | null = null;
  let opened = false;
  /** The workbook file handed to the worker ahead of time (prepare), in the worker it went to. */
  let prepared: {
    readonly bytes: ArrayBuffer;
    readonly fileName: string;
    readonly key: string;
    readonly worker: AnalysisWorker;
  } | null = null;
  let preparations = 0;
  const pending = new Set<(problem: EngineProblem) => void>();

  const current = (): AnalysisWorker => {
    if (!worker) {
      const started = start();
      started.onFailure((reason) => {
        if (worker === started) stop({ code: "pane:errors.engineFailed", params: { reason } });
      });
      worker = started;
    }
    return worker;
  };
  const stop = (problem: EngineProblem) => {
    worker?.terminate();
    worker = null;
    opened = false;
    for (const settle of [...pending]) settle(problem);
  };
  /** Runs a call on the worker, settled early when the worker is stopped. */
  function call<T>(body: (w: AnalysisWorker) => Promise<Outcome<T>>): Promise<Outcome<T>> {
    return new Promise((resolve) => {
      const settle = (problem: EngineProblem) => {
        pending.delete(settle);
        resolve({ ok: false, problem });
      };
      pending.add(settle);
      (async () => {
        const w = current();
        if (!opened && lastInput) {
          const reopened = await w.api.open(wired(lastInput));
          opened = reopened.ok;
        }
        return body(w);
      })().then(
        (outcome) => {
          if (pending.delete(settle)) resolve(outcome);
        },
        (thrown: unknown) => {
          const reason = thrown instanceof Error ? thrown.message : String(thrown);
          settle({ code: "pane:errors.engineFailed", params: { reason } });
        }
      );
    });
  }

  return {
    open(input, onProgress) {
      lastInput = input;
      opened = true; // the call below is the opening
      const ahead = prepared;
      prepared = null;
      return call(async (w) => {
        // The very bytes prepared in this worker: follow that opening rather than start over.
        if (
          ahead?.worker === w &&
          input.kind === "xlsx" &&
          input.bytes === ahead.bytes &&
          input.fileName === ahead.fileName
        ) {
          const followed = await w.api.openPrepared(ahead.key, onProgress && proxy(onProgress));
          if (followed) {
            opened = followed.ok;
            return followed;
          }
        }
        const outcome = await w.api.open(wired(input), onProgress && proxy(onProgress));
        opened = outcome.ok;
        return outcome;
      });
    },
    check: (choice, asOfDay, settings) => call((w) => w.api.check(choice, asOfDay, settings)),
    analyse: (request, onProgress) => call((w) => w.api.analyse(request, proxy(onProgress))),
    writeXlsx: (model) => call((w) => w.api.writeXlsx(model)),
    reportIn: (language, generatedAt) => call((w) => w.api.reportIn(language, generatedAt)),
    teachingIn: (language, generatedAt, answers) =>
      call((w) => w.api.teachingIn(language, generatedAt, answers)),
    deckIn: (language, generatedAt, workbookName) =>
      call((w) => w.api.deckIn(language, generatedAt, workbookName)),
    cancel: () => stop(CANCELLED),
    /**
     * Hands a workbook file the user is likely to open to the worker, which starts opening it
     * while idle (analysisApi's prepare); opening these very bytes then follows that opening.
     * The worker gets a copy: the caller's bytes stay whole for the opening (and any reopening).
     * Ignored once anything was opened.
     */
    prepare(input) {
      // Once the user opened something, the worker is theirs: nothing is opened on the side.
      if (input.kind !== "xlsx" || lastInput) return;
      const w = current();
      const key = String(++preparations);
      prepared = { bytes: input.bytes, fileName: input.fileName, key, worker: w };
      const copy = input.bytes.slice(0);
      void w.api.prepare(transfer({ ...input, bytes: copy }, [copy]), key).catch(() => undefined);
    },
    /** "pong" once the worker bundle has loaded and answers. */
    ping: () => current().api.ping(),
  };
}
