/**
 * A per-customer summary past the engine's argument-count limit (the scale bench reads a million
 * customers from DuckDB): analyzeSummaries scores every customer, and the first data day, which
 * sets the yearly spend's window, is the smallest first_line_day wherever it sits
 * (Math.min(...days) threw "Maximum call stack size exceeded" past ~120,000 customers).
 */
import { analyzeSummaries } from "../../src/warehouse/analyzeSummaries";
import type { CustomerColumn, SummaryRow } from "../../src/warehouse/summaryContract";

const CUSTOMERS = 200_000;
const BASE = 19_000; // 2022-01-08
const AS_OF = BASE + 730;
const EARLIEST_AT = 123_456;

function row(i: number): SummaryRow<CustomerColumn> {
  const first = i === EARLIEST_AT ? BASE - 100 : BASE + (i % 700);
  const last = first + (i % 20);
  return {
    customer_id: `C${i}`,
    as_of: AS_OF,
    first_line_day: first,
    first_purchase_day: first,
    last_purchase_day: last,
    orders: 1 + (i % 4),
    purchase_days: 1 + (i % 4),
    revenue: 10 + (i % 97),
    migration_from: AS_OF - 31,
    prev_last_purchase_day: last,
    prev_orders: 1 + (i % 4),
    prev_revenue: 10 + (i % 97),
    prev_first_line_day: first,
    calibration_end: AS_OF - 1,
    time_unit: "week",
    frequency: i % 4,
    recency: (last - first) / 7,
    T: (AS_OF - 1 - first) / 7,
    monetary_value: i % 4 === 0 ? 0 : 10 + (i % 97),
    holdout_frequency: null,
    holdout_value: null,
  };
}

test("200,000 customers: all scored, the window starts at the earliest first line", () => {
  const rows = Array.from({ length: CUSTOMERS }, (_, i) => row(i));
  const results = analyzeSummaries({ customers: rows, contacts: null, monthly: null });
  expect(results.rfm!.customers).toHaveLength(CUSTOMERS);
  // 830 days from the earliest first line (BASE - 100) to the as-of day
  expect(results.rfm!.windowYears).toBe(830 / 365.25);
  expect(results.rfm!.customers[EARLIEST_AT].id).toBe(`C${EARLIEST_AT}`);
});
