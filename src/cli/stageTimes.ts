/**
 * Stage times for the benches (bench/warehouseScale.ts): with CRM_ANALYTICS_STAGES=1 in the
 * environment, one stderr line a stage as it ends: seconds since the previous stage, the
 * process's resident memory (MiB) and the CPU seconds (user + system) of the stage, which a
 * shared machine inflates less than the wall time. Without it, nothing is printed or measured.
 */
export type StageTimer = (stage: string) => void;

export const STAGE_PREFIX = "stage\t";

export function stageTimer(write: (line: string) => void): StageTimer | undefined {
  if (process.env.CRM_ANALYTICS_STAGES !== "1") return undefined;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (stage) => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const rss = Math.round(process.memoryUsage.rss() / 2 ** 20);
    const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(2);
    write(`${STAGE_PREFIX}${stage}\t${((now - last) / 1000).toFixed(2)}\t${rss}\t${cpuSeconds}`);
    last = now;
    lastCpu = process.cpuUsage();
  };
}
