/**
 * Structured references to the current row of a table, for formulas written in that table:
 * "SegmentSummary[[#This Row],[Segment]]", the file form of Excel's "[@Segment]" (the "@"
 * shorthand is only the formula bar's display; .xlsx files and Office.js both take this form).
 */
import type { TableBlock } from "../../model";

/** A header as a structured-reference column name: ' [ ] # escaped with an apostrophe. */
function columnName(table: Pick<TableBlock, "name" | "columns">, columnId: string): string {
  const column = table.columns.find((c) => c.id === columnId);
  if (column === undefined) throw new Error(`table ${table.name} has no column "${columnId}"`);
  return `[${column.header.replace(/['[\]#]/g, "'$&")}]`;
}

/**
 * The current row's cell of one column, or of the columns from `columnId` to `lastColumnId`
 * (adjacent, left to right): "Migration[[#This Row],[Champions]:[Leaving]]".
 */
export function thisRowRef(
  table: Pick<TableBlock, "name" | "columns">,
  columnId: string,
  lastColumnId?: string
): string {
  const first = columnName(table, columnId);
  const span = lastColumnId === undefined ? first : `${first}:${columnName(table, lastColumnId)}`;
  return `${table.name}[[#This Row],${span}]`;
}
