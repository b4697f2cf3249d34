/**
 * LTV at scale: BG/NBD fit + Gamma-Gamma fit + 12-month CLV for the 100,000 customers of
 * ../shared/data/synthetic_bgnbd_100k.csv.gz (weeks), against
 * - lifetimes (Python) on this machine kind, from ../shared/data/README.md: 1.11 s + 0.16 s + 0.83 s;
 * - a straightforward baseline measured in the same run: per-customer log-likelihood with
 *   lgamma for every customer (no grouping), central-difference gradients for the same BFGS, and
 *   the CLV with 13 hypergeometric evaluations per customer (no grouping by (x, T)).
 */
import { cpus, loadavg } from "node:os";
import { formatMs, ratioLine, timeIt, trackPeakMemory, type Bench } from "./harness";
import { minimizeBfgs } from "../src/analytics/ltv/bfgs";
import { fitBgnbd } from "../src/analytics/ltv/bgnbd/fit";
import { bgnbdCustomerLogLikelihood } from "../src/analytics/ltv/bgnbd/logLikelihood";
import { expectedPurchases } from "../src/analytics/ltv/bgnbd/predict";
import type { BgnbdParams } from "../src/analytics/ltv/bgnbd/params";
import { customerLifetimeValues } from "../src/analytics/ltv/clv";
import {
  expectedAverageSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  type GammaGammaParams,
} from "../src/analytics/ltv/gammaGamma";
import { unitsPerMonth } from "../src/analytics/ltv/timeUnit";
import { readSyntheticSummary, type SyntheticSummary } from "../test/support/synthetic";

const LIFETIMES_SECONDS = { bgnbd: 1.11, gammaGamma: 0.16, clv: 0.83 };
const LIFETIMES_TOTAL_MS =
  (LIFETIMES_SECONDS.bgnbd + LIFETIMES_SECONDS.gammaGamma + LIFETIMES_SECONDS.clv) * 1000;
const CLV_OPTIONS = {
  horizonMonths: 12,
  monthlyDiscount: 0.01,
  margin: 1,
  timeUnit: "week" as const,
};

/** Central-difference gradient of f at x (2 evaluations per parameter). */
function numericalGradient(
  f: (x: Float64Array) => number,
  x: Float64Array,
  gradient: Float64Array
): number {
  const value = f(x);
  for (let i = 0; i < x.length; i++) {
    const h = 1e-6 * Math.max(1, Math.abs(x[i]));
    const keep = x[i];
    x[i] = keep + h;
    const up = f(x);
    x[i] = keep - h;
    const down = f(x);
    x[i] = keep;
    gradient[i] = (up - down) / (2 * h);
  }
  return value;
}

function baselineBgnbd(data: SyntheticSummary): BgnbdParams {
  const n = data.frequency.length;
  const scale = Math.max(...data.T) / 10;
  const toParams = (t: ArrayLike<number>) => ({
    r: Math.exp(t[0]),
    alpha: scale * Math.exp(t[1]),
    a: Math.exp(t[2]),
    b: Math.exp(t[3]),
  });
  const negMean = (t: Float64Array) => {
    const p = toParams(t);
    let ll = 0;
    for (let i = 0; i < n; i++)
      ll += bgnbdCustomerLogLikelihood(p, data.frequency[i], data.recency[i], data.T[i]);
    return -ll / n;
  };
  const result = minimizeBfgs((t, g) => numericalGradient(negMean, t, g), [0, 0, 0, 0], {
    gradientTolerance: 1e-6,
  });
  return toParams(result.x);
}

function baselineGammaGamma(data: SyntheticSummary): GammaGammaParams {
  const x: number[] = [];
  const m: number[] = [];
  data.frequency.forEach((f, i) => {
    if (f > 0 && data.monetary[i] > 0) {
      x.push(f);
      m.push(data.monetary[i]);
    }
  });
  const scale = m.reduce((s, v) => s + v, 0) / m.length;
  const toParams = (t: ArrayLike<number>) => ({
    p: Math.exp(t[0]),
    q: Math.exp(t[1]),
    v: scale * Math.exp(t[2]),
  });
  // The engine's eq. 3, per customer with lgamma for every row (no grouping by x).
  const negMean = (t: Float64Array) => -gammaGammaLogLikelihood(toParams(t), x, m) / x.length;
  const result = minimizeBfgs((t, g) => numericalGradient(negMean, t, g), [0, 0, 0], {
    gradientTolerance: 1e-6,
  });
  return toParams(result.x);
}

/** lifetimes' loop: for each month, E[Y(k m)] - E[Y((k-1) m)] per customer, discounted. */
function baselineClv(
  bgnbd: BgnbdParams,
  gg: GammaGammaParams,
  data: SyntheticSummary
): Float64Array {
  const month = unitsPerMonth("week");
  const values = new Float64Array(data.frequency.length);
  for (let i = 0; i < values.length; i++) {
    const x = data.frequency[i];
    const spend = expectedAverageSpend(gg, x, data.monetary[i]);
    let previous = 0;
    for (let k = 1; k <= 12; k++) {
      const cumulative = expectedPurchases(bgnbd, k * month, x, data.recency[i], data.T[i]);
      values[i] += (spend * (cumulative - previous)) / Math.pow(1.01, k);
      previous = cumulative;
    }
  }
  return values;
}

