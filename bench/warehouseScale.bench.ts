/**
 * The warehouse path at scale (issue 17, "Scale"): a seeded synthetic CSV (bench/syntheticCsv.ts,
 * 50,000,000 lines over 1,000,000 customers by default, ~2 GB, written to the OS temp folder and
 * deleted after unless WAREHOUSE_SCALE_KEEP=1) analysed two ways with the built CLI, each under
 * /usr/bin/time -v (wall time, peak RSS) with the load average beside it:
 *   A. `analyze --engine duckdb FILE --json --out report.xlsx`, with its stage times
 *      (CRM_ANALYTICS_STAGES=1, src/cli/stageTimes.ts);
 *   B. `sql --dialect duckdb`, the queries run in DuckDB by bench/warehouseSqlRun.ts and exported
 *      as CSV, then `analyze --summary customers.csv --monthly monthly.csv --json`;
 * and compares the two JSON summaries: equal, numbers to 1e-12 relative (spends cross CSV text
 * in B, which DuckDB's COPY writes with 17 digits, not always the shortest form).
 *
 *   npm run bench warehouseScale
 *   WAREHOUSE_SCALE_LINES=5000000 WAREHOUSE_SCALE_CUSTOMERS=100000 npm run bench warehouseScale
 *
 * Writes the figures to bench-results/warehouseScale.json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Bench } from "./harness";
import { writeSyntheticCsv } from "./syntheticCsv";

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "build/cli/crm-analytics.cjs");
const load = () => os.loadavg()[0].toFixed(1);

interface Measured {
  exit: number | null;
  wallS: number;
  peakMiB: number;
  load: string;
  stages: { stage: string; seconds: number; rssMiB?: number }[];
  stderr: string;
}

/** Runs a command under /usr/bin/time -v; the stage lines ("stage\tname\tseconds[\trss[\tcpu]]") read back. */
function measured(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Measured {
  const run = spawnSync("/usr/bin/time", ["-v", command, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(output);
  const wallS = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1]);
  const stages = [...output.matchAll(/^stage\t([^\t]+)\t([\d.]+)(?:\t(\d+))?(?:\t[\d.]+)?$/gm)].map(
    (m) => ({
      stage: m[1],
      seconds: Number(m[2]),
      ...(m[3] ? { rssMiB: Number(m[3]) } : {}),
    })
  );
  return { exit: run.status, wallS, peakMiB: rss / 1024, load: load(), stages, stderr: run.stderr };
}

/** Differences between two JSON values, numbers equal to 1e-12 relative; the first few paths. */
function differences(a: unknown, b: unknown, at = "", found: string[] = []): string[] {
  if (found.length >= 5) return found;
  if (typeof a === "number" && typeof b === "number") {
    if (Math.abs(a - b) > 1e-12 * Math.max(Math.abs(a), Math.abs(b)))
      found.push(`${at}: ${a} vs ${b}`);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) found.push(`${at}: ${a.length} vs ${b.length} items`);
    else a.forEach((item, i) => differences(item, b[i], `${at}[${i}]`, found));
  } else if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys)
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}.${key}`,
        found
      );
  } else if (a !== b) found.push(`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  return found;
}

