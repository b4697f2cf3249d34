/**
 * The LTV job's thread (ltvThread.ts): runs each job it is sent and answers on the job's port in
 * two messages, the summary and fits first, then the validation check (ltvJob.ts), raising the
 * job's flag for each (slot 0, then 1; 1: answered, 2: failed) for a main thread that may be
 * waiting on it with Atomics.wait. Bundled on its own (build/cli/ltv-worker.cjs): it loads the
 * LTV code alone.
 */
import { parentPort, type MessagePort } from "node:worker_threads";
import type { TransactionLines } from "../analytics/transactionLines";
import { ltvJobModels, ltvJobValidation, type LtvJob } from "../analytics/ltv/ltvJob";

export interface LtvJobMessage {
  lines: TransactionLines;
  job: LtvJob;
  port: MessagePort;
  flag: Int32Array;
}

parentPort?.on("message", ({ lines, job, port, flag }: LtvJobMessage) => {
  const answer = (slot: number, make: () => { value: unknown; moved: ArrayBuffer[] }) => {
    let state = 2;
    try {
      const { value, moved } = make();
      port.postMessage(value, moved);
      state = 1;
    } finally {
      Atomics.store(flag, slot, state);
      Atomics.notify(flag, slot);
    }
  };
  try {
    answer(0, () => {
      const models = ltvJobModels(lines, job);
      const { pAlive, expectedPurchases, expectedSpend, clv } = models.fit;
      const columns = [pAlive, expectedPurchases, expectedSpend, clv];
      // each buffer once: a transfer list may not name one twice
      const moved = new Set(columns.flatMap((c) => (c ? [c.buffer as ArrayBuffer] : [])));
      return { value: models, moved: [...moved] };
    });
    answer(1, () => ({ value: ltvJobValidation(lines, job), moved: [] }));
  } catch {
    // the flag says so: the main thread makes the rest of the job itself
  } finally {
    port.close();
  }
});
