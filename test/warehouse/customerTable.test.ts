/**
 * The customers summary as columns (customerTable.ts), as the DuckDB engine fills it a result
 * chunk at a time: the same values as the typed rows of readSummaryRows (null as NaN), and the
 * same error as a row-by-row read: the earliest row's, in it the first column's, counted from 1
 * across chunks; a missing column named without a row.
 */
import { CustomerTableBuilder, customerTable, rawColumn } from "../../src/warehouse/customerTable";
import { CUSTOMER_COLUMNS, type CustomerColumn } from "../../src/warehouse/summaryContract";
import {
  readSummaryRows,
  SummaryReadError,
  typed,
  type RawValue,
} from "../../src/warehouse/summaryRows";

/** A record as DuckDB hands it back (dates as Date, counts as bigint) for customer `i`. */
function record(i: number): Record<CustomerColumn, RawValue> {
  const day = (d: number) => new Date(Date.UTC(2024, 0, d));
  const repeat = i % 3 !== 0;
  return {
    customer_id: `K${i}`,
    as_of: day(31),
    first_line_day: day(1 + i),
    first_purchase_day: i === 2 ? null : day(1 + i),
    last_purchase_day: i === 2 ? null : day(10 + i),
    orders: BigInt(i === 2 ? 0 : 1 + i),
    purchase_days: BigInt(i === 2 ? 0 : 1 + i),
    revenue: 10.25 * i - 3,
    migration_from: "2023-12-31",
    prev_last_purchase_day: null,
    prev_orders: 0n,
    prev_revenue: 0,
    prev_first_line_day: null,
    calibration_end: day(30),
    time_unit: "week",
    frequency: repeat ? BigInt(i) : null,
    recency: repeat ? i / 7 : null,
    T: repeat ? (30 - i) / 7 : null,
    monetary_value: repeat ? 4.5 * i : null,
    holdout_frequency: repeat ? 0n : null,
    holdout_value: repeat ? 0 : null,
  };
}

const names = CUSTOMER_COLUMNS.map((c) => c.name);
const columnsOf = (records: Record<CustomerColumn, RawValue>[]) =>
  names.map((name) => rawColumn(records.map((r) => r[name])));

test("chunks of columns give the typed rows' values, null as NaN", () => {
  const records = Array.from({ length: 7 }, (_, i) => record(i));
  const builder = new CustomerTableBuilder("customers");
  builder.add(names, columnsOf(records.slice(0, 4)), 4);
  builder.add(names, columnsOf([]), 0);
  builder.add(names, columnsOf(records.slice(4)), 3);
  const table = builder.build();
  const rows = readSummaryRows<CustomerColumn>("customers", CUSTOMER_COLUMNS, records, 1);
  expect(table.length).toBe(7);
  expect(table.text.customer_id).toEqual(["K0", "K1", "K2", "K3", "K4", "K5", "K6"]);
  expect(table.numbers.orders[2]).toBe(0);
  expect(table.numbers.last_purchase_day[2]).toBeNaN();
  expect(table.numbers.migration_from[0]).toBe(Date.UTC(2023, 11, 31) / 86_400_000);
  expect(table.numbers.revenue[5]).toBe(48.25);
  // the table of the typed rows is the same table
  expect(customerTable(rows)).toEqual(table);
  for (const [name, column] of Object.entries(table.numbers))
    expect(Array.from(column, (v) => (Number.isNaN(v) ? null : v))).toEqual(
      rows.map((r) => r[name as CustomerColumn])
    );
});

/** The error a read throws, or null. */
function errorOf(read: () => unknown): SummaryReadError | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof SummaryReadError) return error;
    throw error;
  }
}

test("an unreadable value: the row-by-row read's error, rows counted across chunks", () => {
  const records = Array.from({ length: 5 }, (_, i) => record(i));
  // row 4 of the file (second chunk's first): a bad revenue; row 5: a bad orders (an earlier column)
  records[3].revenue = "n/a";
  records[4].orders = 1.5;
  const builder = new CustomerTableBuilder("customers");
  builder.add(names, columnsOf(records.slice(0, 3)), 3);
  const error = errorOf(() => builder.add(names, columnsOf(records.slice(3)), 2));
  const rowByRow = errorOf(() => readSummaryRows("customers", CUSTOMER_COLUMNS, records, 1));
  expect(error).toMatchObject({ file: "customers", column: "revenue", row: 4, value: "n/a" });
  expect(rowByRow).toMatchObject({ column: "revenue", row: 4, value: "n/a" });
  // in the same row, the first column's error
  records[3].orders = null;
  const first = errorOf(() => new CustomerTableBuilder("c").add(names, columnsOf(records), 5));
  expect(first).toMatchObject({ column: "orders", row: 4, value: "" });
});

test("a missing column is named without a row", () => {
  const without = names.filter((n) => n !== "holdout_value");
  const columns = without.map((name) => rawColumn([record(1)[name]]));
  const error = errorOf(() => new CustomerTableBuilder("customers").add(without, columns, 1));
  expect(error).toMatchObject({ column: "holdout_value", row: null });
});

test("a date as DuckDB hands it back (days since 1970-01-01) reads as the same day as a JS Date", () => {
  const day = { name: "as_of", type: "day", nullable: false } as const;
  // 2024-02-29 is day 19782
  expect(typed(day, { days: 19782 })).toBe(19782);
  expect(typed(day, new Date(Date.UTC(2024, 1, 29)))).toBe(19782);
  expect(typed(day, { days: -25567 })).toBe(-25567);
  expect(typed(day, { days: 1.5 })).toBeUndefined();
  expect(typed({ ...day, type: "number" }, { days: 3 })).toBeUndefined();
});
