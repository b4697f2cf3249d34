/**
 * Size of values once serialised as JSON, estimated without building the string. Office.js sends
 * writes and receives loaded values as JSON, and Excel on the web refuses a request or a
 * response over 5 MB: reads and writes are cut into blocks sized with this.
 */

/** Excel on the web's limit on one request and on one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What we aim for per sync: well under the limit, leaving room for the envelope. */
export const TARGET_BYTES_PER_SYNC = 3 * 1024 * 1024;

/** Never more cells than this in one read (Office's guidance for large ranges). */
export const MAX_CELLS_PER_READ = 5_000_000;

/** JSON length of a cell value: numbers as printed, strings quoted (escapes not counted). */
export function cellJsonBytes(value: unknown): number {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "string":
      return value.length + 2;
    case "boolean":
      return value ? 4 : 5;
    default:
      return value === null || value === undefined ? 4 : JSON.stringify(value).length;
  }
}

/** JSON length of one row: its cells, commas and brackets. */
export function rowJsonBytes(row: readonly unknown[]): number {
  let bytes = 1 + row.length;
  for (const value of row) bytes += cellJsonBytes(value);
  return bytes;
}

/** JSON length of a 2-D array. */
export function gridJsonBytes(rows: readonly (readonly unknown[])[]): number {
  let bytes = 1 + rows.length;
  for (const row of rows) bytes += rowJsonBytes(row);
  return bytes;
}
