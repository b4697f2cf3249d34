/**
 * How a sheet prints, decided once from the model so both renderers print the same pages: the
 * zoom that fits the printed columns to the page width, and every page start as a manual break.
 *
 * Why breaks for every page, and a zoom rather than "fit to width": Excel ignores manual breaks
 * when a sheet is fitted to pages (the Fit To option wins), and where Excel and LibreOffice would
 * break by themselves depends on their fonts; a chart is only sure to stay whole on its page when
 * every page start is ours. Pages are planned a little smaller than A4 (SLACK) so no host needs
 * a break of its own between two of ours.
 */
import { EXCEL_DEFAULT_WIDTH, sheetColumnWidths } from "./columnWidths";
import type { ReportBlock, ReportSheet } from "./model";
import { blockEnd } from "./ranges";
import { LINE_HEIGHT, tableRowHeights, tableHeaderHeight } from "./rowHeights";

/** A4 inside Excel's default margins (0.7" left and right, 0.75" top and bottom), in points. */
export const PRINTABLE = {
  landscape: { width: 842 - 2 * 50.4, height: 595 - 2 * 54 },
  portrait: { width: 595 - 2 * 50.4, height: 842 - 2 * 54 },
} as const;

/** Share of the printable page a plan fills: room for the hosts' own font metrics. */
const SLACK = 0.9;

/** Height of rows in larger fonts: a title (16 pt), a tile's value (16 pt bold). */
const TITLE_ROW_HEIGHT = 21;

/**
 * How many rows, from the first, repeat on top of every printed page: the frozen ones, unless
 * the sheet's print setup says not to (PrintSetup.repeatFrozenRows).
 */
export function printTitleRows(sheet: Pick<ReportSheet, "freezeRows" | "print">): number {
  return sheet.print.repeatFrozenRows === false ? 0 : (sheet.freezeRows ?? 0);
}

/** A column `characters` wide in points (Calibri 11: 7 px a character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** A printed range of the sheet, zero-based and inclusive. */
export interface PrintRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3:H20" -> zero-based bounds. */
export function parseRange(a1: string): PrintRange {
  const corner = (ref: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
    if (!m) throw new Error(`not an A1 cell: ${ref}`);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col };
  };
  const [a, b = a] = a1.split(":");
  const p = corner(a);
  const q = corner(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** Width of columns `left..right` in points. */
export function rangeWidthPoints(sheet: ReportSheet, left: number, right: number): number {
  const widths = sheetColumnWidths(sheet);
  let points = 0;
  for (let c = left; c <= right; c++)
    points += columnWidthPoints((widths[c] ?? 0) || EXCEL_DEFAULT_WIDTH);
  return points;
}

/**
 * Zoom in % (10..100) at which `widthPoints` of columns fit `pagesWide` pages across, with
 * `titlePoints` of repeated label columns on every page.
 */
export function fittedScale(
  widthPoints: number,
  orientation: keyof typeof PRINTABLE,
  pagesWide = 1,
  titlePoints = 0
): number {
  const page = PRINTABLE[orientation].width * SLACK;
  // k pages hold titlePoints + k * (page / s - titlePoints) of columns.
  const perPage = (widthPoints - titlePoints) / pagesWide + titlePoints;
  return Math.max(10, Math.min(100, Math.floor((100 * page) / perPage)));
}

/** Zero-based row -> height in points of the rows the sheet's blocks set; others LINE_HEIGHT. */
export function sheetRowHeights(sheet: ReportSheet): (row: number) => number {
  const heights = new Map<number, number>();
  for (const block of sheet.blocks) {
    if (block.kind === "title") heights.set(block.anchor.row, TITLE_ROW_HEIGHT);
    if (block.kind === "kpiTiles") heights.set(block.anchor.row + 1, TITLE_ROW_HEIGHT);
    if (block.kind === "table") {
      heights.set(block.anchor.row, tableHeaderHeight(block));
      for (const [row, height] of tableRowHeights(block)) heights.set(row, height);
    }
  }
  return (row) => heights.get(row) ?? LINE_HEIGHT;
}

/**
 * Blocks that must not be cut by a page: charts, tiles, titles, notes and tables up to
 * `shortTable` rows; each with the section heading right above it, and a short table with the
 * note right under it (what it says about the table does not open the next page alone).
 * Returns [first, last] rows.
 */
function keptTogether(blocks: ReportBlock[], shortTable: number): [number, number][] {
  const headingRows = new Set(
    blocks
      .filter((b) => b.kind === "note" && b.heading !== undefined && b.paragraphs.length === 0)
      .map((b) => b.anchor.row)
  );
  const noteEnds = new Map(
    blocks
      .filter((b) => b.kind === "note" && b.heading === undefined && b.paragraphs.length > 0)
      .map((b) => [b.anchor.row, blockEnd(b).row])
  );
  return blocks
    .filter((b) => b.kind !== "table" || blockEnd(b).row - b.anchor.row < shortTable)
    .map((b) => {
      const top = headingRows.has(b.anchor.row - 1) ? b.anchor.row - 1 : b.anchor.row;
      const end = blockEnd(b).row;
      const bottom = b.kind === "table" ? (noteEnds.get(end + 1) ?? end) : end;
      return [top, bottom] as [number, number];
    });
}

/**
 * The first row of every printed page after the first, over `range` at `scale` %, with the
 * blocks kept together where they fit on a page. `repeatedPoints`: the height of the rows
 * printed on top of every page (print titles, the first `titleRows` rows).
 */
export function pageStarts(
  sheet: ReportSheet,
  range: PrintRange,
  scale: number,
  repeatedPoints = 0,
  /** Rows printed as titles on every page (their height is in repeatedPoints). */
  titleRows = 0
): number[] {
  const orientation = sheet.print.orientation;
  const capacity = (PRINTABLE[orientation].height * SLACK * 100) / scale - repeatedPoints;
  const height = sheetRowHeights(sheet);
  const inRange = sheet.blocks.filter(
    (b) => b.anchor.row >= range.top && b.anchor.row <= range.bottom
  );
  // Longest first, so a group starting on the same row as a shorter one decides.
  const groupEnd = new Map<number, number>();
  for (const [top, bottom] of keptTogether(inRange, 25)) {
    groupEnd.set(top, Math.max(groupEnd.get(top) ?? top, Math.min(bottom, range.bottom)));
  }
  const starts: number[] = [];
  let used = 0;
  // a title row inside the range prints once, as the title: counting it again would break early
  for (let row = Math.max(range.top, titleRows); row <= range.bottom; row++) {
    const end = groupEnd.get(row);
    if (end !== undefined && used > 0) {
      let group = 0;
      for (let r = row; r <= end; r++) group += height(r);
      if (group <= capacity && used + group > capacity) {
        starts.push(row);
        used = 0;
      }
    }
    const h = height(row);
    if (used > 0 && used + h > capacity) {
      starts.push(row);
      used = 0;
    }
    used += h;
  }
  return starts;
}
