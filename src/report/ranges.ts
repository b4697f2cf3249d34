/**
 * A1 addresses of the blocks of a ReportModel. Both renderers and the Dashboard formulas take
 * their addresses from here, so a tile's formula, a chart's series and a table written by either
 * host always point at the same cells.
 */
import { shownDecimals } from "./numberFormats";
import type {
  CellPosition,
  CellSize,
  KpiTile,
  ReportBlock,
  ReportModel,
  ReportSheet,
  TableBlock,
  TotalsFunction,
  UnplacedBlock,
} from "./model";

/** Excel's last column (XFD) and row, zero-based. */
export const MAX_COL = 16_383;
export const MAX_ROW = 1_048_575;

/**
 * Column letters of a zero-based column index: 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD".
 * Bijective base 26, the numbering Excel uses for columns.
 */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > MAX_COL) {
    throw new RangeError(`column index out of Excel's range: ${col}`);
  }
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 address of a zero-based position: { row: 2, col: 1 } -> "B3"; absolute -> "$B$3". */
export function cellA1(pos: CellPosition, absolute = false): string {
  if (!Number.isInteger(pos.row) || pos.row < 0 || pos.row > MAX_ROW) {
    throw new RangeError(`row index out of Excel's range: ${pos.row}`);
  }
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(pos.col)}${d}${pos.row + 1}`;
}

/** A1 range from a top-left and a bottom-right position (inclusive): "B3:D9". */
export function rangeA1(from: CellPosition, to: CellPosition, absolute = false): string {
  return `${cellA1(from, absolute)}:${cellA1(to, absolute)}`;
}

/** A sheet name as formulas and chart references write it: quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute reference to a range on a sheet: "'Data quality'!$B$3:$B$7", for charts. */
export function sheetRangeRef(sheetName: string, from: CellPosition, to: CellPosition): string {
  return `${quoteSheetName(sheetName)}!${rangeA1(from, to, true)}`;
}

/** Absolute reference to one cell on a sheet: "'Segments'!$B$3", for series names. */
export function sheetCellRef(sheetName: string, pos: CellPosition): string {
  return `${quoteSheetName(sheetName)}!${cellA1(pos, true)}`;
}

/** True when any column of the table has a totals-row entry. */
export function hasTotalsRow(table: Pick<TableBlock, "columns">): boolean {
  return table.columns.some((c) => c.total !== undefined);
}

/**
 * Data rows a table occupies: its rows, or one empty row when it has none (an Excel Table always
 * has at least one body row).
 */
export function tableBodyRowCount(table: Pick<TableBlock, "rows">): number {
  return Math.max(1, table.rows.length);
}

/** Rows and columns a block covers from its anchor. */
export function blockExtent(b: UnplacedBlock): CellSize {
  switch (b.kind) {
    case "title":
      return { rows: 1 + b.subtitle.length, cols: 1 };
    case "kpiTiles":
      return { rows: 4, cols: Math.max(1, b.tiles.length * b.tileCols) };
    case "table":
      return {
        rows: 1 + tableBodyRowCount(b) + (hasTotalsRow(b) ? 1 : 0),
        cols: b.columns.length,
      };
    case "chart":
      return b.size;
    case "note":
      return { rows: (b.heading === undefined ? 0 : 1) + b.paragraphs.length, cols: b.widthCols };
  }
}

/** Bottom-right position of a block (inclusive). */
export function blockEnd(block: ReportBlock): CellPosition {
  const size = blockExtent(block);
  return {
    row: block.anchor.row + Math.max(1, size.rows) - 1,
    col: block.anchor.col + Math.max(1, size.cols) - 1,
  };
}

/** A1 range a block covers: "A1:H3". */
export function blockRangeA1(block: ReportBlock): string {
  return rangeA1(block.anchor, blockEnd(block));
}

/** A1 range of a whole table: header, body and totals row. The `ref` of an Excel Table. */
export function tableRangeA1(table: TableBlock): string {
  return blockRangeA1(table);
}

/** Zero-based index of a column of a table, by id; throws on an unknown id (a model bug). */
export function tableColumnIndex(table: TableBlock, columnId: string): number {
  const index = table.columns.findIndex((c) => c.id === columnId);
  if (index < 0) throw new Error(`table ${table.name} has no column "${columnId}"`);
  return index;
}

/** First and last position of a column's data body (header and totals row excluded). */
export function columnBodyBounds(
  table: TableBlock,
  columnId: string
): { from: CellPosition; to: CellPosition } {
  const col = table.anchor.col + tableColumnIndex(table, columnId);
  const first = table.anchor.row + 1;
  return {
    from: { row: first, col },
    to: { row: first + tableBodyRowCount(table) - 1, col },
  };
}

/** A1 range of a column's data body: "C4:C10". */
export function columnBodyA1(table: TableBlock, columnId: string, absolute = false): string {
  const { from, to } = columnBodyBounds(table, columnId);
  return rangeA1(from, to, absolute);
}

/** A1 address of a column's header cell. */
export function columnHeaderA1(table: TableBlock, columnId: string, absolute = false): string {
  return cellA1(
    { row: table.anchor.row, col: table.anchor.col + tableColumnIndex(table, columnId) },
    absolute
  );
}

/**
 * A1 range of the data body over adjacent columns (a heat map's matrix): from the leftmost to the
 * rightmost listed column. Throws when the columns are not adjacent, which would colour the
 * columns in between as well.
 */
export function columnsBodyA1(table: TableBlock, columnIds: string[]): string {
  if (columnIds.length === 0) throw new Error(`no columns given for table ${table.name}`);
  const indexes = columnIds.map((id) => tableColumnIndex(table, id)).sort((a, b) => a - b);
  indexes.forEach((index, i) => {
    if (i > 0 && index !== indexes[i - 1] + 1) {
      throw new Error(`columns ${columnIds.join(", ")} of ${table.name} are not adjacent`);
    }
  });
  const first = columnBodyBounds(table, table.columns[indexes[0]].id);
  const last = columnBodyBounds(table, table.columns[indexes[indexes.length - 1]].id);
  return rangeA1(first.from, last.to);
}

/** The value cell of the i-th KPI tile (row 2 of the block, first column of the tile). */
export function tileValuePosition(
  block: { anchor: CellPosition; tileCols: number },
  index: number
): CellPosition {
  return { row: block.anchor.row + 1, col: block.anchor.col + index * block.tileCols };
}

/** The change cell of the i-th KPI tile (row 3 of the block); the previous value is below it. */
export function tileChangePosition(
  block: { anchor: CellPosition; tileCols: number },
  index: number
): CellPosition {
  const value = tileValuePosition(block, index);
  return { row: value.row + 1, col: value.col };
}

/** The previous period's value of the i-th KPI tile (row 4 of the block). */
export function tilePreviousPosition(
  block: { anchor: CellPosition; tileCols: number },
  index: number
): CellPosition {
  const value = tileValuePosition(block, index);
  return { row: value.row + 2, col: value.col };
}

/**
 * The change of the i-th tile as an Excel formula (no "=") over its value and previous cells:
 * relative value / previous - 1 (blank unless previous > 0), or points (value - previous) x 100.
 * Undefined when the tile has no previous value to write.
 */
export function tileChangeFormula(
  block: { anchor: CellPosition; tileCols: number; tiles: readonly KpiTile[] },
  index: number
): string | undefined {
  const change = block.tiles[index]?.change;
  if (change === undefined || change.value === null || change.previous == null) return undefined;
  const value = cellA1(tileValuePosition(block, index));
  const previous = cellA1(tilePreviousPosition(block, index));
  // Rounded as shown, like the cached value (roundAsShown): a change that shows as zero is
  // zero, never "-0.0%" in red.
  const decimals = shownDecimals(change.format);
  return change.basis === "relative"
    ? `IFERROR(IF(${previous}>0,ROUND(${value}/${previous}-1,${decimals}),""),"")`
    : `IFERROR(ROUND((${value}-${previous})*100,${decimals}),"")`;
}

/** The table of that name anywhere in the model, with the sheet it is on. */
export function findTable(
  model: Pick<ReportModel, "sheets">,
  name: string
): { sheet: ReportSheet; table: TableBlock } | undefined {
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks) {
      if (block.kind === "table" && block.name === name) return { sheet, table: block };
    }
  }
  return undefined;
}

/** Days between Excel's day zero (1899-12-30, 1900 date system) and 1970-01-01. */
const EXCEL_SERIAL_OF_UNIX_EPOCH = 25_569;

/**
 * Excel serial date (1900 date system) of an Instant: 2024-01-15T00:00 -> 45306. Instants are
 * wall-clock times read as UTC (domain.ts), so no time-zone shift is applied.
 */
export function excelSerialFromInstant(t: number): number {
  return t / 86_400_000 + EXCEL_SERIAL_OF_UNIX_EPOCH;
}

/**
 * Structured reference to a table column, for formulas: "Segments[Revenue]". Inside the
 * brackets Excel requires the characters [ ] # ' to be escaped with an apostrophe.
 */
export function structuredRef(
  table: Pick<TableBlock, "name" | "columns">,
  columnId: string
): string {
  const column = table.columns.find((c) => c.id === columnId);
  if (column === undefined) throw new Error(`table ${table.name} has no column "${columnId}"`);
  return columnRef(table.name, column.header);
}

/** "T[Can''t lose]": a column of table `tableName` by its header, ' [ ] # escaped. */
function columnRef(tableName: string, header: string): string {
  return `${tableName}[${header.replace(/['[\]#]/g, "'$&")}]`;
}

/** SUBTOTAL's function numbers that ignore hidden rows, as Excel writes a totals row. */
const SUBTOTAL_CODES: Record<TotalsFunction, number> = {
  sum: 109,
  average: 101,
  count: 103,
  min: 105,
  max: 104,
};

/**
 * A totals-row formula, without "=": "SUBTOTAL(109,Segments[Revenue])". `tableName` is the name
 * the table has in the workbook (a host may have had to rename it).
 */
export function subtotalFormula(tableName: string, header: string, fn: TotalsFunction): string {
  return `SUBTOTAL(${SUBTOTAL_CODES[fn]},${columnRef(tableName, header)})`;
}

/**
 * A1 range covering every block of a sheet, from A1 to the last row and column any block
 * reaches: the print area of a one-page Dashboard.
 */
export function sheetExtentA1(blocks: ReportBlock[]): string {
  const end = blocks.reduce(
    (max, block) => {
      const e = blockEnd(block);
      return { row: Math.max(max.row, e.row), col: Math.max(max.col, e.col) };
    },
    { row: 0, col: 0 }
  );
  return rangeA1({ row: 0, col: 0 }, end);
}

/**
 * The blocks that end above the table named `name` and the section heading right above it (a
 * sheet's printed part when a long per-customer table closes it); every block when it is absent.
 */
export function aboveTable(blocks: ReportBlock[], name: string): ReportBlock[] {
  const table = blocks.find((b) => b.kind === "table" && b.name === name);
  if (table === undefined) return blocks;
  const heading = blocks.find(
    (b) => b.kind === "note" && b.heading !== undefined && blockEnd(b).row === table.anchor.row - 1
  );
  const top = heading?.anchor.row ?? table.anchor.row;
  return blocks.filter((b) => blockEnd(b).row < top);
}

/** The A1 range that bounds `blocks` (not from A1: from their top-left block). */
export function blocksRangeA1(blocks: ReportBlock[]): string {
  const top = Math.min(...blocks.map((b) => b.anchor.row));
  const left = Math.min(...blocks.map((b) => b.anchor.col));
  const bottom = Math.max(...blocks.map((b) => blockEnd(b).row));
  const right = Math.max(...blocks.map((b) => blockEnd(b).col));
  return rangeA1({ row: top, col: left }, { row: bottom, col: right });
}
