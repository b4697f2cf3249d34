/**
 * A table block in the report's one table style, before layout gives it an anchor: sheet builders
 * say only what differs from table to table (its name, columns, rows, conditional formats).
 */
import type { TableBlock } from "./model";
import { TABLE_STYLE } from "./palette";

/** What a sheet builder gives a table: everything but its kind, style and anchor. */
export type TableContent = Pick<TableBlock, "columns" | "rows" | "conditionalFormats">;

/** A table named `name` (an identifier, the same in every language) in TABLE_STYLE. */
export function tableBlock(name: string, content: TableContent): Omit<TableBlock, "anchor"> {
  // Wrapped headers keep columns as narrow as their values: the report prints on fewer pages.
  return { kind: "table", name, style: TABLE_STYLE, wrapHeaders: true, ...content };
}
