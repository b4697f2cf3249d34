/**
 * Heights of table rows whose wrapped text needs more than one line. Excel and LibreOffice do not
 * reliably grow such rows when opening a file, so both renderers set the height computed here.
 */
import type { TableBlock } from "./model";
import { fittedColumnWidth, HEADER_LINES } from "./columnWidths";
import { tableColumnIndex } from "./ranges";

/** Height of one line of 11-point Calibri, in points (Excel's default row height). */
export const LINE_HEIGHT = 15;

/**
 * Height of a KPI tile's label row: two lines of the tiles' 9-point text, so
 * a label with its period ("Active customers, 12 months to 2024-12-31") wraps instead of being
 * cut at the tile's edge or shrunk out of reading size.
 */
export const TILE_TEXT_ROW_HEIGHT = 26;

/** Excel's highest row height, in points ("Excel specifications and limits"). */
export const MAX_ROW_HEIGHT = 409;

/** Lines a text takes in a column `width` characters wide (a little slack for proportional fonts). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split("\n")
    .reduce(
      (lines, paragraph) => lines + Math.max(1, Math.ceil((paragraph.length * 1.1) / usable)),
      0
    );
}

/**
 * Zero-based sheet row -> height in points, for the body rows of `table` that need more than
 * one line in a wrapping column, at most Excel's 409 points. Rows that fit on one line are left
 * out (default height).
 */
export function tableRowHeights(table: TableBlock): Map<number, number> {
  const heights = new Map<number, number>();
  const wrapping = table.columns.filter((c) => c.wrap);
  if (wrapping.length === 0) return heights;
  table.rows.forEach((row, i) => {
    const lines = wrapping.reduce((max, column) => {
      const j = tableColumnIndex(table, column.id);
      const cell = row[j];
      // A formula showing text (the Uplift summary's verdicts) wraps like the text itself.
      const value = cell !== null && typeof cell === "object" ? cell.value : cell;
      return typeof value === "string"
        ? Math.max(max, wrappedLines(value, fittedColumnWidth(table, j)))
        : max;
    }, 1);
    if (lines > 1) {
      heights.set(table.anchor.row + 1 + i, Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT));
    }
  });
  return heights;
}

/** Height of a table's header row: one line, or as many as its widest wrapped header needs. */
export function tableHeaderHeight(table: TableBlock): number {
  if (!table.wrapHeaders) return LINE_HEIGHT;
  // The filter button takes the right of the cell: wrap within the rest.
  const lines = table.columns.reduce(
    (max, column, j) => Math.max(max, wrappedLines(column.header, fittedColumnWidth(table, j) - 3)),
    1
  );
  return Math.min(lines, HEADER_LINES + 1) * LINE_HEIGHT;
}
