/**
 * Peak memory of reading and cleaning an input, per byte of input, to choose the limits of
 * src/xlsx/inputLimits.ts. Write an input, then read it under /usr/bin/time -v and take
 * "Maximum resident set size":
 *   npx tsx scripts/measure-input-memory.ts write csv 2000000 /tmp/m.csv
 *   /usr/bin/time -v npx tsx scripts/measure-input-memory.ts read /tmp/m.csv
 * For an .xlsx, `write` prints the total its zip directory declares uncompressed.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { loadAndClean } from "../src/analytics/pipeline";
import { CsvWorkbookSource } from "../src/xlsx/csvWorkbookSource";
import { XlsxWorkbookSource } from "../src/xlsx/workbookSourceXlsx";
import { zipEntries } from "../src/xlsx/zipDirectory";

function row(i: number): [string, string, string] {
  const day = new Date(Date.UTC(2022, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
  return [`C${(i * 7919) % 50_000}`, day, (((i * 37) % 20_000) / 100).toFixed(2)];
}

async function write(kind: string, rows: number, file: string): Promise<void> {
  if (kind === "csv") {
    const out = fs.createWriteStream(file);
    out.write("customer,date,amount\n");
    for (let i = 0; i < rows; i++) out.write(`${row(i).join(",")}\n`);
    await new Promise((done) => out.end(done));
    console.log(`bytes: ${fs.statSync(file).size}`);
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = wb.addWorksheet("Transactions");
  sheet.addRow(["customer", "date", "amount"]).commit();
  for (let i = 0; i < rows; i++) {
    const [c, d, a] = row(i);
    sheet.addRow([c, new Date(`${d}T00:00:00Z`), Number(a)]).commit();
  }
  sheet.commit();
  await wb.commit();
  const entries = zipEntries(new Uint8Array(fs.readFileSync(file))) ?? [];
  const declared = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  console.log(`bytes: ${fs.statSync(file).size}, declared uncompressed: ${declared}`);
}

async function read(file: string): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const source = file.endsWith(".xlsx")
    ? await XlsxWorkbookSource.load(bytes)
    : new CsvWorkbookSource([{ fileName: file, data: bytes }]);
  const result = await loadAndClean(source);
  console.log(`transactions: ${result.ok ? result.data.transactions.length : result.error.code}`);
}

const [verb, ...args] = process.argv.slice(2);
void (verb === "write" ? write(args[0], Number(args[1]), args[2]) : read(args[0]));
