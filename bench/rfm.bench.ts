/**
 * RFM (features + scores + segments + summary) on the full Online Retail file and on a generated
 * 1,000,000-line file, against a plain baseline measured in the same run: group lines in a Map of
 * arrays, compute each customer's values from its array, sort each metric with a comparator,
 * simple-statistics quantiles, a lookup table for the segments. Target: under 1 s for 1M lines.
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { quantileSorted } from "simple-statistics";
import { dayNumber, MS_PER_DAY, type Transaction } from "../src/analytics/domain";
import { analyzeRfm } from "../src/analytics/rfm";
import { onlineRetailTransactions } from "../test/support/onlineRetail";
import { mulberry32 } from "../scripts/sample/random";
import { formatMs, ratioLine, rssMiB, timeIt, trackPeakMemory, type Bench } from "./harness";

/**
 * `lines` transaction lines shaped like a retailer's: 100,000 customers of very uneven activity
 * (a few buy weekly, most once or twice), invoices of 1-9 lines over two years, 3 % returns.
 */
export function generateTransactions(lines: number, seed = 42): Transaction[] {
  const random = mulberry32(seed);
  const customers = 100_000;
  const start = Date.UTC(2022, 0, 1);
  const span = 730;
  const out: Transaction[] = [];
  let invoice = 100_000;
  while (out.length < lines) {
    // skewed customer choice: squaring favours low ids, the heavy buyers
    const customer = Math.floor(random() * random() * customers);
    const date = start + Math.floor(random() * span * MS_PER_DAY);
    const id = String(++invoice);
    const isReturn = random() < 0.03;
    const n = 1 + Math.floor(random() * 9);
    for (let i = 0; i < n && out.length < lines; i++) {
      const amount = Math.round((1 + random() * 40) * 100) / 100;
      out.push({
        customerId: `C${customer}`,
        date,
        amount: isReturn ? -amount : amount,
        invoiceId: isReturn ? `C${id}` : id,
        isReturn,
        source: { sheet: "Transactions", row: out.length + 2 },
      });
    }
  }
  return out;
}

const classicGrid: Record<string, string> = {};
const rows: Record<number, string[]> = {
  5: ["newCustomers", "potentialLoyalists", "potentialLoyalists", "champions", "champions"],
  4: ["promising", "potentialLoyalists", "potentialLoyalists", "loyal", "loyal"],
  3: ["aboutToSleep", "aboutToSleep", "needAttention", "loyal", "loyal"],
  2: ["hibernating", "hibernating", "atRisk", "atRisk", "cantLose"],
  1: ["lost", "hibernating", "atRisk", "atRisk", "cantLose"],
};
for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) classicGrid[`${r}${f}`] = rows[r][f - 1];

/** The plain way: Map of arrays, per-customer loops, comparator sorts, a lookup table. */
export function baselineRfm(transactions: readonly Transaction[]): Map<string, string> {
  let last = -Infinity;
  for (const t of transactions) last = Math.max(last, dayNumber(t.date));
  const asOfDay = last + 1;
  const groups = new Map<string, Transaction[]>();
  for (const t of transactions) {
    const list = groups.get(t.customerId);
    if (list) list.push(t);
    else groups.set(t.customerId, [t]);
  }
  const customers: { id: string; r: number; f: number; m: number }[] = [];
  for (const [id, list] of groups) {
    const purchases = list.filter((t) => !t.isReturn && dayNumber(t.date) < asOfDay);
    if (purchases.length === 0) continue;
    const lastDay = Math.max(...purchases.map((t) => dayNumber(t.date)));
    const occasions = new Set(purchases.map((t) => t.invoiceId ?? `day${dayNumber(t.date)}`));
    const net = list.reduce((a, t) => a + t.amount, 0);
    customers.push({ id, r: asOfDay - lastDay, f: occasions.size, m: Math.max(0, net) });
  }
  const scoreOf = (values: number[], invert: boolean): number[] => {
    const sorted = [...values].sort((a, b) => a - b);
    const cuts = [1, 2, 3, 4].map((j) => quantileSorted(sorted, j / 5));
    return values.map((v) => {
      const group = 1 + cuts.filter((c) => v > c).length;
      return invert ? 6 - group : group;
    });
  };
  const r = scoreOf(
    customers.map((c) => c.r),
    true
  );
  const f = scoreOf(
    customers.map((c) => c.f),
    false
  );
  scoreOf(
    customers.map((c) => c.m),
    false
  );
  return new Map(customers.map((c, i) => [c.id, classicGrid[`${r[i]}${f[i]}`]]));
}

