/**
 * The cells of a report sheet, written in two passes.
 *
 * 1. Values (before the sheet's tables exist): tables in row blocks, one 2-D write of values and
 *    one of number formats per block; a formula cell gets its computed value (or 0) as a
 *    stand-in, so no table column is ever empty when its formulas arrive.
 * 2. Formulas (after the tables exist, under their temporary names): one 2-D `formulas` write per
 *    block, null in every cell that is not a formula (null leaves a cell as it is:
 *    learn.microsoft.com "Blank and null values in Excel add-ins").
 * Why the stand-ins: Excel's calculated columns also fire for API writes. A formula written into
 * a table column that is empty is copied into every cell of the column, even cells written ""
 * or null (office-js issues 1916, 2093), and several formulas written into an empty column all
 * become the bottom-most one (issues 5909, 6745); a column that already holds data is left alone
 * (support.microsoft.com "Use calculated columns in an Excel table").
 */
import type { ReportBlock, TableBlock, TableCell } from "../report/model";
import { prefixedFormat } from "../report/numberFormats";
import {
  hasTotalsRow,
  subtotalFormula,
  tableBodyRowCount,
  tileChangeFormula,
  tileValuePosition,
} from "../report/ranges";
import { palette } from "../report/palette";
import { TILE_TEXT_ROW_HEIGHT } from "../report/rowHeights";
import { asText, planRowBlocks, type RowBlock } from "./cellWrites";
import type { HostRange, HostWorksheet } from "./host";
import { renameTablesInFormula } from "./namePlan";
import { rowJsonBytes } from "./payloadSize";
import type { SyncBatcher } from "./syncBatcher";

/** Bytes of the JSON envelope of a small write (address, property, object path). */
const SMALL_WRITE_BYTES = 200;

/** Colour of a KPI change: green up, red down, grey for none (as the .xlsx renderer does). */
function changeColor(value: number | null): string {
  if (value === null || value === 0) return palette.neutral;
  return value > 0 ? palette.positive : palette.negative;
}

/** Queues font properties on a range's format. */
function setFont(range: HostRange, font: { bold?: boolean; size?: number; color?: string }): void {
  const target = range.format.font;
  if (font.bold !== undefined) target.bold = font.bold;
  if (font.size !== undefined) target.size = font.size;
  if (font.color !== undefined) target.color = `#${font.color}`;
}

/** Writes the small blocks (title, tiles, notes) of a sheet, styled like the .xlsx renderer. */
export async function writeStaticBlock(
  batcher: SyncBatcher,
  sheet: HostWorksheet,
  block: ReportBlock
): Promise<void> {
  const { row, col } = block.anchor;
  const at = (r: number, c: number, rows = 1, cols = 1) =>
    sheet.getRangeByIndexes(r, c, rows, cols);
  switch (block.kind) {
    case "title": {
      const lines = [[asText(block.title)], ...block.subtitle.map((s) => [asText(s)])];
      await batcher.add(rowJsonBytes(lines.flat()) + SMALL_WRITE_BYTES, () => {
        at(row, col, lines.length).values = lines;
        setFont(at(row, col), { bold: true, size: 16, color: palette.headerFill });
        if (lines.length > 1) {
          setFont(at(row + 1, col, lines.length - 1), { size: 10, color: palette.mutedText });
        }
      });
      return;
    }
    case "kpiTiles": {
      const width = Math.max(1, block.tiles.length * block.tileCols);
      const values: (string | number | null)[][] = [0, 1, 2, 3].map(() =>
        new Array(width).fill(null)
      );
      const formats: string[][] = [0, 1, 2, 3].map(() => new Array(width).fill("General"));
      block.tiles.forEach((tile, i) => {
        const c = i * block.tileCols;
        values[0][c] = asText(tile.label);
        values[1][c] = tile.value ?? "";
        formats[1][c] = tile.format;
        if (tile.change && tile.change.value !== null) {
          values[2][c] = tile.change.value;
          formats[2][c] = prefixedFormat(tile.change.format, block.changeLabel);
        }
        if (tile.change?.previous != null) {
          values[3][c] = tile.change.previous;
          formats[3][c] = prefixedFormat(tile.format, tile.change.previousLabel ?? "");
        }
      });
      const bytes = rowJsonBytes(values.flat()) + rowJsonBytes(formats.flat()) + SMALL_WRITE_BYTES;
      await batcher.add(bytes, () => {
        at(row, col, 4, width).values = values;
        at(row, col, 4, width).numberFormat = formats;
        block.tiles.forEach((_, i) => {
          const tileRange = at(row, col + i * block.tileCols, 4, block.tileCols);
          if (block.tileCols > 1) tileRange.merge(true);
          tileRange.format.fill.color = `#${palette.tileFill}`;
          tileRange.format.horizontalAlignment = "Center";
          tileRange.format.verticalAlignment = "Center";
        });
        setFont(at(row, col, 1, width), { size: 9, color: palette.mutedText });
        setFont(at(row + 1, col, 1, width), { bold: true, size: 16, color: palette.text });
        block.tiles.forEach((tile, i) => {
          const color = changeColor(tile.change?.value ?? null);
          setFont(at(row + 2, col + i * block.tileCols), { size: 9, color });
        });
        setFont(at(row + 3, col, 1, width), { size: 9, color: palette.mutedText });
        // Labels with their period wrap on two lines instead of being cut at the tile's edge.
        at(row, col, 1, width).format.wrapText = true;
        at(row, col, 1, width).format.rowHeight = TILE_TEXT_ROW_HEIGHT;
      });
      return;
    }
    case "note": {
      const lines = [
        ...(block.heading === undefined ? [] : [[asText(block.heading)]]),
        ...block.paragraphs.map((p) => [asText(p)]),
      ];
      if (lines.length === 0) return;
      await batcher.add(rowJsonBytes(lines.flat()) + SMALL_WRITE_BYTES, () => {
        at(row, col, lines.length).values = lines;
        setFont(at(row, col, lines.length), { size: 10, color: palette.text });
        if (block.heading !== undefined) {
          setFont(at(row, col), { bold: true, size: 11, color: palette.headerFill });
        }
      });
      return;
    }
    default:
      return;
  }
}

