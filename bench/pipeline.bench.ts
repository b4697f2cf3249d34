/**
 * The whole pipeline against the user's alternative, per dataset (UCI Online Retail, 1M and 5M
 * seeded synthetic lines): each stage's time and peak RSS (bench/pipelineStages.ts, a process a
 * dataset), the installed command's `analyze --json` (wall time and peak RSS from
 * /usr/bin/time), and the pandas RFM script (bench/pandas_rfm.py) run interleaved with it, the
 * ratio taken in this run. Writes the figures to bench-results/pipeline.json for comparison
 * between runs. Each dataset's stages run BENCH_STAGE_RUNS times (3 unless said), their medians
 * printed. BENCH_QUICK=1 leaves out the 5M-line file. The 1M-line file with 100,000
 * contacts on one day, then on 365 days (a daily triggered programme), gives the uplift stage's
 * cost of contact days (goal: 365 days <= 2x one day). BENCH_BEFORE=DIR (a checkout of an earlier
 * commit, built with `npm run build:cli`) runs that checkout's stages and command too,
 * interleaved with ours, so "before" and "after" come from the same run. The machine's load
 * average is printed beside every figure: on a shared machine timings move with it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { formatMs, type Bench } from "./harness";
import { writeSyntheticContactsCsv, writeSyntheticCsv } from "./syntheticCsv";

const root = join(__dirname, "..");
const GNU_TIME = "/usr/bin/time";
const PYTHON = "/usr/bin/python3";

interface Measured {
  wallMs: number;
  peakMiB: number;
  stdout: string;
}

/** Runs a command under GNU time -v: its wall time and maximum resident set size. */
function measured(command: string, args: string[], cwd = root): Measured {
  const result = spawnSync(GNU_TIME, ["-v", command, ...args], {
    cwd,
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

const load = () => loadavg()[0].toFixed(1);

interface StageRun {
  lines: number;
  customers: number;
  stages: { stage: string; ms: number; peakMiB: number }[];
}

/**
 * bench/pipelineStages.ts of the checkout at `checkout` bundled as the command line is
 * (scripts/build-cli.mjs): the stages then run the code the installed command runs. Through
 * tsx, every call between modules goes through a getter, and a loop over a million lines
 * calling into another module runs slower than the command's.
 */
async function stagesScript(checkout: string): Promise<string> {
  const { buildCli } = await import("../scripts/build-cli.mjs");
  return buildCli(
    join(checkout, "build/bench/pipelineStages.cjs"),
    join(checkout, "bench/pipelineStages.ts")
  );
}

/** One process of a checkout's bundled stages script on `files`, in the checkout. */
function stageRun(script: string, checkout: string, files: string[], xlsx: boolean): StageRun {
  const run = measured(process.execPath, [script, ...(xlsx ? ["--xlsx"] : []), ...files], checkout);
  return JSON.parse(run.stdout) as StageRun;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * How many processes of the stages script a dataset gets (BENCH_STAGE_RUNS, default 3): one
 * run's read + clean moved by a fifth on a shared machine (session 14), their median less.
 */
const STAGE_RUNS = Math.max(1, Number(process.env.BENCH_STAGE_RUNS ?? 3) || 3);

/** A run's read + clean, in ms. */
const readCleanMs = (run: StageRun) =>
  run.stages.filter((s) => s.stage === "read" || s.stage === "clean").reduce((t, s) => t + s.ms, 0);

/** Each stage's median time and highest peak over runs of one dataset. */
function medianStages(runs: StageRun[]): StageRun {
  return {
    ...runs[0],
    stages: runs[0].stages.map(({ stage }) => {
      const all = runs.flatMap((r) => r.stages.filter((s) => s.stage === stage));
      return {
        stage,
        ms: median(all.map((s) => s.ms)),
        peakMiB: Math.max(...all.map((s) => s.peakMiB)),
      };
    }),
  };
}

const pipelineBench: Bench = async (log) => {
  if (!existsSync(GNU_TIME)) {
    log(`${GNU_TIME} is missing (apt-get install time): no wall time and peak memory to report`);
    return;
  }
  const hasPandas = spawnSync(PYTHON, ["-c", "import pandas"]).status === 0;
  const dir = join(tmpdir(), "crm-bench");
  mkdirSync(dir, { recursive: true });
  const before = process.env.BENCH_BEFORE;
  const m1 = join(dir, "synthetic-1m.csv");
  const datasets: {
    name: string;
    files: string[];
    xlsx: boolean;
    cli: boolean;
    goals?: CliGoals;
  }[] = [
    {
      name: "Online Retail",
      files: [join(root, "../shared/data/online_retail.csv.gz")],
      xlsx: true,
      cli: true,
      goals: { wallMs: 1_500 },
    },
    { name: "synthetic 1M", files: [m1], xlsx: false, cli: true, goals: { ratio: 1, peakMB: 500 } },
    {
      name: "synthetic 1M, 100k contacts on 1 day",
      files: [m1, join(dir, "contacts-1-day.csv")],
      xlsx: false,
      cli: false,
    },
    {
      name: "synthetic 1M, 100k contacts on 365 days",
      files: [m1, join(dir, "contacts-365-days.csv")],
      xlsx: false,
      cli: false,
    },
  ];
  if (process.env.BENCH_QUICK !== "1") {
    const m5 = join(dir, "synthetic-5m.csv");
    datasets.push({
      name: "synthetic 5M",
      files: [m5],
      xlsx: false,
      cli: true,
      goals: { peakMB: 2_000 },
    });
    if (!existsSync(m5)) await writeSyntheticCsv(m5, 5_000_000, 920_000);
  }
  if (!existsSync(m1)) await writeSyntheticCsv(m1, 1_000_000, 183_000);
  for (const days of [1, 365]) {
    const file = join(dir, days === 1 ? "contacts-1-day.csv" : "contacts-365-days.csv");
    if (!existsSync(file)) await writeSyntheticContactsCsv(file, 100_000, 183_000, days);
  }
  log(
    `${cpus().length} cores, load ${load()}; pandas ${hasPandas ? "present" : "absent (apt-get install python3-pandas): no baseline"}` +
      (before ? `; before = ${before}` : "")
  );
  // Each checkout's stages bundled once, before the datasets.
  const script = await stagesScript(root);
  const beforeScript = before ? await stagesScript(before) : null;
  const report: unknown[] = [];
  for (const { name, files, xlsx, cli: runCli, goals } of datasets) {
    const loadBefore = load();
    let stages: StageRun;
    let old: StageRun | null;
    let readCleans: number[];
    try {
      // STAGE_RUNS processes each, before and after interleaved: each stage's median.
      const runs: StageRun[] = [];
      const oldRuns: StageRun[] = [];
      for (let run = 0; run < STAGE_RUNS; run++) {
        runs.push(stageRun(script, root, files, xlsx));
        if (before && beforeScript) oldRuns.push(stageRun(beforeScript, before, files, xlsx));
      }
      stages = medianStages(runs);
      old = oldRuns.length > 0 ? medianStages(oldRuns) : null;
      readCleans = runs.map(readCleanMs);
    } catch (error) {
      // A file past the input limits (src/xlsx/inputLimits.ts) is refused: say so, go on.
      const reason = (error instanceof Error ? error.message : String(error)).split("\n");
      log(`${name}: not run: ${reason.find((l) => /limit|too large|MB/i.test(l)) ?? reason[0]}`);
      report.push({ dataset: name, refused: reason.slice(0, 3).join(" ") });
      continue;
    }
    log(
      `${name}: ${stages.lines.toLocaleString("en")} lines, ${stages.customers.toLocaleString("en")} customers, median of ${STAGE_RUNS} runs (load ${loadBefore}-${load()})`
    );
    log(`  stage        time      peak RSS${old ? "     before    peak RSS" : ""}`);
    for (const s of stages.stages) {
      const o = old?.stages.find((x) => x.stage === s.stage);
      log(
        `  ${s.stage.padEnd(10)} ${formatMs(s.ms).padStart(9)}  ${s.peakMiB.toFixed(0).padStart(6)} MiB` +
          (o ? `  ${formatMs(o.ms).padStart(9)}  ${o.peakMiB.toFixed(0).padStart(6)} MiB` : "")
      );
    }
    // The median of the runs' read + clean (not the sum of the stages' medians), and the best.
    const linesPerSecond = Math.round(stages.lines / (median(readCleans) / 1000));
    const best = Math.round(stages.lines / (Math.min(...readCleans) / 1000));
    log(
      `  read + clean: ${linesPerSecond.toLocaleString("en")} lines/s, best run ${best.toLocaleString("en")} (goal >= 1,000,000)`
    );
    const entry: Record<string, unknown> = {
      dataset: name,
      load: loadavg()[0],
      readCleanLinesPerSecond: linesPerSecond,
      readCleanBestLinesPerSecond: best,
      stageRuns: STAGE_RUNS,
      ...stages,
    };
    if (old) entry.before = old;
    report.push(entry);
    if (!runCli) continue;
    const cli: Measured[] = [];
    const cliBefore: Measured[] = [];
    const pandas: Measured[] = [];
    const out = join(dir, "summary.json");
    const loadCli = load();
    for (let run = 0; run < 3; run++) {
      cli.push(
        measured(process.execPath, ["bin/crm-analytics.js", "analyze", ...files, "--json", out])
      );
      if (before) {
        cliBefore.push(
          measured(
            process.execPath,
            [join(before, "bin/crm-analytics.js"), "analyze", ...files, "--json", out],
            before
          )
        );
      }
      if (hasPandas) pandas.push(measured(PYTHON, ["bench/pandas_rfm.py", files[0]]));
    }
    const cliMs = median(cli.map((m) => m.wallMs));
    const cliMiB = Math.max(...cli.map((m) => m.peakMiB));
    let line = `  crm-analytics analyze --json: ${formatMs(cliMs)}, peak ${cliMiB.toFixed(0)} MiB`;
    entry.cli = { wallMs: cliMs, peakMiB: cliMiB };
    if (before) {
      const beforeMs = median(cliBefore.map((m) => m.wallMs));
      const beforeMiB = Math.max(...cliBefore.map((m) => m.peakMiB));
      line += `; before ${formatMs(beforeMs)}, peak ${beforeMiB.toFixed(0)} MiB`;
      entry.cliBefore = { wallMs: beforeMs, peakMiB: beforeMiB };
    }
    let ratio: number | null = null;
    if (hasPandas) {
      const pandasMs = median(pandas.map((m) => m.wallMs));
      ratio = cliMs / pandasMs;
      const pandasMiB = Math.max(...pandas.map((m) => m.peakMiB));
      line += `; pandas RFM ${formatMs(pandasMs)}, peak ${pandasMiB.toFixed(0)} MiB; ratio ${ratio.toFixed(2)}`;
      entry.pandas = { wallMs: pandasMs, peakMiB: pandasMiB };
    }
    log(`${line} (load ${loadCli}-${load()})`);
    const verdicts = goalVerdicts(goals ?? {}, cliMs, cliMiB, ratio);
    if (verdicts.length > 0) {
      log(`    issue 15's goals: ${verdicts.join("; ")}`);
      entry.goals = verdicts;
    }
  }
  mkdirSync(join(root, "bench-results"), { recursive: true });
  writeFileSync(
    join(root, "bench-results/pipeline.json"),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, load: loadavg()[0], datasets: report }, null, 2)}\n`
  );
  log("figures written to bench-results/pipeline.json");
};

/** Issue 15's goals for a dataset's command run: wall time, ratio to pandas, peak memory (MB). */
interface CliGoals {
  wallMs?: number;
  ratio?: number;
  peakMB?: number;
}

/** Each goal with what was measured and whether it is met (a ratio without pandas: unknown). */
function goalVerdicts(
  goals: CliGoals,
  wallMs: number,
  peakMiB: number,
  ratio: number | null
): string[] {
  const verdict = (met: boolean | null) => (met === null ? "no pandas" : met ? "met" : "not met");
  const out: string[] = [];
  if (goals.wallMs !== undefined)
    out.push(`wall <= ${formatMs(goals.wallMs)}: ${verdict(wallMs <= goals.wallMs)}`);
  if (goals.ratio !== undefined)
    out.push(
      `ratio to pandas <= ${goals.ratio.toFixed(1)}: ${verdict(ratio === null ? null : ratio <= goals.ratio)}`
    );
  if (goals.peakMB !== undefined) {
    // RSS is read in MiB; the goal is in MB (10^6 bytes)
    const peakMB = (peakMiB * 1_048_576) / 1e6;
    out.push(
      `peak <= ${goals.peakMB} MB (${peakMB.toFixed(0)} MB): ${verdict(peakMB <= goals.peakMB)}`
    );
  }
  return out;
}

export default pipelineBench;
