/**
 * Writes the command line's JSON summary and a dump of the report model (src/report buildReport,
 * generated at 0) for the reference inputs: the sample workbook, UCI Online Retail, the raw
 * CDNOW log (as the CSV a user would export, as test/cli/cdnowRawLog.test.ts builds it) and
 * Hillstrom (contacts with their outcomes, plus each customer's pre-campaign purchase as a
 * transaction). Performance work must leave every file byte-identical: run it on the starting
 * commit into one folder, after each change into another, and compare (`cmp`/`diff -r`).
 *
 * Usage: tsx scripts/golden-outputs.ts OUT_DIR [name...]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import Papa from "papaparse";
import { run, type CliIo } from "../src/cli/run";
import { buildReport } from "../src/report";

const root = resolve(__dirname, "..");
const data = resolve(root, "../shared/data");

/** CDNOW_sample.txt as a CSV: customer, date (yyyymmdd), amount. */
function cdnowCsv(dir: string): string {
  const text = readFileSync(join(data, "cdnow/CDNOW_sample.txt"), "utf8");
  const rows = text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.trim().split(/\s+/));
  const csv = [
    "Customer ID,Date,Amount",
    ...rows.map(([id, , ymd, , usd]) => `${id},${ymd},${usd}`),
  ];
  const file = join(dir, "cdnow.csv");
  writeFileSync(file, `${csv.join("\n")}\n`);
  return file;
}

/**
 * Hillstrom: a contacts CSV (campaign "Hillstrom", group, 2008-03-01, channel = the e-mail,
 * converted, spend) and a transactions CSV with one purchase per customer of `history` dollars
 * `recency` months before the campaign, plus the campaign's spend on 2008-03-15.
 */
function hillstromCsvs(dir: string): string[] {
  const text = gunzipSync(readFileSync(join(data, "hillstrom.csv.gz"))).toString("utf8");
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const contacts = ["Customer ID,Campaign,Group,Contact date,Channel,Converted,Revenue"];
  const transactions = ["Customer ID,Date,Amount"];
  rows.forEach((row, i) => {
    const id = `H${i + 2}`;
    const treated = row.segment !== "No E-Mail";
    contacts.push(
      `${id},Hillstrom,${treated ? "treatment" : "control"},2008-03-01,${treated ? row.segment : ""},${row.conversion},${row.spend}`
    );
    const month = 3 - Number(row.recency);
    const prior = new Date(Date.UTC(2008, month - 1, 1)).toISOString().slice(0, 10);
    transactions.push(`${id},${prior},${row.history}`);
    if (Number(row.spend) > 0) transactions.push(`${id},2008-03-15,${row.spend}`);
  });
  const contactsFile = join(dir, "hillstrom_contacts.csv");
  const transactionsFile = join(dir, "hillstrom_transactions.csv");
  writeFileSync(contactsFile, `${contacts.join("\n")}\n`);
  writeFileSync(transactionsFile, `${transactions.join("\n")}\n`);
  return [transactionsFile, contactsFile];
}

async function writeOutputs(name: string, files: string[], out: string): Promise<void> {
  const written = new Map<string, string>();
  const stdout: string[] = [];
  const stderr: string[] = [];
  let model = "";
  const io: CliIo = {
    exists: (p) => existsSync(p),
    readFile: async (p) => new Uint8Array(readFileSync(p)),
    writeFile: async (p, text) => void written.set(p, text),
    // as the CLI writes --json: streamed in pieces (the same text must come out)
    writeFileStreamed: async (p, produce) => {
      const pieces: string[] = [];
      produce((text) => pieces.push(text));
      written.set(p, pieces.join(""));
    },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    writeReportWorkbook: async (cleaned, results, options, path) => {
      const report = buildReport(
        { ...results, dataQuality: cleaned.dataQuality, currency: cleaned.currency },
        // as the CLI builds it: per-customer rows made as they are read (the same JSON)
        { language: options.lang, generatedAt: 0, version: "golden", lazyCustomerRows: true }
      );
      model = JSON.stringify(report, null, 1);
      return { path, sheets: report.sheets.map((s) => s.name) };
    },
  };
  const started = Date.now();
  const code = await run(["analyze", ...files, "--json", "summary.json", "--out", "r.xlsx"], io);
  if (code !== 0) throw new Error(`${name}: exit ${code}: ${stderr.join("\n")}`);
  writeFileSync(join(out, `${name}.json`), written.get("summary.json") ?? "");
  writeFileSync(join(out, `${name}.model.json`), model);
  writeFileSync(join(out, `${name}.stdout.txt`), `${stdout.join("\n")}\n`);
  console.log(`${name}: ${Date.now() - started} ms`);
}

async function main(): Promise<void> {
  const [out, ...wanted] = process.argv.slice(2);
  if (!out) throw new Error("usage: tsx scripts/golden-outputs.ts OUT_DIR [name...]");
  mkdirSync(out, { recursive: true });
  const tmp = join(tmpdir(), "crm-golden");
  mkdirSync(tmp, { recursive: true });
  const inputs: Record<string, () => string[]> = {
    sample: () => [join(root, "assets/sample/crm-sample.xlsx")],
    onlineRetail: () => [join(data, "online_retail.csv.gz")],
    cdnow: () => [cdnowCsv(tmp)],
    hillstrom: () => hillstromCsvs(tmp),
  };
  for (const [name, files] of Object.entries(inputs)) {
    if (wanted.length === 0 || wanted.includes(name)) await writeOutputs(name, files(), out);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
