/**
 * The R x F grid every score table shares: column r (the R score), then one column a frequency
 * score f1..fk; rows R = k down to 1, so the best customers sit top right as on the classic grid.
 * The customer counts (Segments), the segment map drawn on the grid (Segments) and the
 * Dashboard's heat map differ only in their headers, their score columns and their cells.
 */
import * as column from "../../columns";
import type { TableBlock, TableCell, TableColumn, Unplaced } from "../../model";
import { palette } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";

export interface ScoreGrid {
  /** Table name (an identifier, the same in every language). */
  name: string;
  /** Scores on each axis (k). */
  bins: number;
  /** Header of the r column, and of the column of F score `score`. */
  headers: { r: string; f: (score: number) => string };
  /** The column of one F score (its type, format and width), given its id and header. */
  scoreColumn: (id: string, header: string) => TableColumn;
  /** The cell of R score r and F score f; `grid` has its name and columns for references. */
  cell: (r: number, f: number, grid: Pick<TableBlock, "name" | "columns">) => TableCell;
  /** A colour scale over f1..fk (one range: one scale for the whole grid). */
  heatMap: boolean;
}

/** Column ids of the frequency scores: f1 .. fk. */
export function frequencyColumnIds(bins: number): string[] {
  return Array.from({ length: bins }, (_, i) => `f${i + 1}`);
}

/** The headers of a grid from the keys `${prefix}.r` and `${prefix}.f` (with {{score}}). */
export function scoreGridHeaders(
  ctx: Pick<ReportContext, "t">,
  prefix: string
): ScoreGrid["headers"] {
  return { r: ctx.t(`${prefix}.r`), f: (score) => ctx.t(`${prefix}.f`, { score }) };
}

/** The grid as a table: rows R = k .. 1, columns r, f1 .. fk. */
export function scoreGridTable(grid: ScoreGrid): Unplaced<TableBlock> {
  const fIds = frequencyColumnIds(grid.bins);
  const table = tableBlock(grid.name, {
    columns: [
      column.integer("r", grid.headers.r),
      ...fIds.map((id, i) => grid.scoreColumn(id, grid.headers.f(i + 1))),
    ],
    rows: [],
  });
  if (grid.heatMap) {
    table.conditionalFormats = [{ kind: "colorScale", columns: fIds, colors: palette.heat }];
  }
  for (let r = grid.bins; r >= 1; r--) {
    const row: TableCell[] = [r];
    for (let f = 1; f <= grid.bins; f++) row.push(grid.cell(r, f, table));
    table.rows.push(row);
  }
  return table;
}