const bench: Bench = async (log) => {
  const lines = Number(process.env.WAREHOUSE_SCALE_LINES ?? 50_000_000);
  const customers = Number(process.env.WAREHOUSE_SCALE_CUSTOMERS ?? 1_000_000);
  const keep = process.env.WAREHOUSE_SCALE_KEEP === "1";
  const file = path.join(os.tmpdir(), `synthetic-${lines}-${customers}.csv`);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "crm-warehouse-scale-"));
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root })
    .toString()
    .trim();
  log(`commit ${commit}, ${os.cpus().length} cores, load average ${load()} at start`);
  execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs")]);
  if (!fs.existsSync(file)) {
    const started = performance.now();
    await writeSyntheticCsv(`${file}.part`, lines, customers);
    fs.renameSync(`${file}.part`, file);
    log(
      `wrote ${file} (${(fs.statSync(file).size / 1e9).toFixed(2)} GB) in ${((performance.now() - started) / 1000).toFixed(0)} s`
    );
  }
  try {
    const report = path.join(out, "report.xlsx");
    const jsonA = path.join(out, "engine.json");
    log(
      `A. analyze --engine duckdb --json --out report.xlsx (${lines} lines, ${customers} customers)`
    );
    const a = measured(
      process.execPath,
      [cli, "analyze", "--engine", "duckdb", file, "--json", jsonA, "--out", report],
      { CRM_ANALYTICS_STAGES: "1" }
    );
    for (const s of a.stages)
      log(`   ${s.stage.padEnd(46)} ${s.seconds.toFixed(1).padStart(7)} s  ${s.rssMiB} MiB`);
    log(
      `   total: exit ${a.exit}, ${a.wallS.toFixed(1)} s, peak RSS ${a.peakMiB.toFixed(0)} MiB, load ${a.load}`
    );
    if (a.exit !== 0) log(a.stderr.split("\n").slice(0, 5).join("\n"));

    log("B. sql --dialect duckdb, run in DuckDB, then analyze --summary --json");
    const queries = path.join(out, "queries.sql");
    fs.writeFileSync(
      queries,
      execFileSync(process.execPath, [
        cli,
        "sql",
        "--dialect",
        "duckdb",
        "--transactions",
        "input",
        "--map",
        "customer=customer,date=date,amount=amount,invoice=invoice",
      ])
    );
    const sql = measured(process.execPath, [
      ...["--import", "tsx", path.join(__dirname, "warehouseSqlRun.ts")],
      ...[queries, file, out],
    ]);
    const jsonB = path.join(out, "summary.json");
    const b = measured(process.execPath, [
      ...[cli, "analyze", "--summary", path.join(out, "customers.csv")],
      ...["--monthly", path.join(out, "monthly.csv"), "--lines", path.join(out, "lines.csv")],
      ...["--json", jsonB],
    ]);
    for (const s of sql.stages)
      log(`   ${s.stage.padEnd(46)} ${s.seconds.toFixed(1).padStart(7)} s`);
    log(
      `   queries in DuckDB: exit ${sql.exit}, ${sql.wallS.toFixed(1)} s, peak RSS ${sql.peakMiB.toFixed(0)} MiB, load ${sql.load}`
    );
    log(
      `   analyze --summary: exit ${b.exit}, ${b.wallS.toFixed(1)} s, peak RSS ${b.peakMiB.toFixed(0)} MiB, load ${b.load}`
    );
    if (sql.exit !== 0) log(sql.stderr.split("\n").slice(0, 5).join("\n"));
    if (b.exit !== 0) log(b.stderr.split("\n").slice(0, 5).join("\n"));
    let same: boolean | null = null;
    if (a.exit === 0 && b.exit === 0) {
      const found = differences(
        JSON.parse(fs.readFileSync(jsonA, "utf8")),
        JSON.parse(fs.readFileSync(jsonB, "utf8"))
      );
      same = found.length === 0;
      log(same ? "same JSON (numbers to 1e-12 relative)" : `JSON DIFFERS:\n${found.join("\n")}`);
    }
    fs.mkdirSync(path.join(root, "bench-results"), { recursive: true });
    const strip = ({ stderr: _stderr, ...m }: Measured) => m;
    fs.writeFileSync(
      path.join(root, "bench-results/warehouseScale.json"),
      `${JSON.stringify({ at: new Date().toISOString(), commit, node: process.version, lines, customers, engine: strip(a), sqlRun: strip(sql), summary: strip(b), sameJson: same }, null, 2)}\n`
    );
    log("figures written to bench-results/warehouseScale.json");
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    if (!keep) fs.rmSync(file, { force: true });
  }
};

export default bench;
