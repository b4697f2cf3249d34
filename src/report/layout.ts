/**
 * Where blocks go on a sheet. Sheet builders describe a sheet as rows of blocks (a title; a row
 * of tiles; two charts side by side; a table) and `layoutRows` gives every block its anchor, so
 * the .xlsx writer and the Office.js writer place them on the same cells.
 */
import type { CellPosition, ReportBlock, UnplacedBlock } from "./model";
import { blockExtent } from "./ranges";

export interface LayoutOptions {
  /** Top-left cell of the first row of blocks [A1]. */
  start?: CellPosition;
  /** Empty rows between two rows of blocks [1]. */
  gapRows?: number;
  /** Empty columns between two blocks of the same row [1]. */
  gapCols?: number;
}

/** A row of blocks, optionally with its own gap below (0 keeps a heading on its table). */
export type LayoutRow = UnplacedBlock[] | { blocks: UnplacedBlock[]; gapAfter: number };

/**
 * Places rows of blocks top to bottom, the blocks of a row left to right. A row is as tall as
 * its tallest block; the next row starts `gapRows` below it.
 *
 * @example
 * layoutRows([[title], [chartA, chartB]]) // title at A1; charts side by side below it
 */
export function layoutRows(rows: LayoutRow[], options: LayoutOptions = {}): ReportBlock[] {
  const start = options.start ?? { row: 0, col: 0 };
  const gapRows = options.gapRows ?? 1;
  const gapCols = options.gapCols ?? 1;
  const placed: ReportBlock[] = [];
  let row = start.row;
  for (const entry of rows) {
    const blocks = Array.isArray(entry) ? entry : entry.blocks;
    const gapAfter = Array.isArray(entry) ? gapRows : entry.gapAfter;
    if (blocks.length === 0) continue;
    let col = start.col;
    let height = 0;
    for (const block of blocks) {
      const size = blockExtent(block);
      placed.push({ ...block, anchor: { row, col } } as ReportBlock);
      col += Math.max(1, size.cols) + gapCols;
      height = Math.max(height, size.rows);
    }
    row += height + gapAfter;
  }
  return placed;
}

/**
 * A section heading right above its block: a note with a heading and no paragraph, in a row of
 * its own with no gap below (the heading stays on its table). `widthCols`: the columns it spans.
 */
export function sectionHeading(text: string, widthCols = 4): LayoutRow {
  return { blocks: [{ kind: "note", heading: text, paragraphs: [], widthCols }], gapAfter: 0 };
}
