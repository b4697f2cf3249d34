import type { CellValue, RawSheet } from "../domain";
import { recognisedHeaderCount } from "./proposeMapping";
import { sheetGrid, type SheetGrid } from "./sheetGrid";
import { cellText } from "./values/cellText";

/** A sheet's header row: where it is and the header texts, one per column. */
export interface HeaderRow {
  /** Index into sheet.rows. */
  index: number;
  /** The Excel row number a user sees. */
  excelRow: number;
  headers: string[];
}

/** How many rows are searched for a header before giving up (titles and notes sit above it). */
const MAX_ROWS_SEARCHED = 50;

/**
 * A cell that can be a header: text that is not a number, a date or a time written as text
 * (a title line such as "Édité le | 12/03/2024" is not a header row).
 */
function isTextCell(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim();
  return text !== "" && !/^[-+(]?[\d\s.,:/%€$£()-]+$/.test(text);
}

function textCells(row: CellValue[] | undefined): number {
  return (row ?? []).filter(isTextCell).length;
}

/**
 * The header row of a sheet (DESIGN.md): the first row with two or more text cells, so a title,
 * notes or blank rows above it are skipped; numbers, dates and times written as text do not
 * count as text. A line followed by a row with more than twice its text cells is a title or a
 * group line ("Client | | Commande | |"), and that row is taken instead; so is a row just below
 * whose texts are known headers when the candidate has none ("Magasin | Lyon"). An Excel Table's
 * header is its first row. Headers are trimmed texts, "" for empty cells, padded to the widest
 * row. Null when no row qualifies.
 */
export function findHeaderRow(sheet: RawSheet): HeaderRow | null {
  const grid = sheetGrid(sheet);
  const limit = sheet.tableName ? 1 : Math.min(grid.rowCount, MAX_ROWS_SEARCHED);
  for (let index = 0; index < limit; index++) {
    if (textCells(grid.row(index)) < 2) continue;
    while (
      !sheet.tableName &&
      index + 1 < grid.rowCount &&
      textCells(grid.row(index + 1)) > 2 * textCells(grid.row(index))
    ) {
      index++;
    }
    if (!sheet.tableName) index = laterRecognisedHeader(grid, index);
    const row = grid.row(index);
    const width = Math.max(row.length, widestRow(grid));
    const headers = Array.from({ length: width }, (_, column) => cellText(row[column] ?? null));
    return { index, excelRow: sheet.firstRow + index, headers };
  }
  return null;
}

/** How far below a first candidate a better-recognised header row is looked for. */
const LOOK_AHEAD = 10;

/**
 * A metadata line of two texts ("Magasin | Lyon") above the header passes the two-text-cells
 * test. When a row just below has two or more known headers, and more than twice as many as the
 * candidate, that row is the header.
 */
function laterRecognisedHeader(grid: SheetGrid, candidate: number): number {
  const known = recognisedHeaderCount(rowTexts(grid.row(candidate)));
  const last = Math.min(grid.rowCount - 1, candidate + LOOK_AHEAD);
  for (let index = candidate + 1; index <= last; index++) {
    if (textCells(grid.row(index)) < 2) continue;
    const better = recognisedHeaderCount(rowTexts(grid.row(index)));
    if (better >= 2 && better > 2 * known) return index;
  }
  return candidate;
}

function rowTexts(row: CellValue[] | undefined): string[] {
  return (row ?? []).filter(isTextCell).map((value) => cellText(value));
}

function widestRow(grid: SheetGrid): number {
  let width = 0;
  for (let i = 0; i < Math.min(grid.rowCount, 1000); i++) width = Math.max(width, grid.width(i));
  return width;
}