/** Median CPU time (user + system, all threads) of `runs` runs, in ms: steadier than wall time
 * when other jobs share the two cores. */
function medianCpuMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function measure(
  log: (line: string) => void,
  name: Dataset,
  transactions: Transaction[],
  runs: number
): Promise<void> {
  const ours = analyzeRfm(transactions);
  const plain = baselineRfm(transactions);
  const disagreements = ours.customers.filter((c) => plain.get(c.id) !== c.segment).length;
  const count = (x: number) => x.toLocaleString("en");
  log(
    `${name}: ${count(transactions.length)} lines, ${count(ours.customers.length)} customers ` +
      `(baseline ${count(plain.size)}, segments differing: ${disagreements})`
  );
  const oursTime = await timeIt("ours", () => analyzeRfm(transactions), runs);
  const baseTime = await timeIt("baseline", () => baselineRfm(transactions), runs);
  log(`  wall, median of ${runs}: ${ratioLine(oursTime, baseTime)}`);
  const oursCpu = medianCpuMs(() => analyzeRfm(transactions), runs);
  const baseCpu = medianCpuMs(() => baselineRfm(transactions), runs);
  log(
    `  cpu,  median of ${runs}: ours ${formatMs(oursCpu)}, baseline ${formatMs(baseCpu)}: ` +
      `${(baseCpu / oursCpu).toFixed(1)}x`
  );
  const oursMemory = peakInFreshProcess(name, "ours");
  const baseMemory = peakInFreshProcess(name, "baseline");
  log(
    `  peak RSS in a fresh process: ours ${oursMemory}, baseline ${baseMemory} (data alone, then during one run)`
  );
}

type Dataset = "generated" | "Online Retail";
type Contender = "ours" | "baseline";

function dataset(name: Dataset): Transaction[] {
  return name === "generated" ? generateTransactions(1_000_000) : onlineRetailTransactions();
}

/**
 * Peak memory is only meaningful in a process that has run nothing else: this file runs itself
 * in a child (same node flags, with --expose-gc) that builds the data, collects garbage, notes
 * the RSS, runs one contender once and reports the peak.
 */
function peakInFreshProcess(name: Dataset, contender: Contender): string {
  const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", __filename], {
    env: { ...process.env, RFM_BENCH_CHILD: `${name}|${contender}` },
    encoding: "utf8",
  });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !line.startsWith("{"))
    return `unavailable (${child.stderr.trim().slice(0, 80)})`;
  const { data, peak } = JSON.parse(line) as { data: number; peak: number };
  return `${data.toFixed(0)} -> ${peak.toFixed(0)} MiB (+${(peak - data).toFixed(0)})`;
}

async function childMain(spec: string): Promise<void> {
  const [name, contender] = spec.split("|") as [Dataset, Contender];
  const transactions = dataset(name);
  global.gc?.();
  const data = rssMiB();
  const run = (): unknown =>
    contender === "ours" ? analyzeRfm(transactions) : baselineRfm(transactions);
  const { peakMiB } = await trackPeakMemory(run);
  console.log(JSON.stringify({ data, peak: peakMiB }));
}

if (process.env.RFM_BENCH_CHILD) void childMain(process.env.RFM_BENCH_CHILD);

const bench: Bench = async (log) => {
  log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} on ${cpus().length} cores`
  );
  // The generated file first, on a heap that does not also hold Online Retail.
  let start = performance.now();
  const generated = dataset("generated");
  log(`generated 1,000,000 lines in ${formatMs(performance.now() - start)} (seed 42, not timed)`);
  await measure(log, "generated", generated, 5);
  start = performance.now();
  const retail = dataset("Online Retail");
  log(`Online Retail read and cleaned in ${formatMs(performance.now() - start)} (not timed)`);
  await measure(log, "Online Retail", retail, 7);
  log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`
  );
};

export default bench;
