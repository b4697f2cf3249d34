/**
 * A warehouse summary in a sheet gives the pane what `analyze --summary` gives the CLI. The
 * sample's transactions go through `crm-analytics sql --dialect duckdb`, run in embedded DuckDB
 * (the user's warehouse), into customers.csv; the CLI analyses the file, and the same file,
 * opened in Excel (numbers as numbers, days as date serials), is read by the pane through the
 * typed fake Excel and its real host and analysed in the worker's API. RFM, BG/NBD and
 * Gamma-Gamma come out identical; RFM also equals the in-memory path's on the lines.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { DuckDBInstance } from "@duckdb/node-api";
import { dayNumber } from "../../src/analytics/domain";
import type { CleanData } from "../../src/analytics/pipeline";
import { loadAndClean } from "../../src/analytics/pipeline";
import { isoDay } from "../../src/analytics/rfm";
import type { ExcelHost as ExcelContext } from "../../src/excel/host";
import { translator } from "../../src/i18n";
import { runCli } from "../support/diskCliIo";
import { buildSummaryJson, type SummaryJson } from "../../src/cli/summaryJson";
import { createExcelHost } from "../../src/taskpane/host/excelHost";
import { DEFAULT_SETTINGS } from "../../src/taskpane/settings/paneSettings";
import { createAnalysisApi } from "../../src/taskpane/worker/analysisApi";
import type { Outcome } from "../../src/taskpane/worker/engineTypes";
import { CUSTOMER_COLUMNS } from "../../src/warehouse/summaryContract";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import type { Stored } from "../fakes/excel/grid";
import { SAMPLE } from "../support/sampleReports";

/** Both paths over the sample on two shared cores: a guard against hangs, not a timing. */
const HANG_GUARD_MS = 300_000;
/** Excel's serial of 1970-01-01 (1900 date system). */
const EPOCH_SERIAL = 25_569;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summary-sheet-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected ok, got ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

async function analyzeJson(args: string[], name: string): Promise<SummaryJson> {
  const json = path.join(dir, `${name}.json`);
  const { code, err } = await runCli(["analyze", ...args, "--json", json]);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(fs.readFileSync(json, "utf8")) as SummaryJson;
}

/** The sample's transaction lines as a warehouse table holds them: typed, one a line. */
async function sampleTransactionsCsv(): Promise<string> {
  const source = await XlsxWorkbookSource.load(fs.readFileSync(SAMPLE));
  const loaded = await loadAndClean(source, {});
  if (!loaded.ok) throw new Error(loaded.error.code);
  const rows = loaded.data.transactions.map((t) =>
    [t.invoiceId ?? "", t.customerId, isoDay(dayNumber(t.date)), t.amount].join(",")
  );
  const file = path.join(dir, "transactions.csv");
  fs.writeFileSync(file, ["invoice,customer,date,amount", ...rows].join("\n") + "\n");
  return file;
}

/** customers.csv as the user's warehouse writes it: the printed query, run by DuckDB. */
async function warehouseSummary(transactions: string): Promise<string> {
  const printed = await runCli([
    "sql",
    "--dialect",
    "duckdb",
    "--transactions",
    "lines",
    "--map",
    "customer=customer,date=date,amount=amount,invoice=invoice",
  ]);
  expect(printed.code).toBe(0);
  const query = printed.out
    .join("\n")
    .split(";\n")[0]
    .replace(/^--.*\n/, "");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `CREATE VIEW lines AS SELECT * FROM read_csv('${transactions}', all_varchar = true)`
  );
  const customers = path.join(dir, "customers.csv");
  await connection.run(`COPY (${query}) TO '${customers}' (HEADER, DELIMITER ',')`);
  connection.closeSync();
  instance.closeSync();
  return customers;
}

/** The CSV opened in Excel: numbers become numbers, ISO days date serials, blanks blank. */
function excelWithSummary(csv: string): FakeExcel {
  const parsed = Papa.parse<string[]>(fs.readFileSync(csv, "utf8").trim(), { header: false });
  const [header, ...body] = parsed.data;
  const dayColumns = new Set(
    CUSTOMER_COLUMNS.filter((c) => c.type === "day").map((c) => header.indexOf(c.name))
  );
  const cells: Stored[][] = body.map((row) =>
    row.map((text, i) => {
      if (text === "") return "";
      if (dayColumns.has(i))
        return (
          Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) / 86_400_000 +
          EPOCH_SERIAL
        );
      const n = Number(text);
      return Number.isFinite(n) && i !== header.indexOf("customer_id") ? n : text;
    })
  );
  const fake = new FakeExcel();
  fake.addSheet("Warehouse export", [header, ...cells]);
  return fake;
}

