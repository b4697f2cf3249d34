/**
 * Table rows made when read, for the tables of one row a customer in the command line's report
 * (ReportOptions.lazyCustomerRows): a million customers are never held as a million cell arrays
 * (744 MB of the report model at 1,000,000 customers); each row is made from the analysis'
 * results as a reader (the writer, the column widths, the checks) reaches it.
 *
 * It is an array to every reader (Array.isArray, indexing, length, for...of, map, JSON.stringify
 * all see the rows), so the renderers and the model's checks need no second code path, and the
 * JSON of the model is the same text as with built rows. Read-only: a write throws. Each read
 * makes the row anew, so a reader reads a row once and keeps no reference to it. Not for the
 * pane: the worker posts the model to the page and a Proxy cannot be cloned.
 */
import type { TableCell } from "./model";

/** The index a property key names, or -1 (not a canonical array index below `length`). */
function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== "string" || key.length === 0 || key.length > 10) return -1;
  let i = 0;
  for (let k = 0; k < key.length; k++) {
    const digit = key.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9 || (k === 0 && digit === 0 && key.length > 1)) return -1;
    i = i * 10 + digit;
  }
  return i < length ? i : -1;
}

/** The row makers of lazy rows, for the writer's hot loops (a Proxy read costs ~1 µs). */
const makers = new WeakMap<object, (index: number) => TableCell[]>();

/**
 * A reader of row `index` (0 <= index < rows.length): the maker itself for lazy rows, the array
 * element otherwise.
 */
export function rowReader(rows: readonly TableCell[][]): (index: number) => TableCell[] {
  return makers.get(rows) ?? ((index) => rows[index]);
}

const readOnly = (): never => {
  throw new TypeError("lazy table rows are read-only");
};

/** `length` rows, row `i` made by `make(i)` at each read. */
export function lazyRows(length: number, make: (index: number) => TableCell[]): TableCell[][] {
  const rows = new Proxy<TableCell[][]>([], {
    get(target, key, receiver) {
      if (key === "length") return length;
      const i = indexOf(key, length);
      return i >= 0 ? make(i) : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return indexOf(key, length) >= 0 || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (key === "length")
        return { value: length, writable: true, enumerable: false, configurable: false };
      const i = indexOf(key, length);
      return i >= 0
        ? { value: make(i), writable: false, enumerable: true, configurable: true }
        : Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys() {
      return [...Array.from({ length }, (_, i) => String(i)), "length"];
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
  });
  makers.set(rows, make);
  return rows;
}
