/** Titles, KPI tiles and notes as cells (tables: writeReportTable.ts; charts: chart/). */
import type ExcelJS from "exceljs";
import type { KpiTilesBlock, NoteBlock, TitleBlock } from "../../../src/report/model";
import { prefixedFormat } from "../../../src/report/numberFormats";
import { tileChangeFormula, tileValuePosition } from "../../../src/report/ranges";
import { TILE_TEXT_ROW_HEIGHT } from "../../../src/report/rowHeights";
import { changeColor, fonts, tileFill } from "./writeReportStyle";

/** ExcelJS rows and columns are 1-based; the model's positions are 0-based. */
function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getCell(row + 1, col + 1);
}

export function writeTitle(ws: ExcelJS.Worksheet, block: TitleBlock): void {
  const { row, col } = block.anchor;
  const title = cellAt(ws, row, col);
  title.value = block.title;
  title.font = fonts.title;
  block.subtitle.forEach((line, i) => {
    const cell = cellAt(ws, row + 1 + i, col);
    cell.value = line;
    cell.font = fonts.subtitle;
  });
}

/**
 * Each tile: label, value (a formula with its computed result when the tile has one), change vs
 * the previous period (a formula over the value and previous cells when the previous value is
 * known), the previous period's value; each row merged across the tile's columns.
 */
export function writeKpiTiles(ws: ExcelJS.Worksheet, block: KpiTilesBlock): void {
  block.tiles.forEach((tile, i) => {
    const { row, col } = tileValuePosition(block, i);
    const rows = [row - 1, row, row + 1, row + 2];
    for (const r of rows) {
      if (block.tileCols > 1) ws.mergeCells(r + 1, col + 1, r + 1, col + block.tileCols);
      const cell = cellAt(ws, r, col);
      cell.fill = tileFill;
      cell.alignment = { horizontal: "center", vertical: "middle" };
    }
    const label = cellAt(ws, row - 1, col);
    label.value = tile.label;
    label.font = fonts.tileLabel;
    label.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getRow(row).height = TILE_TEXT_ROW_HEIGHT;

    const value = cellAt(ws, row, col);
    value.value =
      tile.formula !== undefined
        ? ({ formula: tile.formula, result: tile.value ?? undefined } as ExcelJS.CellFormulaValue)
        : tile.value;
    value.numFmt = tile.format;
    value.font = fonts.tileValue;

    const change = cellAt(ws, row + 1, col);
    if (tile.change !== undefined && tile.change.value !== null) {
      const formula = tileChangeFormula(block, i);
      change.value =
        formula !== undefined
          ? ({ formula, result: tile.change.value } as ExcelJS.CellFormulaValue)
          : tile.change.value;
      change.numFmt = prefixedFormat(tile.change.format, block.changeLabel);
      change.font = { ...fonts.tileLabel, color: { argb: changeColor(tile.change.value) } };
      change.alignment = { horizontal: "center", vertical: "middle", shrinkToFit: true };
    }
    const previous = cellAt(ws, row + 2, col);
    if (tile.change?.previous != null) {
      previous.value = tile.change.previous;
      previous.numFmt = prefixedFormat(tile.format, tile.change.previousLabel ?? "");
      previous.font = fonts.tileLabel;
      // A number with its label in the format cannot wrap (Excel shows ###): shrink to fit.
      previous.alignment = { horizontal: "center", vertical: "middle", shrinkToFit: true };
    }
  });
}

export function writeNote(ws: ExcelJS.Worksheet, block: NoteBlock): void {
  let row = block.anchor.row;
  if (block.heading !== undefined) {
    const cell = cellAt(ws, row++, block.anchor.col);
    cell.value = block.heading;
    cell.font = fonts.noteHeading;
  }
  for (const paragraph of block.paragraphs) {
    const cell = cellAt(ws, row++, block.anchor.col);
    cell.value = paragraph;
    cell.font = fonts.note;
  }
}
