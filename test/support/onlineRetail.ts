/**
 * UCI Online Retail (../shared/data/online_retail.csv.gz) as cleaned `Transaction[]`, for RFM
 * tests and benches while the real input layer and cleaning rules are written elsewhere.
 *
 * Cleaning of the standard RFM exercise (data README): drop lines without a CustomerID,
 * cancellations (InvoiceNo starting with "C"), and lines with Quantity <= 0 or UnitPrice <= 0.
 * 4,338 customers remain. amount = Quantity x UnitPrice. InvoiceDate is read as wall-clock time
 * in UTC, either "2010-12-01 08:26:00" (the shipped file) or "12/1/2010 8:26" (month/day/year,
 * the original UCI spreadsheet export).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import Papa from "papaparse";
import type { Instant, Transaction } from "../../src/analytics/domain";

export const ONLINE_RETAIL_PATH = resolve(__dirname, "../../../shared/data/online_retail.csv.gz");

/** One CSV line as text, the columns of the file. */
export interface OnlineRetailRow {
  InvoiceNo: string;
  StockCode: string;
  Description: string;
  Quantity: string;
  InvoiceDate: string;
  UnitPrice: string;
  CustomerID: string;
  Country: string;
}

/** Every line of the file, unparsed. */
export function readOnlineRetailRows(path = ONLINE_RETAIL_PATH): OnlineRetailRow[] {
  const text = gunzipSync(readFileSync(path)).toString("utf8");
  const parsed = Papa.parse<OnlineRetailRow>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(`${path}: row ${first.row ?? "?"}: ${first.message}`);
  }
  return parsed.data;
}

/** "2010-12-01 08:26:00" or "12/1/2010 8:26" as an Instant (wall clock read as UTC). */
export function parseInvoiceDate(text: string): Instant {
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso;
    return Date.UTC(+y, +mo - 1, +d, +h, +mi, s === undefined ? 0 : +s);
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text);
  if (us) {
    const [, mo, d, y, h, mi] = us;
    return Date.UTC(+y, +mo - 1, +d, +h, +mi);
  }
  throw new Error(`unreadable InvoiceDate "${text}"`);
}

/** The cleaned purchases of the standard exercise, one Transaction a CSV line kept. */
export function cleanOnlineRetail(rows: readonly OnlineRetailRow[]): Transaction[] {
  const transactions: Transaction[] = [];
  rows.forEach((row, i) => {
    const quantity = Number(row.Quantity);
    const unitPrice = Number(row.UnitPrice);
    if (row.CustomerID === "" || row.InvoiceNo.startsWith("C")) return;
    if (!(quantity > 0) || !(unitPrice > 0)) return;
    transactions.push({
      customerId: row.CustomerID,
      date: parseInvoiceDate(row.InvoiceDate),
      amount: quantity * unitPrice,
      quantity,
      unitPrice,
      invoiceId: row.InvoiceNo,
      product: row.StockCode,
      isReturn: false,
      source: { sheet: "online_retail", row: i + 2 },
    });
  });
  return transactions;
}

let cached: Transaction[] | undefined;

/** The cleaned Online Retail transactions, read once per process. */
export function onlineRetailTransactions(): Transaction[] {
  cached ??= cleanOnlineRetail(readOnlineRetailRows());
  return cached;
}
