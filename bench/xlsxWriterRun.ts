/**
 * One report workbook write in a process of its own, for bench/xlsxWriter.bench.ts: the sample's
 * report model (the committed French sample through the pipeline) with its two per-customer
 * tables (RFM and LTV customers) grown to N customers, then written by the chosen writer.
 * Prints one JSON line: model build and write times, RSS before the write and the process's
 * peak RSS (process.resourceUsage().maxRSS), the file size.
 *
 * Writers: "zlib" (the streaming writer with Node's zlib, streamed to the file as the CLI does), "pako" (the same
 * with pako, as the browser runs it), "exceljs" (the in-memory ExcelJS writer it replaced).
 *
 * Usage: tsx bench/xlsxWriterRun.ts --customers N [--writer zlib|pako|exceljs] [--out FILE] [--eager]
 */
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { Session } from "node:inspector";
import { performance } from "node:perf_hooks";
import { scaledSampleModel } from "./xlsxWriterModel";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const customers = Number(value("--customers") ?? 100_000);
  const writer = value("--writer") ?? "zlib";
  const out = value("--out");
  let started = performance.now();
  // --eager: the per-customer rows built as arrays (the model before lazy rows), for comparison
  const model = await scaledSampleModel(customers, !args.includes("--eager"));
  const modelMs = performance.now() - started;
  const rssBeforeMiB = process.memoryUsage().rss / 1048576;
  const { streamReportXlsx, writeReportXlsx } = await import("../src/xlsx/writeReport");
  const { nodeCompression } = await import("../src/cli/nodeCompression");
  const { writeReportXlsxExcelJs } = await import("../test/support/exceljsWriter/writeReport");
  // BENCH_CPU_PROFILE=file: a CPU profile of the write alone (the model build left out).
  const profile = process.env.BENCH_CPU_PROFILE;
  const session = profile ? new Session() : undefined;
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session!.post(method, (error, result) => (error ? reject(error) : resolve(result)))
    );
  if (session) {
    session.connect();
    await post("Profiler.enable");
    await post("Profiler.start");
  }
  started = performance.now();
  const cpuBefore = process.cpuUsage();
  let bytes: Uint8Array = new Uint8Array(0);
  let size = 0;
  if (writer === "exceljs") size = (bytes = await writeReportXlsxExcelJs(model)).length;
  else if (writer === "pako") size = (bytes = await writeReportXlsx(model)).length;
  else {
    // As the CLI does: streamed into the file (or counted and dropped without --out).
    let length = 0;
    const fd = out ? openSync(out, "w") : undefined;
    await streamReportXlsx(
      model,
      (chunk) => {
        length += chunk.length;
        if (fd !== undefined) writeSync(fd, chunk);
      },
      { compression: nodeCompression }
    );
    if (fd !== undefined) closeSync(fd);
    size = length;
  }
  const writeMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (session && profile) {
    const { profile: data } = (await post("Profiler.stop")) as { profile: unknown };
    writeFileSync(profile, JSON.stringify(data));
  }
  if (out && writer !== "zlib") writeFileSync(out, bytes);
  process.stdout.write(
    `${JSON.stringify({
      customers,
      writer,
      modelMs,
      writeMs,
      writeCpuMs: (cpu.user + cpu.system) / 1000,
      rssBeforeMiB,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      bytes: size,
    })}\n`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
