/**
 * Column widths of a sheet, decided once for both renderers: explicit widths from the sheet,
 * then from table columns, else a width that fits the header (with its filter button) and the
 * longest value as displayed. Widths are in Excel character units (the width of a "0").
 */
import { rowScanner } from "./lazyRows";
import type { ReportSheet, TableBlock, TableColumn } from "./model";

/** Excel's default column width, in characters: a column no table or sheet sizes. */
export const EXCEL_DEFAULT_WIDTH = 8.43;

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** Room for the filter drop-down button of a table header. */
const FILTER_BUTTON = 3;

/** What a column's format adds to a number's digits: decimals with their point, symbol. */
function numberSuffix(column: TableColumn): number {
  const decimals = /\.(0+)/.exec(column.format)?.[1].length ?? 0;
  const extra = column.type === "currency" ? 3 : column.type === "percent" ? 2 : 0;
  return (decimals > 0 ? decimals + 1 : 0) + extra;
}

/**
 * Characters a value takes once formatted: digits with group separators, decimals, symbol.
 * `suffix` is numberSuffix(column), worked out once a column (a column may have a million rows).
 */
function displayedLength(value: unknown, column: TableColumn, suffix: number): number {
  if (value !== null && typeof value === "object" && "value" in value) {
    return displayedLength((value as { value: unknown }).value, column, suffix);
  }
  if (typeof value === "string") return value.length;
  if (typeof value !== "number" || !Number.isFinite(value)) return 0;
  if (column.type === "date") return 10;
  const whole = Math.trunc(Math.abs(value));
  let digits = 1;
  if (whole >= 1e15) digits = String(whole).length;
  else for (let p = 10; whole >= p; p *= 10) digits++;
  const groups = Math.floor((digits - 1) / 3);
  return digits + groups + suffix + (value < 0 ? 1 : 0);
}

/** Characters a header needs: all of it on one line, or three lines when the table wraps them. */
function headerNeed(table: Pick<TableBlock, "wrapHeaders">, header: string): number {
  if (!table.wrapHeaders) return header.length + FILTER_BUTTON;
  const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length));
  return Math.max(longestWord, Math.ceil(header.length / HEADER_LINES)) + FILTER_BUTTON;
}

/** Lines a wrapped header may take. */
export const HEADER_LINES = 3;

/**
 * The longest displayed value of every column of a table's rows, measured in one pass and kept
 * by rows (the writer, the print layout and the row heights measure the same rows: a million
 * rows once). Checked against the row count and the columns' types and formats, which the
 * lengths depend on.
 */
const longestValues = new WeakMap<object, { key: string; longest: number[] }>();

function longestValue(table: TableBlock, index: number): number {
  const { rows, columns } = table;
  const key = `${rows.length}\u0000${columns.map((c) => `${c.type}\u0001${c.format}`).join("\u0000")}`;
  const known = longestValues.get(rows);
  if (known?.key === key) return known.longest[index];
  const suffixes = columns.map(numberSuffix);
  const longest = columns.map(() => 0);
  const rowAt = rowScanner(rows);
  // the length read once: a lazy body's is a Proxy read
  const count = rows.length;
  for (let i = 0; i < count; i++) {
    const row = rowAt(i);
    for (let j = 0; j < columns.length; j++) {
      const length = displayedLength(row[j], columns[j], suffixes[j]);
      if (length > longest[j]) longest[j] = length;
    }
  }
  longestValues.set(rows, { key, longest });
  return longest[index];
}

/** Width that fits a table column's header and values, within [8, 50]. */
export function fittedColumnWidth(table: TableBlock, index: number): number {
  const column = table.columns[index];
  if (column.width !== undefined) return column.width;
  const longest = Math.max(headerNeed(table, column.header), longestValue(table, index));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(longest * 1.1) + 1));
}

/**
 * The sheet columns' widths that tables not placed yet would give from column A (each table
 * anchored there; where two share a column the wider need wins): what a builder sizes a chart
 * or a note by before the layout places them.
 */
export function unplacedColumnWidths(tables: readonly Omit<TableBlock, "anchor">[]): number[] {
  return sheetColumnWidths({
    blocks: tables.map((t): TableBlock => ({ ...t, anchor: { row: 0, col: 0 } })),
  });
}

/**
 * Widths of the sheet's columns (index 0 is column A; 0 means "leave Excel's default"). Where
 * two tables share a column the wider need wins; the sheet's own `columnWidths` override.
 */
export function sheetColumnWidths(sheet: Pick<ReportSheet, "blocks" | "columnWidths">): number[] {
  const widths: number[] = [];
  for (const block of sheet.blocks) {
    if (block.kind !== "table") continue;
    block.columns.forEach((_, j) => {
      const col = block.anchor.col + j;
      widths[col] = Math.max(widths[col] ?? 0, fittedColumnWidth(block, j));
    });
  }
  (sheet.columnWidths ?? []).forEach((width, col) => {
    if (width > 0) widths[col] = width;
  });
  return Array.from(widths, (w) => w ?? 0);
}
