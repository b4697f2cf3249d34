/**
 * Table rows made when read, for the tables of one row a customer in the command line's report
 * (ReportOptions.lazyCustomerRows): a million customers are never held as a million cell arrays
 * (744 MB of the report model at 1,000,000 customers); each row is made from the analysis'
 * results as a reader (the writer, the column widths, the checks) reaches it. The rows are a
 * lazy array (src/analytics/lazyArray.ts: an array to every reader, read-only, each row made
 * anew at each read); the writer's hot loops read them through their maker (rowReader).
 */
import { lazyArray } from "../analytics/lazyArray";
import type { TableCell } from "./model";

/** The row makers of lazy rows, for the writer's hot loops (a Proxy read costs ~1 µs). */
const makers = new WeakMap<object, (index: number) => TableCell[]>();

/**
 * A reader of row `index` (0 <= index < rows.length): the maker itself for lazy rows, the array
 * element otherwise.
 */
export function rowReader(rows: readonly TableCell[][]): (index: number) => TableCell[] {
  return makers.get(rows) ?? ((index) => rows[index]);
}

/** `length` rows, row `i` made by `make(i)` at each read. */
export function lazyRows(length: number, make: (index: number) => TableCell[]): TableCell[][] {
  const rows = lazyArray(length, make);
  makers.set(rows, make);
  return rows;
}
