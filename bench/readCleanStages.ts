/**
 * Read and clean of CSV files, stage by stage, in one process: the bytes read (and gunzipped),
 * the rows split (the source's listSheets), then loadAndClean. Prints each stage's time and the
 * lines per second of read + clean, in CPU time (the machine may be shared); for profiling the input path alone (node --cpu-prof).
 *
 * Usage: tsx bench/readCleanStages.ts FILE...
 */
import { loadAndClean } from "../src/analytics/pipeline";
import { transactionRowsOf } from "../src/analytics/transactionTable";
import { openWorkbookSource } from "../src/cli/openWorkbookSource";
import { readFileBytes } from "../src/cli/readFileBytes";

/** CPU milliseconds (user + system) of this process so far. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const t0 = cpu();
  const opened = await openWorkbookSource(files, {
    exists: () => true,
    readFile: readFileBytes,
  });
  if ("error" in opened) throw new Error(JSON.stringify(opened.error));
  const t1 = cpu();
  await opened.source.listSheets();
  const t2 = cpu();
  const cleaned = await loadAndClean(opened.source, { clock: () => Date.UTC(2026, 0, 1) });
  if (!cleaned.ok) throw new Error(JSON.stringify(cleaned.error));
  const t3 = cpu();
  const lines = cleaned.data.dataQuality.rowsRead;
  const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
  process.stdout.write(
    `${JSON.stringify({
      lines,
      // the columns' count: `transactions` would make every line an object, as analyses do not
      kept: (transactionRowsOf(cleaned.data) ?? cleaned.data.transactions).length,
      bytes: ms(t0, t1),
      split: ms(t1, t2),
      parseClean: ms(t2, t3),
      linesPerSecond: Math.round(lines / ((t3 - t0) / 1000)),
      rssMiB: Math.round(process.memoryUsage().rss / 1048576),
    })}\n`
  );
}

void main();
