/** Titles, KPI tiles and notes as worksheet cells (tables: tableCells.ts; charts: chartParts.ts). */
import type { KpiTilesBlock, NoteBlock, TitleBlock } from "../../report/model";
import { prefixedFormat } from "../../report/numberFormats";
import { cellA1, rangeA1, tileChangeFormula, tileValuePosition } from "../../report/ranges";
import { TILE_TEXT_ROW_HEIGHT } from "../../report/rowHeights";
import { formulaCellXml, valueCellXml, type CellValue } from "./cellXml";
import { changeColor, fonts, tileAlignment, tileFill } from "./reportStyles";
import type { SheetCells } from "./sheetCells";
import type { CellStyle, StyleSheet } from "./styleSheet";

function put(
  cells: SheetCells,
  styles: StyleSheet,
  row: number,
  col: number,
  style: CellStyle,
  value: CellValue,
  formula?: string
): void {
  const ref = cellA1({ row, col });
  const s = styles.xf(style);
  cells.set(
    row,
    col,
    formula === undefined ? valueCellXml(ref, s, value) : formulaCellXml(ref, s, formula, value)
  );
}

export function addTitle(cells: SheetCells, styles: StyleSheet, block: TitleBlock): void {
  const { row, col } = block.anchor;
  put(cells, styles, row, col, { font: fonts.title }, block.title);
  block.subtitle.forEach((line, i) =>
    put(cells, styles, row + 1 + i, col, { font: fonts.subtitle }, line)
  );
}

export function addNote(cells: SheetCells, styles: StyleSheet, block: NoteBlock): void {
  let row = block.anchor.row;
  const { col } = block.anchor;
  if (block.heading !== undefined) {
    put(cells, styles, row++, col, { font: fonts.noteHeading }, block.heading);
  }
  for (const paragraph of block.paragraphs)
    put(cells, styles, row++, col, { font: fonts.note }, paragraph);
}

/**
 * Each tile: label, value (a formula with its computed result when the tile has one), change vs
 * the previous period (a formula over the value and previous cells when the previous value is
 * known), the previous period's value; each row merged across the tile's columns, the cells
 * under a merge carrying the tile's look like the cell that shows.
 */
export function addKpiTiles(cells: SheetCells, styles: StyleSheet, block: KpiTilesBlock): void {
  block.tiles.forEach((tile, i) => {
    const { row, col } = tileValuePosition(block, i);
    const looks: [CellStyle, CellStyle, CellStyle, CellStyle] = [
      // The label with its period wraps on two lines instead of being cut at the tile's edge.
      { fill: tileFill, alignment: { ...tileAlignment, wrapText: true }, font: fonts.tileLabel },
      { fill: tileFill, alignment: tileAlignment, font: fonts.tileValue, numFmt: tile.format },
      { fill: tileFill, alignment: tileAlignment },
      { fill: tileFill, alignment: tileAlignment },
    ];
    const values: [CellValue, CellValue, CellValue, CellValue] = [
      tile.label,
      tile.value,
      null,
      null,
    ];
    const formulas: (string | undefined)[] = [undefined, tile.formula, undefined, undefined];
    if (tile.change !== undefined && tile.change.value !== null) {
      values[2] = tile.change.value;
      formulas[2] = tileChangeFormula(block, i);
      looks[2] = {
        fill: tileFill,
        numFmt: prefixedFormat(tile.change.format, block.changeLabel),
        font: { ...fonts.tileLabel, color: changeColor(tile.change.value) },
        alignment: { ...tileAlignment, shrinkToFit: true },
      };
    }
    if (tile.change?.previous != null) {
      values[3] = tile.change.previous;
      looks[3] = {
        fill: tileFill,
        numFmt: prefixedFormat(tile.format, tile.change.previousLabel ?? ""),
        font: fonts.tileLabel,
        alignment: { ...tileAlignment, shrinkToFit: true },
      };
    }
    cells.height(row - 1, TILE_TEXT_ROW_HEIGHT);
    for (let k = 0; k < 4; k++) {
      const r = row - 1 + k;
      put(cells, styles, r, col, looks[k], values[k], formulas[k]);
      for (let c = col + 1; c < col + block.tileCols; c++) put(cells, styles, r, c, looks[k], null);
      if (block.tileCols > 1) {
        cells.merges.push(rangeA1({ row: r, col }, { row: r, col: col + block.tileCols - 1 }));
      }
    }
  });
}
