/**
 * The DuckDB path (analyze --engine duckdb, and sql --dialect duckdb + analyze --summary) gives
 * the in-memory path's RFM scores and segments exactly and its BG/NBD parameters to 1e-9, on
 * CDNOW and UCI Online Retail.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { runCli } from "../support/diskCliIo";
import type { SummaryJson } from "../../src/cli/summaryJson";
import { readCdnowTransactions } from "../support/cdnow";
import { ONLINE_RETAIL_PATH } from "../support/onlineRetail";
import { isoDay } from "../../src/analytics/rfm";
import { dayNumber } from "../../src/analytics/domain";
import { expectSameBuyers } from "../support/buyersEquivalence";

/** Both paths over a real data set on two shared cores: a guard against hangs, not a timing. */
const HANG_GUARD_MS = 300_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warehouse-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function analyze(files: string[], extra: string[], name: string): Promise<SummaryJson> {
  const json = path.join(dir, `${name}.json`);
  const { code, err } = await runCli(["analyze", ...files, ...extra, "--json", json]);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(fs.readFileSync(json, "utf8")) as SummaryJson;
}

function expectSameRfm(a: SummaryJson, b: SummaryJson): void {
  expect(b.rfm!.asOf).toBe(a.rfm!.asOf);
  expect(b.rfm!.cutPoints).toEqual(a.rfm!.cutPoints);
  expect(b.rfm!.segments).toEqual(a.rfm!.segments);
  expect(b.rfm!.customers).toEqual(a.rfm!.customers);
  expect(b.rfm!.customers.length).toBeGreaterThan(1000);
}

function expectClose(a: Record<string, number>, b: Record<string, number>): void {
  for (const key of Object.keys(a)) {
    expect(Math.abs(b[key] - a[key])).toBeLessThanOrEqual(1e-9 * Math.abs(a[key]));
  }
}

function cdnowCsv(): string {
  const file = path.join(dir, "cdnow.csv");
  const lines = readCdnowTransactions().map(
    (t) => `${t.customerId},${isoDay(dayNumber(t.date))},${t.quantity},${t.amount}`
  );
  fs.writeFileSync(file, ["customer,date,quantity,amount", ...lines].join("\n") + "\n");
  return file;
}

