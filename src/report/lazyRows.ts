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

/** Fills `row` with the cells of row `index` (every cell, always as many) and returns it. */
export type RowMaker = (index: number, row: TableCell[]) => TableCell[];

/** The row makers of lazy rows, for the writer's hot loops (a Proxy read costs ~1 µs). */
const makers = new WeakMap<object, RowMaker>();

/**
 * A reader of row `index` (0 <= index < rows.length): a new row from the maker for lazy rows, the
 * array element otherwise.
 */
export function rowReader(rows: readonly TableCell[][]): (index: number) => TableCell[] {
  const make = makers.get(rows);
  return make ? (index) => make(index, []) : (index) => rows[index];
}

/**
 * A reader for a scan that is done with each row before it reads the next (the writer, the
 * column widths, the checks): a lazy body's rows are all made into one array, refilled at each
 * read, so a million rows allocate nothing; other rows are read as they are.
 */
export function rowScanner(rows: readonly TableCell[][]): (index: number) => TableCell[] {
  const make = makers.get(rows);
  if (!make) return (index) => rows[index];
  const row: TableCell[] = [];
  return (index) => make(index, row);
}

/** `length` rows, row `i` made by `make(i, [])` at each read. */
export function lazyRows(length: number, make: RowMaker): TableCell[][] {
  const rows = lazyArray(length, (index) => make(index, []));
  makers.set(rows, make);
  return rows;
}
