/**
 * Reading the 3 MB sample workbook (info, listing, every sheet: what the CLI and the pane's
 * worker do when they open it) with the values-only reader, and with the ExcelJS reader it
 * replaced (test/support/exceljsWorkbookSource.ts), interleaved in the same run: wall time
 * (median of 3 after a warm-up), CPU time, and the ratio. Also the CLI's whole read + clean of
 * the sample (loadAndClean) with each. Node's load average is printed: the two cores are shared.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { loadAndClean } from "../src/analytics/pipeline";
import type { WorkbookSource } from "../src/analytics/input";
import { XlsxWorkbookSource } from "../src/xlsx/workbookSourceXlsx";
import { ExcelJsWorkbookSource } from "../test/support/exceljsWorkbookSource";
import { readAll } from "../test/support/readBothWays";
import type { Bench } from "./harness";

const SAMPLE = join(__dirname, "../assets/sample/crm-sample.xlsx");
const RUNS = 3;

type Open = (bytes: Uint8Array) => Promise<WorkbookSource>;
const readers: [string, Open][] = [
  ["values-only reader", (b) => XlsxWorkbookSource.load(b)],
  ["ExcelJS reader (before)", (b) => ExcelJsWorkbookSource.load(b)],
];

async function measure(fn: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const bench: Bench = async (log) => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`
  );
  for (const [task, run] of [
    ["read every sheet", async (open: Open) => readAll(await open(bytes))],
    ["read + clean (loadAndClean)", async (open: Open) => loadAndClean(await open(bytes))],
  ] as const) {
    const wall = new Map<string, number[]>();
    const cpu = new Map<string, number[]>();
    for (const [, open] of readers) await run(open); // warm-up
    for (let i = 0; i < RUNS; i++) {
      for (const [name, open] of readers) {
        const m = await measure(() => run(open));
        wall.set(name, [...(wall.get(name) ?? []), m.wallMs]);
        cpu.set(name, [...(cpu.get(name) ?? []), m.cpuMs]);
      }
    }
    const [ours, before] = readers.map(([name]) => median(wall.get(name)!));
    for (const [name] of readers) {
      log(
        `${task}, ${name}: ${median(wall.get(name)!).toFixed(0)} ms wall, ${median(cpu.get(name)!).toFixed(0)} ms CPU`
      );
    }
    log(`${task}: values-only / ExcelJS = ${(ours / before).toFixed(3)}`);
  }
  log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`
  );
};

export default bench;
