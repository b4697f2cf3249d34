/**
 * A summary past 200,000 customers (a full sheet with SUMMARY_SCALE_CUSTOMERS=1048575): every
 * customer row is read and scored. Guards the per-customer code against patterns that fail past
 * some 100,000 customers (Math.min(...list) overflows the call stack at 200,000 arguments),
 * through the pane's reading of the sheet and the engine of `analyze --summary`.
 */
import type { CellValue, RawSheet } from "../../src/analytics/domain";
import { findHeaderRow } from "../../src/analytics/input";
import { CUSTOMER_COLUMNS } from "../../src/warehouse/summaryContract";
import { matchSummaryHeaders } from "../../src/warehouse/summaryHeaders";
import { readSummarySheet } from "../../src/warehouse/summarySheet";
import { analyzeSummarySheet } from "../../src/warehouse/summarySheetAnalysis";

/** 250,000 customers: past where spreading a list overflows; SUMMARY_SCALE_CUSTOMERS=1048575 fills a sheet. */
const CUSTOMERS = Number(process.env.SUMMARY_SCALE_CUSTOMERS ?? 250_000);
const AS_OF = 20_000; // day number of 2024-10-04

/** Customer i bought (i % 7) + 1 times, last (i % 365) days before the as-of date; no LTV columns. */
function fullSheet(): RawSheet {
  const names = CUSTOMER_COLUMNS.map((c) => c.name);
  const rows: CellValue[][] = [names];
  const serial = (day: number) => day + 25_569;
  for (let i = 0; i < CUSTOMERS; i++) {
    const cells: Record<string, CellValue> = {
      customer_id: `C${i}`,
      as_of: serial(AS_OF),
      first_line_day: serial(AS_OF - 400 - (i % 11)),
      first_purchase_day: serial(AS_OF - 400),
      last_purchase_day: serial(AS_OF - 1 - (i % 365)),
      orders: (i % 7) + 1,
      purchase_days: (i % 7) + 1,
      revenue: 10 * ((i % 13) + 1),
      migration_from: serial(AS_OF - 30),
      prev_last_purchase_day: serial(AS_OF - 400),
      prev_orders: 1,
      prev_revenue: 10,
      prev_first_line_day: serial(AS_OF - 400),
      calibration_end: serial(AS_OF - 1),
      time_unit: "week",
    };
    rows.push(names.map((n) => cells[n] ?? null));
  }
  return { name: "Export", firstRow: 1, rows };
}

test(`a summary sheet of ${CUSTOMERS.toLocaleString("en")} customers is read and scored, none lost`, () => {
  const raw = fullSheet();
  const header = findHeaderRow(raw)!;
  const read = readSummarySheet(raw, header, matchSummaryHeaders(header.headers), {
    date1904: false,
    dateOrder: "dmy",
  });
  expect(read.excluded).toEqual([]);
  expect(read.rows).toHaveLength(CUSTOMERS);
  const run = analyzeSummarySheet(read, {});
  if ("problem" in run) throw new Error(run.problem.code);
  expect(run.results.rfm!.customers).toHaveLength(CUSTOMERS);
  // the window starts at the earliest first line, 400 + 10 days before the as-of date
  expect(run.results.rfm!.windowYears).toBeCloseTo(410 / 365.25, 12);
  const last = run.results.rfm!.customers[CUSTOMERS - 1];
  // the last customer: recency 1 + (i % 365) days, (i % 7) + 1 purchases
  const i = CUSTOMERS - 1;
  expect([last.id, last.recency, last.frequency]).toEqual([`C${i}`, 1 + (i % 365), (i % 7) + 1]);
  expect(run.dataQuality.rowsUsed).toBe(CUSTOMERS);
});