/**
 * Writes a table's header and body in row blocks (values, then number formats: a value written
 * after a "@" format would be kept verbatim, apostrophe included). Formula cells get their
 * stand-in (see the module comment); the totals row is left to Excel and the formula pass.
 */
export async function writeTableValues(
  batcher: SyncBatcher,
  sheet: HostWorksheet,
  table: TableBlock,
  options: { date1904: boolean; target: number },
  progress: (rows: number) => void
): Promise<void> {
  const { row, col } = table.anchor;
  const cols = table.columns.length;
  const header = [table.columns.map((c) => asText(c.header))];
  await batcher.add(rowJsonBytes(header[0]) + SMALL_WRITE_BYTES, () => {
    sheet.getRangeByIndexes(row, col, 1, cols).values = header;
  });
  for (const block of planRowBlocks(table.rows, table.columns, options.date1904, options.target)) {
    await batcher.add(block.bytes, () => {
      const range = sheet.getRangeByIndexes(row + 1 + block.start, col, block.values.length, cols);
      range.values = block.values;
      range.numberFormat = block.numberFormat;
    });
    progress(block.end - block.start);
  }
}

/** The `formulas` input of a block of rows: "=..." for formula cells, null everywhere else. */
function formulaRows(
  rows: TableCell[][],
  block: Pick<RowBlock, "start" | "end">,
  names: Map<string, string>
): (string | null)[][] | undefined {
  let any = false;
  const out = rows.slice(block.start, block.end).map((cells) =>
    cells.map((cell) => {
      if (cell === null || typeof cell !== "object") return null;
      any = true;
      return `=${renameTablesInFormula(cell.formula, names)}`;
    })
  );
  return any ? out : undefined;
}

/**
 * Writes a table's formula cells and its totals row, one 2-D `formulas` write per row block.
 * `names` maps model table names to the names the tables have now (temporary ones).
 */
export async function writeTableFormulas(
  batcher: SyncBatcher,
  sheet: HostWorksheet,
  table: TableBlock,
  names: Map<string, string>,
  target: number
): Promise<void> {
  const { row, col } = table.anchor;
  const cols = table.columns.length;
  for (const block of planRowBlocks(table.rows, table.columns, false, target)) {
    const formulas = formulaRows(table.rows, block, names);
    if (!formulas) continue;
    const bytes = formulas.reduce((sum, r) => sum + rowJsonBytes(r), SMALL_WRITE_BYTES);
    await batcher.add(bytes, () => {
      sheet.getRangeByIndexes(row + 1 + block.start, col, formulas.length, cols).formulas =
        formulas;
    });
  }
  if (!hasTotalsRow(table)) return;
  const tableName = names.get(table.name) ?? table.name;
  // "" where the model has no total: it clears what Excel puts in a new totals row by default.
  const totals = table.columns.map((c) => {
    if (c.total === undefined) return "";
    if ("label" in c.total) return asText(c.total.label);
    return `=${subtotalFormula(tableName, c.header, c.total.fn)}`;
  });
  await batcher.add(rowJsonBytes(totals) + SMALL_WRITE_BYTES, () => {
    sheet.getRangeByIndexes(row + 1 + tableBodyRowCount(table), col, 1, cols).formulas = [totals];
  });
}

/**
 * Writes the formulas of a KPI tiles block: the tile values' row and the changes' row (each
 * change over its value and previous cells), null elsewhere (Office.js leaves those cells).
 */
export async function writeTileFormulas(
  batcher: SyncBatcher,
  sheet: HostWorksheet,
  block: ReportBlock,
  names: Map<string, string>
): Promise<void> {
  if (block.kind !== "kpiTiles") return;
  const width = Math.max(1, block.tiles.length * block.tileCols);
  const values: (string | null)[] = new Array(width).fill(null);
  const changes: (string | null)[] = new Array(width).fill(null);
  block.tiles.forEach((tile, i) => {
    if (tile.formula !== undefined) {
      values[i * block.tileCols] = `=${renameTablesInFormula(tile.formula, names)}`;
    }
    const change = tileChangeFormula(block, i);
    if (change !== undefined) changes[i * block.tileCols] = `=${change}`;
  });
  if (![...values, ...changes].some((f) => f !== null)) return;
  const at = tileValuePosition(block, 0);
  await batcher.add(rowJsonBytes([...values, ...changes]) + SMALL_WRITE_BYTES, () => {
    sheet.getRangeByIndexes(at.row, at.col, 2, width).formulas = [values, changes];
  });
}
