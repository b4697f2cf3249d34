/**
 * The DuckDB path on the sample (transactions with messy dates, returns, copies; contacts whose
 * outcome comes from the transactions, broken down by channel and by the RFM segment as of the
 * contact day) and on Hillstrom (contacts with their own outcomes): the same RFM, BG/NBD and
 * uplift rows as the in-memory path. Counts, rates, p-values and verdicts are identical; revenue
 * sums agree to the last bits of floating-point addition order (1e-12 relative).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/diskCliIo";
import type { SummaryJson } from "../../src/cli/summaryJson";
import type { UpliftJsonRow } from "../../src/analytics/uplift/upliftJson";
import { loadHillstrom } from "../support/hillstrom";

/** Both paths over a real data set on two shared cores: a guard against hangs, not a timing. */
const HANG_GUARD_MS = 300_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warehouse-uplift-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function analyze(args: string[], name: string): Promise<SummaryJson> {
  const json = path.join(dir, `${name}.json`);
  const { code, err } = await runCli(["analyze", ...args, "--json", json]);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(fs.readFileSync(json, "utf8")) as SummaryJson;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
  }
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function sheetAsCsv(workbook: ExcelJS.Workbook, sheet: string): Promise<string> {
  const lines: string[] = [];
  workbook.getWorksheet(sheet)!.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    lines.push(values.map(csvCell).join(","));
  });
  const file = path.join(dir, `${sheet}.csv`);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

const rowKey = (r: UpliftJsonRow) => [r.campaign, r.channel, r.segment, r.breakdown].join("|");

function expectSameUplift(memory: UpliftJsonRow[], duck: UpliftJsonRow[]): void {
  expect(duck.map(rowKey)).toEqual(memory.map(rowKey));
  const close = (a: number | null, b: number | null) => {
    if (a === null || b === null) return expect(b).toBe(a);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a)));
  };
  memory.forEach((m, i) => {
    const d = duck[i];
    for (const group of ["treated", "control"] as const) {
      expect(d[group].n).toBe(m[group].n);
      expect(d[group].conversions).toBe(m[group].conversions);
      expect(d[group].rate).toBe(m[group].rate);
      close(m[group].revenuePerCustomer, d[group].revenuePerCustomer);
    }
    expect([d.upliftAbs, d.ciLow, d.ciHigh, d.upliftRel, d.pValue, d.verdict]).toEqual([
      m.upliftAbs,
      m.ciLow,
      m.ciHigh,
      m.upliftRel,
      m.pValue,
      m.verdict,
    ]);
    close(m.incrementalRevenue, d.incrementalRevenue);
  });
}

test(
  "sample: RFM, BG/NBD and uplift rows (by channel and by segment as of the contact day)",
  async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.resolve(__dirname, "../../assets/sample/crm-sample.xlsx"));
    const files = [
      await sheetAsCsv(workbook, "Transactions"),
      await sheetAsCsv(workbook, "Contacts"),
    ];
    const memory = await analyze(files, "sample-memory");
    const duck = await analyze([...files, "--engine", "duckdb"], "sample-duck");
    expect(duck.rfm!.cutPoints).toEqual(memory.rfm!.cutPoints);
    expect(duck.rfm!.customers).toEqual(memory.rfm!.customers);
    expect(duck.rfm!.segments).toEqual(memory.rfm!.segments);
    const fitted = duck.ltv!.bgnbd! as Record<string, number>;
    for (const [key, value] of Object.entries(memory.ltv!.bgnbd!)) {
      const other = fitted[key];
      expect(Math.abs(other - value)).toBeLessThanOrEqual(1e-9 * Math.abs(value));
    }
    expect(memory.uplift!.some((r) => r.breakdown === "rfm")).toBe(true);
    expectSameUplift(memory.uplift!, duck.uplift!);
  },
  HANG_GUARD_MS
);

test(
  "Hillstrom: contacts with their own outcomes, no transactions",
  async () => {
    const lines = ["customer_id,campaign,group,contact_date,channel,converted,revenue"];
    for (const c of loadHillstrom().contacts) {
      const group = c.group === "treated" ? "treated" : "control";
      lines.push(
        [
          c.customerId,
          c.campaign,
          group,
          "2008-03-01",
          c.channel ?? "",
          c.converted ? 1 : 0,
          c.revenue,
        ]
          .map(csvCell)
          .join(",")
      );
    }
    const file = path.join(dir, "hillstrom-contacts.csv");
    fs.writeFileSync(file, lines.join("\n") + "\n");
    const memory = await analyze([file], "hillstrom-memory");
    const duck = await analyze([file, "--engine", "duckdb"], "hillstrom-duck");
    expect(memory.uplift!.length).toBeGreaterThan(0);
    expectSameUplift(memory.uplift!, duck.uplift!);
  },
  HANG_GUARD_MS
);
