/**
 * The report workbook writer at 100,000 and 1,000,000 customers (issue 15: 100,000 in <= 5 s,
 * Excel's row limit in <= 1 GB): the sample's report model grown to N customers
 * (bench/xlsxWriterModel.ts; per-customer rows made as they are written, as the CLI's report
 * makes them: xlsxWriterRun.ts --eager builds them as arrays instead), written in a process of its own per run (bench/xlsxWriterRun.ts)
 * by the streaming writer as the CLI runs it (Node's zlib, streamed to the file), as the browser
 * runs it (pako, bytes in memory), and by the ExcelJS writer it replaced, in the same run. Each
 * line: write wall and CPU time, RSS with the model built, process peak RSS, file size, and the
 * load average (the machine is shared). Writes bench-results/xlsxWriter.json.
 * BENCH_QUICK=1 leaves out the million-customer runs.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { formatMs, type Bench } from "./harness";

const root = join(__dirname, "..");

interface RunFigures {
  customers: number;
  writer: string;
  writeMs: number;
  writeCpuMs: number;
  rssBeforeMiB: number;
  peakMiB: number;
  bytes: number;
}

function run(
  customers: number,
  writer: string
): RunFigures | { customers: number; writer: string; failed: string } {
  const out = join(tmpdir(), `crm-bench-report-${writer}-${customers}.xlsx`);
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(__dirname, "xlsxWriterRun.ts"),
      "--customers",
      String(customers),
      "--writer",
      writer,
      "--out",
      out,
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 }
  );
  if (result.status !== 0) {
    const reason = /heap out of memory|Allocation failed/.test(result.stderr)
      ? "out of memory"
      : `exit ${result.status}`;
    return { customers, writer, failed: reason };
  }
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as RunFigures;
}

const xlsxWriterBench: Bench = async (log) => {
  const plan: [number, string][] = [
    [100_000, "zlib"],
    [100_000, "pako"],
    [100_000, "exceljs"],
    ...(process.env.BENCH_QUICK
      ? []
      : ([
          [1_000_000, "zlib"],
          [1_000_000, "pako"],
          [1_000_000, "exceljs"],
        ] as [number, string][])),
  ];
  const results: unknown[] = [];
  for (const [customers, writer] of plan) {
    const load = loadavg()[0];
    const figures = run(customers, writer);
    results.push({ ...figures, loadAverage: load });
    if ("failed" in figures) {
      log(
        `${customers.toLocaleString("en")} customers, ${writer}: ${figures.failed} (load ${load.toFixed(1)})`
      );
      continue;
    }
    log(
      `${customers.toLocaleString("en")} customers, ${writer}: write ${formatMs(figures.writeMs)} ` +
        `(CPU ${formatMs(figures.writeCpuMs)}), model ${figures.rssBeforeMiB.toFixed(0)} MiB, ` +
        `peak ${figures.peakMiB.toFixed(0)} MiB, ${(figures.bytes / 1048576).toFixed(1)} MiB file ` +
        `(load ${load.toFixed(1)})`
    );
  }
  mkdirSync(join(root, "bench-results"), { recursive: true });
  writeFileSync(
    join(root, "bench-results/xlsxWriter.json"),
    `${JSON.stringify(results, null, 2)}\n`
  );
};

export default xlsxWriterBench;
