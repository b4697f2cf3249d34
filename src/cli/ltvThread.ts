/**
 * The command line's LtvFitting: the LTV job (customer summary, model fits, validation check:
 * ltvJob.ts) run on a worker thread (ltvWorker.ts) while this one scores the RFM segments, the
 * migration, the KPIs and the history; its answer taken, without an event loop turn, when the
 * LTV stage comes (runAnalyses is synchronous): the worker raises a shared flag, this thread
 * waits on it (Atomics.wait) and reads the message from the job's port (receiveMessageOnPort).
 *
 * Never waits forever: a worker that has not answered after as long again as the job has run,
 * and at least MIN_WAIT_MS (a busy machine slows it; only a dead one never answers), is left and
 * the job made here; so is a job whose worker failed or is missing (tsx, tests run from the
 * sources: the bundle is not there). The results are the same numbers either way (pure
 * functions of the same lines).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import {
  fitHere,
  type LtvFitting,
  type LtvJobResult,
  type StartedLtvJob,
  type ValidationCheck,
} from "../analytics/ltv/ltvJob";
import type { LtvJobMessage } from "./ltvWorker";

/** The worker's bundle, built beside the command's (scripts/build-cli.mjs). */
export const LTV_WORKER = path.join(__dirname, "ltv-worker.cjs");

/** A message of the worker's. */
interface Answer {
  value: unknown;
}

/**
 * Lines from which the job goes to a thread: under it the thread's costs (its start, the copy
 * of the lines, the other core taken from this thread's garbage collector) ate the gain. Built
 * CLI, interleaved runs: Online Retail (541,909 lines) 1.27 s with the thread, 1.24 s without;
 * 1,000,000 lines 2.45 s against 2.56 s; 4,000,000 lines 10.1-10.9 s against 12.3 s.
 */
export const THREAD_FROM_LINES = 750_000;

/**
 * The least a job is waited for. A worker that throws says so at once; one that never answers
 * has died (out of memory), which costs this long before the job is made here. A busy machine
 * (a test run beside others) made a worker miss the shorter rule alone.
 */
export const MIN_WAIT_MS = 10_000;

export class LtvThread implements LtvFitting {
  private worker: Worker | null = null;
  /** Jobs whose summary and fits came from the worker. */
  answered = 0;

  constructor(
    private readonly workerFile = LTV_WORKER,
    private readonly fromLines = THREAD_FROM_LINES,
    private readonly minWaitMs = MIN_WAIT_MS
  ) {}

  start(...[lines, job]: Parameters<LtvFitting["start"]>): StartedLtvJob {
    const here = fitHere.start(lines, job);
    if (lines.customer.length < this.fromLines) return here;
    if (this.worker === null && existsSync(this.workerFile)) {
      try {
        this.worker = new Worker(this.workerFile);
      } catch {
        return here;
      }
      // Never what keeps the process alive; an error stops it (jobs are then made here).
      this.worker.unref();
      this.worker.on("error", () => this.stop());
    }
    const worker = this.worker;
    if (worker === null) return here;
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    const flag = new Int32Array(new SharedArrayBuffer(8));
    const message: LtvJobMessage = { lines, job, port: port2, flag };
    worker.postMessage(message, [port2]);
    const started = performance.now();
    // Slot 0: the summary and fits; slot 1: the validation check (each message in that order).
    const answers: (Answer | null | undefined)[] = [undefined, undefined];
    const take = (slot: number): Answer | null => {
      for (let s = 0; s <= slot; s++) {
        if (answers[s] !== undefined) continue;
        Atomics.wait(flag, s, 0, Math.max(this.minWaitMs, performance.now() - started));
        const received = Atomics.load(flag, s) === 1 ? receiveMessageOnPort(port1) : undefined;
        answers[s] = received === undefined ? null : { value: received.message };
        if (s === 0 && received !== undefined) this.answered++;
        if (answers[s] === null) {
          // not answered in time, or failed: the rest is made here
          answers.fill(null);
          port1.close();
          this.stop();
        }
      }
      if (slot === 1 && answers[1] !== null) port1.close();
      return answers[slot] ?? null;
    };
    return {
      models: () => (take(0)?.value as LtvJobResult | undefined) ?? here.models(),
      validation: () => {
        const taken = take(1);
        return taken ? (taken.value as ValidationCheck) : here.validation();
      },
    };
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
