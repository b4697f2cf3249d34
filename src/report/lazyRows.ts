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

/**
 * The rows `cellsOf(order[k])` for k = 0 .. order.length - 1, copied once into columns and read
 * from them: for a table sorted apart from its results' order (the LTV customers, highest CLV
 * first), each of the table's readers otherwise chases a million objects in a random order
 * (about 1 µs a row, five readers: 4.5 s at 906,461 customers). Numbers are held in a
 * Float64Array (exact, -0 and NaN kept), other cells as they are; about 9 bytes a number cell.
 */
export function cellsInOrder(order: ArrayLike<number>, cellsOf: RowMaker): RowMaker {
  const count = order.length;
  const numbers: (Float64Array | undefined)[] = [];
  // per cell: 0 a number, 1 null, 2 another cell (in `others`)
  const kinds: Uint8Array[] = [];
  const others: (TableCell[] | undefined)[] = [];
  const row: TableCell[] = [];
  for (let k = 0; k < count; k++) {
    cellsOf(order[k], row);
    for (let j = 0; j < row.length; j++) {
      if (kinds[j] === undefined) kinds[j] = new Uint8Array(count);
      const cell = row[j];
      if (typeof cell === "number") {
        (numbers[j] ??= new Float64Array(count))[k] = cell;
      } else if (cell === null) {
        kinds[j][k] = 1;
      } else {
        kinds[j][k] = 2;
        (others[j] ??= new Array<TableCell>(count))[k] = cell;
      }
    }
  }
  const width = kinds.length;
  return (k, out) => {
    for (let j = 0; j < width; j++) {
      const kind = kinds[j][k];
      out[j] = kind === 0 ? numbers[j]![k] : kind === 1 ? null : others[j]![k];
    }
    return out;
  };
}
