/**
 * One report workbook write in a process of its own, for bench/xlsxWriter.bench.ts: the sample's
 * report model (the committed French sample through the pipeline) with its two per-customer
 * tables (RFM and LTV customers) grown to N customers, then written by the chosen writer.
 * Prints one JSON line: model build and write times, RSS before the write and the process's
 * peak RSS (process.resourceUsage().maxRSS), the file size.
 *
 * Usage: tsx bench/xlsxWriterRun.ts --customers N [--writer stream|exceljs] [--out FILE]
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { scaledSampleModel } from "./xlsxWriterModel";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const customers = Number(value("--customers") ?? 100_000);
  const writer = value("--writer") ?? "stream";
  const out = value("--out");
  let started = performance.now();
  const model = await scaledSampleModel(customers);
  const modelMs = performance.now() - started;
  const rssBeforeMiB = process.memoryUsage().rss / 1048576;
  const write =
    writer === "exceljs"
      ? (await import("../test/support/exceljsWriter/writeReport")).writeReportXlsxExcelJs
      : (await import("../src/xlsx/writeReport")).writeReportXlsx;
  started = performance.now();
  const bytes = await write(model);
  const writeMs = performance.now() - started;
  if (out) writeFileSync(out, bytes);
  process.stdout.write(
    `${JSON.stringify({
      customers,
      writer,
      modelMs,
      writeMs,
      rssBeforeMiB,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      bytes: bytes.length,
    })}\n`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
