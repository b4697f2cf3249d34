/**
 * The DuckDB engine's statements timed one by one (wall, CPU of the process, RSS), over a file:
 * `npx tsx bench/duckdbStages.ts FILE` — where issue 17's warehouse stages spend their time.
 * Prints a digest of the summaries (numbers to the micro-unit), a quick check that a change of the
 * SQL changes no result (the CLI's JSON compared with cmp is the real one).
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { DuckDBConnection } from "@duckdb/node-api";
import { summariesWithDuckdb } from "../src/warehouse/duckdbEngine";

const file = process.argv[2];
const verbose = process.argv.includes("--statements");
const rss = () => Math.round(process.memoryUsage.rss() / 2 ** 20);
const cpuSince = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return ((u.user + u.system) / 1e6).toFixed(2);
};

if (verbose) {
  for (const method of ["run", "runAndReadAll", "stream"] as const) {
    const original = DuckDBConnection.prototype[method] as (...args: unknown[]) => Promise<unknown>;
    (DuckDBConnection.prototype as unknown as Record<string, unknown>)[method] = async function (
      this: DuckDBConnection,
      ...args: unknown[]
    ) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const result = await original.apply(this, args);
      const sql = String(args[0]).replace(/\s+/g, " ").slice(0, 90);
      process.stderr.write(
        `  ${((performance.now() - t0) / 1000).toFixed(2)}s cpu ${cpuSince(c0)} rss ${rss()}  ${sql}\n`
      );
      return result;
    };
  }
}

async function main() {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const summaries = await summariesWithDuckdb([file], {
    unitDays: 7,
    timeUnit: "week",
    conversionWindowDays: 30,
    onStage: (stage) => {
      process.stderr.write(
        `${stage.padEnd(34)} ${((performance.now() - last) / 1000).toFixed(2)}s cpu ${cpuSince(lastCpu)} rss ${rss()}\n`
      );
      last = performance.now();
      lastCpu = process.cpuUsage();
    },
  });
  process.stderr.write(
    `${"total".padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(2)}s cpu ${cpuSince(c0)}\n`
  );
  const digest = createHash("sha256");
  const customers = summaries.customers as unknown as {
    length: number;
    text: Record<string, string[]>;
    numbers: Record<string, Float64Array>;
  };
  for (const name of Object.keys(customers.text).sort())
    digest.update(customers.text[name].join("\n"));
  // to the micro-unit: DuckDB adds a customer's amounts in an order of its own at each run
  for (const name of Object.keys(customers.numbers).sort())
    digest.update(Array.from(customers.numbers[name], (v) => Math.round(v * 1e6)).join(","));
  digest.update(JSON.stringify(summaries.monthly));
  digest.update(JSON.stringify(summaries.lines ?? null));
  const dump = process.argv.indexOf("--dump");
  if (dump > 0) {
    // one line a customer and the summaries, to diff two runs where the digests differ
    const names = [...Object.keys(customers.text).sort(), ...Object.keys(customers.numbers).sort()];
    const lines = Array.from({ length: customers.length }, (_, i) =>
      names.map((n) => customers.text[n]?.[i] ?? customers.numbers[n][i]).join("\t")
    );
    writeFileSync(
      process.argv[dump + 1],
      [
        names.join("\t"),
        ...lines,
        JSON.stringify(summaries.monthly),
        JSON.stringify(summaries.lines),
      ].join("\n")
    );
  }
  process.stdout.write(
    `customers ${customers.length} digest ${digest.digest("hex").slice(0, 16)}\n`
  );
}

void main();
