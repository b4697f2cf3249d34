/**
 * One worksheet part read as values, streaming (ECMA-376 Part 1, 18.3.1: sheetData, row, c,
 * v, f, is; mergeCells; tableParts). Each cell becomes the value ExcelJS gave it, so the
 * input layer sees what it always saw:
 * - shared strings (t="s") and inline strings (t="inlineStr", rich runs joined) as text;
 *   a formula's string result (t="str") with entities decoded once more, as ExcelJS did;
 * - booleans (t="b"), error cells (t="e") as CellError, ISO dates (t="d") as Dates;
 * - numbers, as Dates when their style's format is a date format (cellFormats), in the
 *   workbook's date system; a formula as its cached result, null when the file has none;
 * - merged cells all hold the value of the merge's top-left cell.
 * Besides values it keeps what ExcelJS's row and column counts were made of (rows present,
 * cells present, whether a row holds anything but styled blanks) and the style of cells in
 * the rows whose number formats are looked at (`keepStyles`).
 */
import type { CellValue } from "../../analytics/domain";
import { InputFileError } from "../inputFileError";
import { parseRangeRef } from "../workbookSourceCells";
import { plainValue, typedValue, type SheetContext } from "./cellValues";
export type { SheetContext } from "./cellValues";
import { unescapeExcelText } from "./sharedStrings";
import {
  NOT_PLAIN,
  NO_REFERENCE,
  plainCellAttributes,
  plainRowNumber,
  SLASH,
  SPACE,
  type CellTag,
} from "./plainTags";
import { XmlScanner, attributesOf, decodeText } from "./xmlScanner";
import type { BytesRead, ZipPackage } from "./zipPackage";

export interface SheetCells {
  /** rows[r - 1][c - 1]: the cell at row r, column c; undefined where the file has no cell. */
  rows: (CellValue | undefined)[][];
  /** Per row, the highest column with a cell (ExcelJS's cellCount). */
  cellCounts: number[];
  /** Per row, whether a cell holds a value, a formula or a merge (ExcelJS's hasValues). */
  hasValues: boolean[];
  /** Style index per row (kept rows only) and column. */
  styles: Map<number, number[]>;
  /** Relationship ids of the sheet's tables, in the order of its tableParts. */
  tableIds: string[];
}

/** The cell being read: its attributes and the text of its v / t / f children. */
export interface OpenCell extends CellTag {
  formula: boolean;
  value: string;
  runs: string[] | null;
}

/** Which text the scanner is inside: none, a value (v or a plain t), or a rich run's t. */
const enum TextIn {
  None,
  Value,
  Run,
  Formula,
}

