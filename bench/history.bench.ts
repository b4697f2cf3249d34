/**
 * The month in context on 1,000,000 seeded lines (bench/rfm.bench.ts's generator, seed 42):
 * segment sizes and revenue by segment at 12 and at 24 month-ends (segmentHistory, one pass),
 * and the whole history stage as runAnalyses runs it (the lines' columns read once, the 12
 * month-ends, new vs returning buyers and cohorts), each against one RFM run measured in the same
 * run (goal for the 12 month-ends: at most 2x one RFM run, issue 16).
 *
 * The machine is shared: the measurements are interleaved (each repetition runs every contender
 * once, the order reversed every other repetition) and every repetition prints its own ratios,
 * in wall time and in CPU time (user + system, steadier when others run), with the load average
 * beside them; the summary gives the median ratio over the repetitions. Garbage is collected
 * before every measurement (the measurements run in a child with --expose-gc), so no contender
 * pays for the collection of another's garbage. HISTORY_BENCH_REPS sets the number of
 * repetitions (default 7).
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { dayNumber, MS_PER_DAY, type Transaction } from "../src/analytics/domain";
import { customerLines, customerMonths, segmentHistory } from "../src/analytics/history";
import { analyzeRfm } from "../src/analytics/rfm";
import { formatMs, type Bench } from "./harness";
import { generateTransactions } from "./rfm.bench";

interface Contender {
  label: string;
  run: () => unknown;
}

interface Measure {
  wallMs: number;
  cpuMs: number;
}

function measure(fn: () => unknown): Measure {
  global.gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const loadText = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");

function contenders(transactions: Transaction[], asOfDay: number): Contender[] {
  return [
    { label: "one RFM run", run: () => analyzeRfm(transactions, { asOf: asOfDay * MS_PER_DAY }) },
    { label: "12 month-ends", run: () => segmentHistory(transactions, {}, asOfDay, 12) },
    { label: "24 month-ends", run: () => segmentHistory(transactions, {}, asOfDay, 24) },
    {
      label: "history stage (12 month-ends + buyers + cohorts)",
      run: () => {
        const lines = customerLines(transactions);
        segmentHistory(transactions, {}, asOfDay, 12, lines);
        customerMonths(transactions, asOfDay, 12, lines);
      },
    },
  ];
}

function measureAll(log: (line: string) => void): void {
  const reps = Number(process.env.HISTORY_BENCH_REPS ?? 7);
  log(`load average ${loadText()} on ${cpus().length} cores`);
  const transactions = generateTransactions(1_000_000);
  let last = -Infinity;
  for (const t of transactions) last = Math.max(last, dayNumber(t.date));
  const asOfDay = last + 1;
  const all = contenders(transactions, asOfDay);
  for (const c of all) c.run(); // warm-up

  const times = all.map(() => [] as Measure[]);
  for (let rep = 0; rep < reps; rep++) {
    const order = all.map((_, i) => i);
    if (rep % 2 === 1) order.reverse();
    for (const i of order) times[i].push(measure(all[i].run));
    const rfm = times[0][rep];
    const ratios = all
      .slice(1)
      .map((c, j) => {
        const t = times[j + 1][rep];
        return `${c.label} ${(t.wallMs / rfm.wallMs).toFixed(2)}x wall, ${(t.cpuMs / rfm.cpuMs).toFixed(2)}x CPU`;
      })
      .join("; ");
    log(
      `rep ${rep + 1}: RFM ${formatMs(rfm.wallMs)} wall, ${formatMs(rfm.cpuMs)} CPU; ${ratios}; load ${loadText()}`
    );
  }

  log(`1,000,000 lines, ${reps} interleaved repetitions, medians:`);
  for (const [i, c] of all.entries()) {
    const wall = median(times[i].map((t) => t.wallMs));
    const cpu = median(times[i].map((t) => t.cpuMs));
    if (i === 0) {
      log(`  ${c.label}: ${formatMs(wall)} wall, ${formatMs(cpu)} CPU`);
      continue;
    }
    const wallRatio = median(times[i].map((t, rep) => t.wallMs / times[0][rep].wallMs));
    const cpuRatio = median(times[i].map((t, rep) => t.cpuMs / times[0][rep].cpuMs));
    const goal = c.label === "12 month-ends" ? " (goal <= 2x)" : "";
    log(
      `  ${c.label}: ${formatMs(wall)} wall, ${formatMs(cpu)} CPU; ` +
        `${wallRatio.toFixed(2)}x one RFM run in wall time, ${cpuRatio.toFixed(2)}x in CPU time${goal}`
    );
  }
  log(`load average ${loadText()}`);
}

if (process.env.HISTORY_BENCH_CHILD) measureAll((line) => console.log(line));

const historyBench: Bench = async (log) => {
  const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", __filename], {
    env: { ...process.env, HISTORY_BENCH_CHILD: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (child.status !== 0) throw new Error(`history bench child failed (${child.status})`);
  for (const line of child.stdout.trimEnd().split("\n")) log(line);
};

export default historyBench;