test(
  "the sample: the pane on the summary sheet = analyze --summary on the CSV (RFM, BG/NBD, Gamma-Gamma)",
  async () => {
    const transactions = await sampleTransactionsCsv();
    const customers = await warehouseSummary(transactions);
    const fromCli = await analyzeJson(["--summary", customers], "cli-summary");
    const inMemory = await analyzeJson([transactions], "in-memory");

    const host = createExcelHost({
      run: <T>(batch: (context: ExcelContext) => Promise<T>) => batch(excelWithSummary(customers)),
      supports: () => true,
      fallbackCulture: () => "en-US",
    });
    const api = createAnalysisApi();
    const overview = value(
      await api.open({
        kind: "sheets",
        sheets: await host.readSheets(() => undefined),
        info: await host.culture(),
      })
    );
    expect(overview.chosen).toEqual({ summary: "Warehouse export" });
    expect(overview.sheets[0].summary!.convention).toBe("warehouse");
    const output = value(
      await api.analyse({
        choice: { sheets: {}, mappings: {} },
        settings: DEFAULT_SETTINGS,
        language: "en",
        generatedAt: Date.UTC(2025, 0, 2),
      })
    );
    // the pane's results in the CLI's JSON form
    const data = {
      transactions: [],
      customers: [],
      contacts: [],
      dataQuality: output.dataQuality,
      problems: [],
      sheets: [],
    } as unknown as CleanData;
    const fromPane = buildSummaryJson(data, output.results, translator("en"));

    expect(fromPane.rfm).toEqual(fromCli.rfm);
    expect(fromPane.rfm!.customers.length).toBeGreaterThan(400);
    expect(fromPane.ltv!.bgnbd).toEqual(fromCli.ltv!.bgnbd);
    expect(fromPane.ltv!.gammaGamma).toEqual(fromCli.ltv!.gammaGamma);
    expect(fromPane.ltv!.customers).toEqual(fromCli.ltv!.customers);
    expect(fromPane.notes).toEqual(expect.arrayContaining(fromCli.notes));
    // and the summary's RFM is the lines' RFM
    expect(fromPane.rfm!.cutPoints).toEqual(inMemory.rfm!.cutPoints);
    expect(fromPane.rfm!.customers).toEqual(inMemory.rfm!.customers);
    // nothing excluded; the report names the summary sheet as its source
    expect(output.dataQuality.excluded).toEqual([]);
    expect(output.dataQuality.rowsUsed).toBe(fromCli.rfm!.customers.length);
    expect(output.dataQuality.warnings[0].code).toBe("summarySheet:usedWarehouse");
  },
  HANG_GUARD_MS
);

/** The CSV's rows, typed as Excel holds them, in an .xlsx workbook with other sheets. */
async function workbookWith(csv: string, others: Record<string, (string | number)[][]>) {
  const parsed = Papa.parse<string[]>(fs.readFileSync(csv, "utf8").trim(), { header: false });
  const [header, ...body] = parsed.data;
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(others)) workbook.addWorksheet(name).addRows(rows);
  const sheet = workbook.addWorksheet("Warehouse export");
  sheet.addRow(header);
  for (const row of body)
    sheet.addRow(
      row.map((text, i) => {
        const n = Number(text);
        return text !== "" && Number.isFinite(n) && header[i] !== "customer_id" ? n : text;
      })
    );
  const file = path.join(dir, `workbook-${Object.keys(others).length}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

test(
  "analyze on a summary given as a plain input (CSV or a workbook's sheet) = analyze --summary; never read as lines",
  async () => {
    const transactions = await sampleTransactionsCsv();
    const customers = await warehouseSummary(transactions);
    const fromSummary = await analyzeJson(["--summary", customers], "flag-summary");
    const asCsv = await analyzeJson([customers], "plain-csv");
    expect(asCsv.rfm).toEqual(fromSummary.rfm);
    expect(asCsv.ltv!.bgnbd).toEqual(fromSummary.ltv!.bgnbd);
    expect(asCsv.ltv!.customers).toEqual(fromSummary.ltv!.customers);
    expect(asCsv.kpis).toBeNull();
    expect(asCsv.dataQuality.rowsUsed).toBe(fromSummary.rfm!.customers.length);

    const alone = await workbookWith(customers, {});
    const asSheet = await analyzeJson([alone], "plain-xlsx");
    expect(asSheet.rfm).toEqual(fromSummary.rfm);
    expect(asSheet.ltv!.gammaGamma).toEqual(fromSummary.ltv!.gammaGamma);

    // beside transaction lines, the lines are analysed and the summary is named as left aside
    const lines = Papa.parse<string[]>(fs.readFileSync(transactions, "utf8").trim()).data;
    const both = await workbookWith(customers, {
      Lines: lines.map((r, i) => (i === 0 ? r : [r[0], r[1], r[2], Number(r[3])])),
    });
    const json = path.join(dir, "both.json");
    const run2 = await runCli(["analyze", both, "--json", json]);
    expect(run2.err).toEqual([]);
    expect(run2.out).toContain(
      translator("en")("summarySheet:leftAside", { sheet: "Warehouse export" })
    );
    const fromLines = JSON.parse(fs.readFileSync(json, "utf8")) as SummaryJson;
    expect(fromLines.kpis).not.toBeNull();
    expect(fromLines.rfm!.customers).toEqual(fromSummary.rfm!.customers);
  },
  HANG_GUARD_MS
);

test("a lifetimes summary CSV: refused without --as-of (one line naming it), analysed with it", async () => {
  const file = path.join(dir, "lifetimes.csv");
  fs.writeFileSync(
    file,
    "customer_id,frequency,recency,T,monetary_value\nA,2,30.5,40,12.5\nB,0,0,40,0\nC,5,38,40,20\nD,1,3,12,8\n"
  );
  const refused = await runCli(["analyze", file]);
  expect(refused.code).toBe(2);
  expect(refused.err).toHaveLength(1);
  expect(refused.err[0]).toContain("--as-of");
  const json = await analyzeJson([file, "--as-of", "2024-01-01"], "lifetimes");
  expect(json.rfm).toBeNull();
  expect(json.ltv!.customers.map((c) => c.id)).toEqual(["A", "B", "C", "D"]);
  expect(json.ltv!.customers[2].recency).toBe(38);
  expect(json.dataQuality.rowsUsed).toBe(4);
});
