/**
 * Readers for the CDNOW reference files in ../shared/data/cdnow (see its README): the raw
 * transactions as domain Transactions, and the two published per-customer summaries.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { Transaction } from "../../src/analytics/domain";

export const CDNOW_DIR = path.resolve(__dirname, "../../../shared/data/cdnow");

/** 1997-09-30, the end of the 39-week calibration period, as an Instant. */
export const CDNOW_CALIBRATION_END = Date.UTC(1997, 8, 30);
/** 1998-06-30, the end of the 39-week holdout period (the last day of the file). */
export const CDNOW_HOLDOUT_END = Date.UTC(1998, 5, 30);

/**
 * CDNOW_sample.txt: fixed-width lines "customer id, id in master, yyyymmdd, CDs, dollars".
 * The customer id we use is the second column as a number ("0001" -> "1"): the summary files' ID.
 */
export function readCdnowTransactions(): Transaction[] {
  const text = readFileSync(path.join(CDNOW_DIR, "CDNOW_sample.txt"), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const [, master, ymd, cds, dollars] = line.trim().split(/\s+/);
      return {
        customerId: String(Number(master)),
        date: Date.UTC(
          Number(ymd.slice(0, 4)),
          Number(ymd.slice(4, 6)) - 1,
          Number(ymd.slice(6, 8))
        ),
        amount: Number(dollars),
        quantity: Number(cds),
        isReturn: false,
        source: { sheet: "CDNOW_sample.txt", row: index + 1 },
      };
    });
}

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(CDNOW_DIR, file), "utf8");
  return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}

export interface CdnowSummaryRow {
  id: string;
  frequency: number;
  recency: number;
  T: number;
}

/** cdnow_customers_summary.csv: ID, frequency, recency, T (weeks, 2 decimals). */
export function readCdnowSummary(): CdnowSummaryRow[] {
  return readCsv("cdnow_customers_summary.csv").map((row) => ({
    id: row.ID,
    frequency: Number(row.frequency),
    recency: Number(row.recency),
    T: Number(row.T),
  }));
}

export interface CdnowSummaryWithSpend extends CdnowSummaryRow {
  zbar: number;
}

/** cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar (cents). */
export function readCdnowSummaryWithSpend(): CdnowSummaryWithSpend[] {
  return readCsv("cdnow_customers_summary_with_transactions.csv").map((row) => ({
    id: row.ID,
    frequency: Number(row.x),
    recency: Number(row.t_x),
    T: Number(row.T),
    zbar: Number(row.zbar),
  }));
}

/** Column arrays of a summary, the form the model functions take. */
export function columns(rows: readonly CdnowSummaryWithSpend[]): {
  frequency: number[];
  recency: number[];
  T: number[];
  monetary: number[];
} {
  return {
    frequency: rows.map((r) => r.frequency),
    recency: rows.map((r) => r.recency),
    T: rows.map((r) => r.T),
    monetary: rows.map((r) => r.zbar),
  };
}