export async function readSheetCells(
  pkg: ZipPackage,
  part: string,
  context: SheetContext,
  keepStyles: (row: number) => boolean,
  onBytes?: BytesRead
): Promise<SheetCells> {
  const sheet: SheetCells = {
    rows: [],
    cellCounts: [],
    hasValues: [],
    styles: new Map(),
    tableIds: [],
  };
  const merges: string[] = [];
  let inSheetData = false;
  let rowNumber = 0;
  let row: (CellValue | undefined)[] = [];
  let rowStyles: number[] | null = null;
  let lastColumn = 0;
  /** The one cell object, reused for every cell (a sheet has millions). */
  const openCell: OpenCell = {
    column: 0,
    style: 0,
    type: "n",
    formula: false,
    value: "",
    runs: null,
  };
  let cell: OpenCell | null = null;
  let textIn = TextIn.None;
  let inRun = false;

  const store = (c: OpenCell, value: CellValue, counts: boolean) => {
    row[c.column - 1] = value;
    lastColumn = c.column;
    const index = rowNumber - 1;
    if (c.column > sheet.cellCounts[index]) sheet.cellCounts[index] = c.column;
    if (counts) sheet.hasValues[index] = true;
    if (rowStyles) rowStyles[c.column - 1] = c.style;
  };
  const closeCell = (c: OpenCell) => {
    const text = c.runs ? c.value + c.runs.join("") : c.value;
    if (text !== "") store(c, typedValue(c, text, context), true);
    // A cell with no value and no style: ExcelJS dropped it.
    else if (c.formula || c.style) store(c, null, c.formula);
  };

  const scanner = new XmlScanner({
    open(name, raw) {
      if (cell) {
        if (name === "v") textIn = TextIn.Value;
        else if (name === "f") {
          textIn = TextIn.Formula;
          cell.formula ||= /\st\s*=/.test(raw);
        } else if (name === "r") inRun = true;
        else if (name === "t") textIn = inRun ? TextIn.Run : TextIn.Value;
        else if (name === "rPh") textIn = TextIn.None;
        return;
      }
      if (name === "c" && inSheetData) {
        cell = openCell;
        if (!plainCellAttributes(raw, 0, raw.length, cell)) {
          const a = attributesOf(raw);
          cell.column = a.r ? columnOf(a.r) : NO_REFERENCE;
          cell.style = a.s ? parseInt(a.s, 10) || 0 : 0;
          cell.type = a.t ?? "n";
        }
        if (cell.column === NO_REFERENCE) cell.column = lastColumn + 1;
        if (!(cell.column >= 1)) throw damaged();
        cell.formula = false;
        cell.value = "";
        cell.runs = null;
      } else if (name === "row" && inSheetData) {
        let next = plainRowNumber(raw);
        if (next === NOT_PLAIN) {
          const r = attributesOf(raw).r;
          next = r === undefined ? NO_REFERENCE : parseInt(r, 10);
        }
        if (next === NO_REFERENCE) next = rowNumber + 1;
        if (!(next >= 1)) throw damaged();
        rowNumber = next;
        const index = rowNumber - 1;
        row = sheet.rows[index] ?? (sheet.rows[index] = []);
        sheet.cellCounts[index] ??= 0;
        sheet.hasValues[index] ??= false;
        rowStyles = keepStyles(rowNumber) ? (sheet.styles.get(rowNumber) ?? []) : null;
        if (rowStyles) sheet.styles.set(rowNumber, rowStyles);
        lastColumn = 0;
      } else if (name === "sheetData") inSheetData = true;
      else if (name === "mergeCell") {
        const ref = attributesOf(raw).ref;
        if (ref) merges.push(ref);
      } else if (name === "tablePart") {
        const id = attributesOf(raw).id;
        if (id) sheet.tableIds.push(id);
      }
    },
    close(name) {
      if (cell) {
        if (name === "c") {
          closeCell(cell);
          cell = null;
          textIn = TextIn.None;
        } else if (name === "r") inRun = false;
        else if (name === "v" || name === "t" || name === "f") textIn = TextIn.None;
        return;
      }
      if (name === "sheetData") inSheetData = false;
    },
    text(text) {
      if (!cell) return;
      if (textIn === TextIn.Value) cell.value += text;
      else if (textIn === TextIn.Run) (cell.runs ??= []).push(unescapeExcelText(text));
      else if (textIn === TextIn.Formula && text !== "") cell.formula = true;
    },
    wantsText: () => textIn !== TextIn.None,
    // <c r="A1" s="2" t="s"><v>12</v></c> or <c r="A1" s="2"/>, as nearly every cell is
    // written, read here in one go; anything else goes through open, text and close above.
    element(text, lt) {
      if (
        !inSheetData ||
        cell ||
        text.charCodeAt(lt + 1) !== 0x63 ||
        text.charCodeAt(lt + 2) !== SPACE
      ) {
        return -1;
      }
      const gt = text.indexOf(">", lt + 3);
      if (gt < 0) return -1;
      const selfClosing = text.charCodeAt(gt - 1) === SLASH;
      if (!plainCellAttributes(text, lt + 2, selfClosing ? gt - 1 : gt, openCell)) return -1;
      const end = gt + 1;
      if (!selfClosing) {
        if (!text.startsWith("<v>", end)) return -1;
        const valueEnd = text.indexOf("<", end + 3);
        if (valueEnd < 0 || !text.startsWith("</v></c>", valueEnd)) return -1;
        if (openCell.column === NO_REFERENCE) openCell.column = lastColumn + 1;
        if (!(openCell.column >= 1)) throw damaged();
        openCell.formula = false;
        openCell.runs = null;
        const typed = plainValue(text, end + 3, valueEnd, openCell, context);
        if (typed !== undefined) store(openCell, typed, true);
        else {
          openCell.value = decodeText(text.slice(end + 3, valueEnd));
          closeCell(openCell);
        }
        return valueEnd + 8;
      }
      if (openCell.column === NO_REFERENCE) openCell.column = lastColumn + 1;
      if (!(openCell.column >= 1)) throw damaged();
      openCell.formula = false;
      openCell.value = "";
      openCell.runs = null;
      closeCell(openCell);
      return end;
    },
  });
  await pkg.streamAsync(part, (text) => scanner.push(text), onBytes);
  scanner.end();
  applyMerges(sheet, merges);
  return sheet;
}

/** The column of a cell reference ("AB12" -> 28), from its letters. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const c = reference.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    column = column * 26 + (c - 0x60);
  }
  return column;
}

/**
 * Every cell of a merged range takes its top-left cell's value (ExcelJS's merge on load),
 * rows and cells created where the file had none. A range is clipped to the cells the sheet
 * holds otherwise: a hostile "A1:XFD1048576" must not make 17 billion cells.
 */
function applyMerges(sheet: SheetCells, merges: readonly string[]): void {
  const lastRow = sheet.rows.length;
  let lastColumn = 0;
  for (const count of sheet.cellCounts) if (count > lastColumn) lastColumn = count;
  for (const ref of merges) {
    const range = parseRangeRef(ref);
    if (!range) continue;
    const master = sheet.rows[range.top - 1]?.[range.left - 1] ?? null;
    const bottom = Math.min(range.bottom, lastRow);
    const right = Math.min(range.right, lastColumn);
    for (let r = range.top; r <= bottom; r++) {
      const index = r - 1;
      const row = sheet.rows[index] ?? (sheet.rows[index] = []);
      for (let c = range.left; c <= right; c++) {
        const isMaster = r === range.top && c === range.left;
        if (!isMaster) row[c - 1] = master;
        else row[c - 1] ??= null;
        if (!isMaster) sheet.hasValues[index] = true;
      }
      sheet.cellCounts[index] = Math.max(sheet.cellCounts[index] ?? 0, right);
      sheet.hasValues[index] ??= false;
    }
  }
}

function damaged(): InputFileError {
  return new InputFileError("file.damagedWorkbook");
}