/** Median CPU time (user + system) of `runs` runs after one warm-up: steadier than wall time on a shared machine. */
function cpuTimeIt(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

function fmt(params: object): string {
  return Object.entries(params)
    .map(([k, v]) => `${k} ${(v as number).toPrecision(7)}`)
    .join(", ");
}

const bench: Bench = async (log) => {
  const data = readSyntheticSummary();
  const load = loadavg().map((l) => l.toFixed(1));
  log(
    `load average ${load.join(" ")} on ${cpus().length} cores (wall times inflate when others run)`
  );
  log(
    `${data.frequency.length} customers, ${data.frequency.filter((x) => x > 0).length} repeat customers`
  );

  let bg = fitBgnbd(data);
  let gg = fitGammaGamma(data.frequency, data.monetary);
  let clv = customerLifetimeValues(bg.params, gg.params, data, CLV_OPTIONS);
  const runs = 7;
  const tBg = await timeIt("BG/NBD fit", () => (bg = fitBgnbd(data)), runs);
  const tGg = await timeIt(
    "Gamma-Gamma fit",
    () => (gg = fitGammaGamma(data.frequency, data.monetary)),
    runs
  );
  const tClv = await timeIt(
    "12-month CLV",
    () => (clv = customerLifetimeValues(bg.params, gg.params, data, CLV_OPTIONS)),
    runs
  );
  const { result: tAll, peakMiB } = await trackPeakMemory(() =>
    timeIt(
      "ours",
      () => {
        const b = fitBgnbd(data);
        const g = fitGammaGamma(data.frequency, data.monetary);
        return customerLifetimeValues(b.params, g.params, data, CLV_OPTIONS);
      },
      runs
    )
  );
  const cpuAll = cpuTimeIt(() => {
    const b = fitBgnbd(data);
    const g = fitGammaGamma(data.frequency, data.monetary);
    return customerLifetimeValues(b.params, g.params, data, CLV_OPTIONS);
  }, runs);
  log(
    `BG/NBD: ${fmt(bg.params)}; log-likelihood ${bg.logLikelihood.toFixed(4)}; ${bg.iterations} iterations, gradient norm ${bg.gradientNorm.toExponential(1)}, converged ${bg.converged}`
  );
  log(
    `Gamma-Gamma: ${fmt(gg.params)}; ${gg.customersUsed} repeat customers; ${gg.iterations} iterations, converged ${gg.converged}`
  );
  const total = clv.reduce((s, v) => s + v, 0);
  log(
    `CLV: total ${total.toFixed(2)}, mean ${(total / clv.length).toFixed(4)}; customer 1: ${clv[0].toFixed(6)}`
  );
  log(
    `median of ${runs}: BG/NBD ${formatMs(tBg.medianMs)}, Gamma-Gamma ${formatMs(tGg.medianMs)}, CLV ${formatMs(tClv.medianMs)}; all three in one go ${formatMs(tAll.medianMs)} (peak RSS ${peakMiB.toFixed(0)} MiB)`
  );
  log(`CPU time of all three (user + system, median of ${runs}): ${formatMs(cpuAll)}`);
  log(
    `target 200 ms: ${tAll.medianMs <= 200 ? "met" : "NOT met"} (wall), ${cpuAll <= 200 ? "met" : "NOT met"} (CPU); lifetimes on this machine 2,100 ms: ${(LIFETIMES_TOTAL_MS / tAll.medianMs).toFixed(1)}x faster ` +
      `(parts: ${((LIFETIMES_SECONDS.bgnbd * 1000) / tBg.medianMs).toFixed(1)}x, ${((LIFETIMES_SECONDS.gammaGamma * 1000) / tGg.medianMs).toFixed(1)}x, ${((LIFETIMES_SECONDS.clv * 1000) / tClv.medianMs).toFixed(1)}x)`
  );

  let baseBg = bg.params;
  let baseGg = gg.params;
  let baseClv = clv;
  const bBg = await timeIt("baseline BG/NBD", () => (baseBg = baselineBgnbd(data)), 1);
  const bGg = await timeIt("baseline Gamma-Gamma", () => (baseGg = baselineGammaGamma(data)), 1);
  const bClv = await timeIt("baseline CLV", () => (baseClv = baselineClv(baseBg, baseGg, data)), 1);
  const baseline = {
    label: "baseline",
    medianMs: bBg.medianMs + bGg.medianMs + bClv.medianMs,
    runs: [],
  };
  log(
    `baseline (per-customer lgamma, numerical gradients, ungrouped CLV): ${fmt(baseBg)}; ${fmt(baseGg)}`
  );
  log(ratioLine(tBg, bBg));
  log(ratioLine(tGg, bGg));
  log(ratioLine(tClv, bClv));
  log(ratioLine(tAll, baseline));
  let maxRel = 0;
  for (let i = 0; i < clv.length; i++)
    maxRel = Math.max(maxRel, Math.abs(clv[i] - baseClv[i]) / Math.max(1e-9, Math.abs(baseClv[i])));
  log(
    `largest relative CLV difference ours vs baseline (different fits to tolerance): ${maxRel.toExponential(2)}`
  );
};

export default bench;
