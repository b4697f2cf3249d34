/**
 * Tiny benchmark helpers: median wall time of repeated runs and peak memory, so every bench
 * reports "ours vs a baseline measured in the same run" as a ratio, never as a pass/fail.
 */
import { performance } from "node:perf_hooks";

export interface Timing {
  label: string;
  medianMs: number;
  runs: number[];
}

/** Runs `fn` `runs` times after one warm-up and returns the median wall time in milliseconds. */
export async function timeIt(label: string, fn: () => unknown, runs = 5): Promise<Timing> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { label, medianMs: sorted[Math.floor(sorted.length / 2)], runs: times };
}

/** Resident set size now, in MiB (peak is tracked by sampling in `trackPeakMemory`). */
export function rssMiB(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

/** Samples RSS every few ms while `fn` runs; returns its result and the peak in MiB. */
export async function trackPeakMemory<T>(
  fn: () => T | Promise<T>
): Promise<{ result: T; peakMiB: number }> {
  let peak = rssMiB();
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB())), 5);
  try {
    const result = await fn();
    peak = Math.max(peak, rssMiB());
    return { result, peakMiB: peak };
  } finally {
    clearInterval(timer);
  }
}

export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`;
}

/** "ours 120 ms, baseline 480 ms: 4.0x faster" */
export function ratioLine(ours: Timing, baseline: Timing): string {
  const ratio = baseline.medianMs / ours.medianMs;
  return `${ours.label} ${formatMs(ours.medianMs)}, ${baseline.label} ${formatMs(baseline.medianMs)}: ${ratio.toFixed(1)}x`;
}

/** A bench module's default export: runs its measurements and prints lines with `log`. */
export type Bench = (log: (line: string) => void) => Promise<void>;
