/**
 * ReportModel cells as Office.js `values` input, and the row blocks a table is written in.
 *
 * Excel reads what an add-in writes into `values` as if typed: "=..." (and "+..."/"-...")
 * becomes a formula, "007" the number 7, "1/2" a date, "TRUE" a boolean. A string from the data
 * must stay the string, so every non-empty string goes in with a leading apostrophe, Excel's own
 * "this is text" prefix: it is not part of the value and is never shown. Formula cells of the
 * model are written separately, through `formulas`, once the sheets have their final names.
 */
import type { TableCell, TableColumn } from "../report/model";
import { excelSerialFromInstant } from "../report/ranges";
import { capCellText } from "../report/cellText";
import { rowJsonBytes } from "./payloadSize";

/** Days between the 1900 and 1904 date systems' day zero. */
const DAYS_1900_TO_1904 = 1462;

/** A value ready for `range.values`: strings already protected, dates as serial numbers. */
export type OfficeInput = string | number | boolean;

/**
 * A string as text, whatever it looks like: "=HYPERLINK(...)" -> "'=HYPERLINK(...)". Text past
 * Excel's 32,767 characters a cell is cut, ending with a visible " […]" (cellText.ts).
 */
export function asText(value: string): string {
  return value === "" ? "" : `'${capCellText(value)}`;
}

/** Serial date of an Instant in the workbook's date system. */
export function serialDate(instant: number, date1904: boolean): number {
  const serial = excelSerialFromInstant(instant);
  return date1904 ? serial - DAYS_1900_TO_1904 : serial;
}

/**
 * One cell of a table as Office input. A FormulaCell is written as its computed value here, 0
 * when it has none (its formula follows once the table exists: the stand-in keeps the column
 * from being empty, see writeBlocks.ts); a number in a date column becomes a serial date; null
 * an empty cell.
 */
export function toOfficeInput(
  cell: TableCell,
  column: TableColumn,
  date1904: boolean
): OfficeInput {
  if (cell === null) return "";
  if (typeof cell === "string") return asText(cell);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return "";
    return column.type === "date" ? serialDate(cell, date1904) : cell;
  }
  if (typeof cell === "boolean") return cell;
  const standIn = cell.value;
  if (typeof standIn === "number" && Number.isFinite(standIn)) return standIn;
  if (typeof standIn === "string" && standIn !== "") return asText(standIn);
  if (typeof standIn === "boolean") return standIn;
  return 0;
}

/** A block of table rows: [start, end) over the table's rows, with its values and formats. */
export interface RowBlock {
  start: number;
  end: number;
  values: OfficeInput[][];
  numberFormat: string[][];
  bytes: number;
}

/**
 * Cuts a table's rows into blocks whose values and number formats together stay under
 * `targetBytes` of JSON (each block is one write of each, in one sync): a big table costs one
 * sync per block, never one per cell. An empty table still gets one (empty) body row.
 */
export function planRowBlocks(
  rows: TableCell[][],
  columns: TableColumn[],
  date1904: boolean,
  targetBytes: number
): RowBlock[] {
  const formats = columns.map((c) => c.format);
  const formatBytes = rowJsonBytes(formats) + 1;
  const source = rows.length === 0 ? [columns.map(() => null)] : rows;
  const blocks: RowBlock[] = [];
  let current: RowBlock | undefined;
  for (let r = 0; r < source.length; r++) {
    const values = source[r].map((cell, c) => toOfficeInput(cell, columns[c], date1904));
    const bytes = rowJsonBytes(values) + 1 + formatBytes;
    if (!current || (current.values.length > 0 && current.bytes + bytes > targetBytes)) {
      current = { start: r, end: r, values: [], numberFormat: [], bytes: 2 };
      blocks.push(current);
    }
    current.values.push(values);
    current.numberFormat.push(formats);
    current.end = r + 1;
    current.bytes += bytes;
  }
  return blocks;
}
