/**
 * A chart block bound to a table of the report, before layout gives it an anchor: every chart
 * takes its series from value columns ("series by columns"), so a sheet builder says only which
 * table and category column it plots and how it looks.
 */
import type { ChartBlock, Unplaced } from "./model";

/** What a sheet builder gives a chart besides the table and category column it plots. */
export type ChartContent = Omit<
  ChartBlock,
  "anchor" | "kind" | "table" | "categoryColumn" | "seriesBy"
>;

/** A chart of the table named `table`, its categories (x values) from `categoryColumn`. */
export function chartBlock(
  table: string,
  categoryColumn: string,
  content: ChartContent
): Unplaced<ChartBlock> {
  return { kind: "chart", table, categoryColumn, seriesBy: "columns", ...content };
}
