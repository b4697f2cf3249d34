/**
 * The whole pipeline against the user's alternative, per dataset (UCI Online Retail, 1M and 5M
 * seeded synthetic lines): each stage's time and peak RSS (bench/pipelineStages.ts, a process a
 * dataset), the installed command's `analyze --json` (wall time and peak RSS from
 * /usr/bin/time), and the pandas RFM script (bench/pandas_rfm.py) run interleaved with it, the
 * ratio taken in this run. Writes the figures to bench-results/pipeline.json for comparison
 * between runs. BENCH_QUICK=1 leaves out the 5M-line file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { formatMs, type Bench } from "./harness";
import { writeSyntheticCsv } from "./syntheticCsv";

const root = join(__dirname, "..");
const GNU_TIME = "/usr/bin/time";
const PYTHON = "/usr/bin/python3";

interface Measured {
  wallMs: number;
  peakMiB: number;
  stdout: string;
}

/** Runs a command under GNU time -v: its wall time and maximum resident set size. */
function measured(command: string, args: string[]): Measured {
  const result = spawnSync(GNU_TIME, ["-v", command, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${result.stderr}`);
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(result.stderr)?.[1] ?? "";
  // "m:ss.cc" or "h:mm:ss"
  const wallMs =
    field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")
      .split(":")
      .reduce((seconds, part) => seconds * 60 + Number(part), 0) * 1000;
  return {
    wallMs,
    peakMiB: Number(field("Maximum resident set size \\(kbytes\\)")) / 1024,
    stdout: result.stdout,
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const pipelineBench: Bench = async (log) => {
  if (!existsSync(GNU_TIME)) {
    log(`${GNU_TIME} is missing (apt-get install time): no wall time and peak memory to report`);
    return;
  }
  const hasPandas = spawnSync(PYTHON, ["-c", "import pandas"]).status === 0;
  const dir = join(tmpdir(), "crm-bench");
  mkdirSync(dir, { recursive: true });
  const datasets: { name: string; file: string; xlsx: boolean }[] = [
    { name: "Online Retail", file: join(root, "../shared/data/online_retail.csv.gz"), xlsx: true },
    { name: "synthetic 1M", file: join(dir, "synthetic-1m.csv"), xlsx: false },
  ];
  if (process.env.BENCH_QUICK !== "1") {
    datasets.push({ name: "synthetic 5M", file: join(dir, "synthetic-5m.csv"), xlsx: false });
  }
  if (!existsSync(datasets[1].file)) await writeSyntheticCsv(datasets[1].file, 1_000_000, 183_000);
  if (datasets[2] && !existsSync(datasets[2].file)) {
    await writeSyntheticCsv(datasets[2].file, 5_000_000, 920_000);
  }
  log(
    `${cpus().length} cores, load ${loadavg()[0].toFixed(1)}; pandas ${hasPandas ? "present" : "absent (apt-get install python3-pandas): no baseline"}`
  );
  const report: unknown[] = [];
  for (const { name, file, xlsx } of datasets) {
    const stageRun = measured(process.execPath, [
      "--import",
      "tsx",
      "bench/pipelineStages.ts",
      ...(xlsx ? ["--xlsx"] : []),
      file,
    ]);
    const stages = JSON.parse(stageRun.stdout) as {
      lines: number;
      customers: number;
      stages: { stage: string; ms: number; peakMiB: number }[];
    };
    log(
      `${name}: ${stages.lines.toLocaleString("en")} lines, ${stages.customers.toLocaleString("en")} customers`
    );
    log(`  stage        time      peak RSS`);
    for (const s of stages.stages) {
      log(
        `  ${s.stage.padEnd(10)} ${formatMs(s.ms).padStart(9)}  ${s.peakMiB.toFixed(0).padStart(6)} MiB`
      );
    }
    const cli: Measured[] = [];
    const pandas: Measured[] = [];
    const out = join(dir, "summary.json");
    for (let run = 0; run < 3; run++) {
      cli.push(
        measured(process.execPath, ["bin/crm-analytics.js", "analyze", file, "--json", out])
      );
      if (hasPandas) pandas.push(measured(PYTHON, ["bench/pandas_rfm.py", file]));
    }
    const cliMs = median(cli.map((m) => m.wallMs));
    const cliMiB = Math.max(...cli.map((m) => m.peakMiB));
    let line = `  crm-analytics analyze --json: ${formatMs(cliMs)}, peak ${cliMiB.toFixed(0)} MiB`;
    const entry: Record<string, unknown> = {
      dataset: name,
      ...stages,
      cli: { wallMs: cliMs, peakMiB: cliMiB },
    };
    if (hasPandas) {
      const pandasMs = median(pandas.map((m) => m.wallMs));
      const pandasMiB = Math.max(...pandas.map((m) => m.peakMiB));
      line += `; pandas RFM ${formatMs(pandasMs)}, peak ${pandasMiB.toFixed(0)} MiB; ratio ${(cliMs / pandasMs).toFixed(2)} (goal <= 1.0)`;
      entry.pandas = { wallMs: pandasMs, peakMiB: pandasMiB };
    }
    log(line);
    report.push(entry);
  }
  mkdirSync(join(root, "bench-results"), { recursive: true });
  writeFileSync(
    join(root, "bench-results/pipeline.json"),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, load: loadavg()[0], datasets: report }, null, 2)}\n`
  );
  log("figures written to bench-results/pipeline.json");
};

export default pipelineBench;
