/**
 * The Excel layer against the fake: syncs and payloads of reading a 1,000,000-row x 8-column
 * sheet and of writing the full report for 100,000 customers, ours (blocks sized by payload)
 * against a baseline measured in the same run: smaller, cautious blocks (1.25 MB a read, about
 * 1,000 rows a write). Fewer, bigger syncs are what matters in Excel, where each sync is a round
 * trip (tens to hundreds of ms on the web). The fake's payloads are JSON sizes, Excel's
 * own wire format; its timings say nothing of Excel's, only of our code and the fake.
 */
import { ExcelWorkbookSource } from "../src/excel/excelWorkbookSource";
import type { ExcelHost } from "../src/excel/host";
import { writeReport } from "../src/excel/writeReport";
import { FakeExcel } from "../test/fakes/excel/fakeExcel";
import { largeReport, transactionsSheet } from "../test/fakes/excel/scenarios";
import { type Bench, ratioLine, timeIt } from "./harness";

const MB = 1024 * 1024;

function summary(fake: FakeExcel): string {
  const largestRequest = Math.max(...fake.syncs.map((s) => s.requestBytes));
  const largestResponse = Math.max(...fake.syncs.map((s) => s.responseBytes));
  return `${fake.syncs.length} syncs, largest request ${(largestRequest / MB).toFixed(2)} MB, largest response ${(largestResponse / MB).toFixed(2)} MB`;
}

async function read(fixedRows?: number): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.addGeneratedSheet("Transactions", transactionsSheet(1_000_000));
  // The baseline: a byte target of `fixedRows` rows at 16 bytes a cell.
  const options = fixedRows ? { targetBytesPerSync: fixedRows * 8 * 16 } : {};
  const source = new ExcelWorkbookSource(<T>(batch: (c: ExcelHost) => Promise<T>) => batch(fake), {
    supports: () => true,
    ...options,
  });
  await source.readSheet("Transactions");
  return fake;
}

async function write(targetBytesPerSync?: number): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.addSheet("Transactions", [["customer"], ["C1"]]);
  const result = await writeReport(fake, largeReport(100_000), {
    supports: () => true,
    ...(targetBytesPerSync ? { targetBytesPerSync } : {}),
  });
  if (!result.ok) throw new Error(result.error.code);
  return fake;
}

const bench: Bench = async (log) => {
  log(`read 1,000,000 x 8, ours: ${summary(await read())}`);
  log(`read 1,000,000 x 8, baseline 1.25 MB blocks: ${summary(await read(10_000))}`);
  const readOurs = await timeIt("read ours", () => read(), 2);
  const readBase = await timeIt("baseline", () => read(10_000), 2);
  log(ratioLine(readOurs, readBase));

  log(`write report, 100,000 customers, ours: ${summary(await write())}`);
  // 1,000 rows of the RFM table take about 100 KB of values and formats.
  log(`write report, baseline ~1,000-row blocks: ${summary(await write(100 * 1024))}`);
  const writeOurs = await timeIt("write ours", () => write(), 2);
  const writeBase = await timeIt("baseline", () => write(100 * 1024), 2);
  log(ratioLine(writeOurs, writeBase));
};

export default bench;
