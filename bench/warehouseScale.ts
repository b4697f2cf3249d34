/**
 * The warehouse path at scale (issue 17): writes a seeded synthetic CSV (bench/syntheticCsv.ts;
 * not committed, in the OS temp folder unless given) and runs `crm-analytics analyze --engine
 * duckdb --json` on it under /usr/bin/time -v, printing the wall time and peak RSS.
 *
 *   npx tsx bench/warehouseScale.ts [lines=50000000] [customers=1000000] [file]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSyntheticCsv } from "./syntheticCsv";

async function main(): Promise<void> {
  const lines = Number(process.argv[2] ?? 50_000_000);
  const customers = Number(process.argv[3] ?? 1_000_000);
  const file = process.argv[4] ?? path.join(os.tmpdir(), `synthetic-${lines}-${customers}.csv`);
  if (!fs.existsSync(file)) {
    const started = Date.now();
    await writeSyntheticCsv(file, lines, customers);
    console.log(
      `wrote ${file} (${(fs.statSync(file).size / 1e9).toFixed(2)} GB) in ${((Date.now() - started) / 1000).toFixed(0)} s`
    );
  }
  const json = path.join(os.tmpdir(), `synthetic-${lines}.json`);
  const cli = path.resolve(__dirname, "../build/cli/crm-analytics.cjs");
  const run = spawnSync(
    "/usr/bin/time",
    ["-v", process.execPath, cli, "analyze", "--engine", "duckdb", file, "--json", json],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
  );
  const report = run.stderr;
  const wall = /Elapsed \(wall clock\) time.*: (.*)/.exec(report)?.[1];
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1]);
  console.log(`exit ${run.status}; wall ${wall}; peak RSS ${(rss / 1024).toFixed(0)} MB`);
  if (run.status !== 0) console.log(report.split("\n").slice(0, 5).join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
