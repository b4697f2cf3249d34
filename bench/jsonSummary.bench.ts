/**
 * The --json summary's writer (src/cli/jsonStream.ts through writeTextFileAtomicStreamed) on a
 * summary of the 1M-line file's size: 183,436 rfm and ltv customers made lazily (lazyArray.ts,
 * as the CLI makes them), about 43 MB of JSON. Against, in the same run, JSON.stringify(value,
 * null, 2) of the same summary with its customers built, written with writeFileSync: the text
 * held whole, which the CLI does not do (906,000 customers make 436 MB). The two files are
 * compared byte for byte (a check, not a timing).
 */
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lazyArray } from "../src/analytics/lazyArray";
import { writeTextFileAtomicStreamed } from "../src/cli/atomicWrite";
import { streamSummaryJson, type SummaryJson } from "../src/cli/summaryJson";
import { formatMs, ratioLine, timeIt, trackPeakMemory, type Bench } from "./harness";

const CUSTOMERS = 183_436;
const SEGMENTS = ["Champions", "Loyal", "At risk", "Hibernating", "Can't lose them", "New"];

/** A deterministic pseudo-random number in [0, 1) of `i` and `k`. */
const noise = (i: number, k: number) => {
  const x = Math.sin(i * 12.9898 + k * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

function rfmRow(i: number) {
  return {
    id: `C${(i * 7919) % 1_000_003}`,
    recency: Math.floor(noise(i, 1) * 730),
    frequency: 1 + Math.floor(noise(i, 2) * 40),
    monetary: Math.round(noise(i, 3) * 5e9) / 1e6,
    r: 1 + (i % 5),
    f: 1 + ((i >> 2) % 5),
    m: 1 + ((i >> 4) % 5),
    segment: SEGMENTS[i % SEGMENTS.length],
  };
}

function ltvRow(i: number) {
  const alive = noise(i, 4);
  return {
    id: `C${(i * 7919) % 1_000_003}`,
    frequency: Math.floor(noise(i, 5) * 30),
    recency: noise(i, 6) * 700,
    T: 730 - (i % 30),
    monetary: noise(i, 7) * 250,
    pAlive: alive < 0.05 ? null : alive,
    expectedPurchases: alive < 0.05 ? null : alive * 3.7,
    clv: alive < 0.05 ? null : alive * 1234.5678,
  };
}

/** The summary's shape with its two long lists; the small sections do not weigh. */
function summary(lazy: boolean) {
  const list = <T>(make: (i: number) => T) =>
    lazy ? lazyArray(CUSTOMERS, make) : Array.from({ length: CUSTOMERS }, (_, i) => make(i));
  return {
    version: 1,
    rfm: { asOf: "2024-01-01", customers: list(rfmRow) },
    ltv: { bgnbd: { r: 0.24, alpha: 4.41, a: 0.79, b: 2.42 }, customers: list(ltvRow) },
    notes: [],
  } as unknown as SummaryJson;
}

const bench: Bench = async (log) => {
  const dir = mkdtempSync(join(tmpdir(), "crm-json-bench-"));
  try {
    const streamed = join(dir, "streamed.json");
    const whole = join(dir, "whole.json");
    const ours = await timeIt(
      `streamed (${CUSTOMERS.toLocaleString("en")} customers, lazy)`,
      () => writeTextFileAtomicStreamed(streamed, (w) => streamSummaryJson(summary(true), w)),
      3
    );
    const baseline = await timeIt(
      "JSON.stringify whole + writeFileSync",
      () => writeFileSync(whole, `${JSON.stringify(summary(false), null, 2)}\n`),
      3
    );
    log(ratioLine(ours, baseline));
    const bytes = readFileSync(streamed);
    log(`${(bytes.length / 2 ** 20).toFixed(1)} MiB, ${formatMs(ours.medianMs)} streamed`);
    log(`same bytes: ${bytes.equals(readFileSync(whole))}`);
    // CPU time (user + system, fsync included), which a shared machine inflates less than wall
    const cpu = process.cpuUsage();
    const peak = await trackPeakMemory(() =>
      writeTextFileAtomicStreamed(streamed, (w) => streamSummaryJson(summary(true), w))
    );
    const used = process.cpuUsage(cpu);
    log(
      `one streamed run: CPU ${formatMs((used.user + used.system) / 1000)}, peak RSS ${peak.peakMiB.toFixed(0)} MiB`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