describe("DuckDB path equals the in-memory path", () => {
  test(
    "CDNOW, 39-week calibration: RFM identical, BG/NBD and Gamma-Gamma to 1e-9",
    async () => {
      const file = cdnowCsv();
      const options = ["--calibration-end", "1997-09-30"];
      const memory = await analyze([file], options, "cdnow-memory");
      const duck = await analyze([file], [...options, "--engine", "duckdb"], "cdnow-duck");
      expectSameRfm(memory, duck);
      expectClose(memory.ltv!.bgnbd!, duck.ltv!.bgnbd!);
      expect(duck.dataQuality).toEqual(memory.dataQuality);
      const { p, q, v } = memory.ltv!.gammaGamma!;
      const g = duck.ltv!.gammaGamma!;
      expectClose({ p, q: q!, v: v! }, { p: g.p, q: g.q!, v: g.v! });
      // the holdout columns feed the same per-customer predictions
      const byId = new Map(duck.ltv!.customers.map((c) => [c.id, c]));
      for (const c of memory.ltv!.customers) {
        const d = byId.get(c.id)!;
        expect(d.frequency).toBe(c.frequency);
        expect(d.T).toBeCloseTo(c.T, 12);
        expect(Math.abs(d.pAlive! - c.pAlive!)).toBeLessThan(1e-9);
      }
      expect(duck.notes.join("\n")).toMatch(/need the transaction lines/);
    },
    HANG_GUARD_MS
  );

  test(
    "UCI Online Retail (.csv.gz, returns, cancellations, copies): RFM identical, BG/NBD to 1e-9",
    async () => {
      const memory = await analyze([ONLINE_RETAIL_PATH], [], "uci-memory");
      const duck = await analyze([ONLINE_RETAIL_PATH], ["--engine", "duckdb"], "uci-duck");
      expectSameRfm(memory, duck);
      expectClose(memory.ltv!.bgnbd!, duck.ltv!.bgnbd!);
      expectSameBuyers(memory, duck);
      // every line accounted for alike: 135,080 without a customer, 5,227 copies, returns netted
      expect(duck.dataQuality).toEqual(memory.dataQuality);
      expect(duck.dataQuality.rowsRead).toBe(541_909);
      expect(memory.history!.buyers.every((b) => b.newCustomers > 0)).toBe(true);
    },
    HANG_GUARD_MS
  );

  test(
    "sql --dialect duckdb run by the user, then analyze --summary, gives the engine's JSON",
    async () => {
      const file = cdnowCsv();
      const printed = await runCli([
        "sql",
        "--dialect",
        "duckdb",
        "--transactions",
        "cdnow",
        "--map",
        "customer=customer,date=date,amount=amount,quantity=quantity",
        "--calibration-end",
        "1997-09-30",
      ]);
      expect(printed.code).toBe(0);
      const statements = printed.out.join("\n").split(";\n");
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      await connection.run(
        `CREATE VIEW cdnow AS SELECT * FROM read_csv('${file}', all_varchar = true)`
      );
      const customers = path.join(dir, "customers.csv");
      const query = statements[0].replace(/^--.*\n/, "");
      await connection.run(`COPY (${query}) TO '${customers}' (HEADER, DELIMITER ',')`);
      const monthly = path.join(dir, "monthly.csv");
      const monthlyQuery = statements[1]
        .trim()
        .replace(/^--.*\n/, "")
        .replace(/;\s*$/, "");
      await connection.run(`COPY (${monthlyQuery}) TO '${monthly}' (HEADER, DELIMITER ',')`);
      const lines = path.join(dir, "lines.csv");
      const linesQuery = statements[2]
        .trim()
        .replace(/^--.*\n/, "")
        .replace(/;\s*$/, "");
      await connection.run(`COPY (${linesQuery}) TO '${lines}' (HEADER, DELIMITER ',')`);
      connection.closeSync();
      instance.closeSync();

      const report = path.join(dir, "summary-report.xlsx");
      const fromSummary = await analyze(
        [],
        ["--summary", customers, "--monthly", monthly, "--lines", lines, "--out", report],
        "cdnow-summary"
      );
      // the monthly summary gives the History sheet's buyers by month, as the lines do
      const memory = await analyze([file], [], "cdnow-memory-history");
      expectSameBuyers(memory, fromSummary);
      expect(fromSummary.history!.monthEnds).toEqual([]);
      expect(fromSummary.history!.cohorts).toEqual([]);
      // and what the summaries cannot give is named on the Data quality sheet
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(report);
      const texts: string[] = [];
      wb.getWorksheet("Data quality")!.eachRow((row) =>
        row.eachCell((cell) => texts.push(String(cell.value)))
      );
      const quality = texts.join("\n");
      expect(quality).toContain("Not computed from the summaries");
      expect(quality).toContain("First-purchase cohorts and retention by month skipped");
      expect(quality).toContain("Segments at each month-end skipped");
      expect(quality).toContain("Period KPIs skipped");
      expect(wb.getWorksheet("Monthly history")).toBeDefined();
      const duck = await analyze(
        [file],
        ["--engine", "duckdb", "--calibration-end", "1997-09-30"],
        "cdnow-duck2"
      );
      expectSameRfm(duck, fromSummary);
      expect(fromSummary.ltv!.bgnbd).toEqual(duck.ltv!.bgnbd);
      // the printed line account gives the engine's counts (a table has no row numbers)
      const counts = (q: SummaryJson["dataQuality"]) => [
        q.rowsRead,
        q.rowsUsed,
        ...[...q.excluded, ...(q.flagged ?? [])].map((e) => `${e.reason} ${e.count}`),
      ];
      expect(counts(fromSummary.dataQuality)).toEqual(counts(duck.dataQuality));
      expect(duck.dataQuality.flagged!.length).toBeGreaterThan(0);
      // Per customer: the same customers, counts and ids exact; the spends went through CSV text,
      // which DuckDB's COPY writes with up to 17 significant digits but not always the shortest
      // round-trip form (299.6338095238096 for 299.63380952380953): 1e-12 relative.
      const summed = fromSummary.ltv!.customers;
      const direct = duck.ltv!.customers;
      expect(summed.map((c) => c.id)).toEqual(direct.map((c) => c.id));
      summed.forEach((c, i) => {
        for (const [key, value] of Object.entries(c)) {
          const other = (direct[i] as Record<string, unknown>)[key];
          if (typeof value === "number" && typeof other === "number") {
            expect(Math.abs(value - other)).toBeLessThanOrEqual(
              1e-12 * Math.max(Math.abs(other), 1e-300)
            );
          } else {
            expect(value).toEqual(other);
          }
        }
      });
    },
    HANG_GUARD_MS
  );
});
