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
import type { CellFormats } from "./cellFormats";
import { unescapeExcelText } from "./sharedStrings";
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

export interface SheetContext {
  sharedStrings: readonly (string | null)[];
  formats: CellFormats;
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's serial day 0 in the 1900 system) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** Days between the 1900 and 1904 systems' day 0. */
const OFFSET_1904 = 1462;

/** An Excel serial date as a Date, rounded to the millisecond (ExcelJS's excelToDate). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY));
}

/** ExcelJS's second decoding of a formula string's entities (its utils.xmlDecode). */
function decodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (all, name: string) => {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "apos":
        return "'";
      case "quot":
        return '"';
      default:
        return all;
    }
  });
}

/** The cell being read: its attributes and the text of its v / t / f children. */
interface OpenCell {
  column: number;
  style: number;
  type: string;
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

export function readSheetCells(
  pkg: ZipPackage,
  part: string,
  context: SheetContext,
  keepStyles: (row: number) => boolean,
  onBytes?: BytesRead
): SheetCells {
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
  pkg.stream(part, (text) => scanner.push(text), onBytes);
  scanner.end();
  applyMerges(sheet, merges);
  return sheet;
}

/** A cell without an r attribute: it follows the row's previous cell. */
const NO_REFERENCE = -1;
const SPACE = 0x20;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;

/**
 * A cell's r, s and t read straight from its start tag's attributes, as every writer spells
 * them (name="value", single spaces, no prefix, no entity): no attribute object, no slices
 * for millions of cells. Returns false, having read nothing for sure, on anything else; the
 * caller then reads the tag with attributesOf. A cell without r gets NO_REFERENCE.
 */
function plainCellAttributes(raw: string, from: number, to: number, cell: OpenCell): boolean {
  cell.column = NO_REFERENCE;
  cell.style = 0;
  cell.type = "n";
  let i = from;
  while (i < to) {
    if (raw.charCodeAt(i) !== SPACE) return false;
    const name = raw.charCodeAt(i + 1);
    if (raw.charCodeAt(i + 2) !== EQUALS || raw.charCodeAt(i + 3) !== QUOTE) return false;
    const start = i + 4;
    const end = raw.indexOf('"', start);
    if (end < 0 || end >= to) return false;
    if (name === 0x72 /* r */) {
      if (end === start) {
        i = end + 1;
        continue; // r="": as if absent
      }
      let column = 0;
      let at = start;
      for (; at < end; at++) {
        const c = raw.charCodeAt(at);
        if (c < 0x41 || c > 0x5a) break; // A-Z
        column = column * 26 + (c - 0x40);
      }
      for (; at < end; at++) {
        const c = raw.charCodeAt(at);
        if (c < 0x30 || c > 0x39) return false;
      }
      cell.column = column;
    } else if (name === 0x73 /* s */) {
      let style = 0;
      for (let at = start; at < end; at++) {
        const c = raw.charCodeAt(at);
        if (c < 0x30 || c > 0x39) return false;
        style = style * 10 + (c - 0x30);
      }
      cell.style = style;
    } else if (name === 0x74 /* t */) {
      const length = end - start;
      const c = raw.charCodeAt(start);
      if (length === 1 && c === 0x73) cell.type = "s";
      else if (length === 1 && c === 0x6e) cell.type = "n";
      else if (!isPlainValue(raw, start, end)) return false;
      else cell.type = raw.slice(start, end);
    } else if (!isPlainValue(raw, start, end)) {
      return false; // another one-letter attribute, skipped when attributesOf would accept it
    }
    i = end + 1;
  }
  return true;
}

/** Longest run of digits read as an integer by hand: exact in a double, as parseFloat reads it. */
const MAX_PLAIN_DIGITS = 15;

/**
 * A shared string index or a number written as plain digits (most cells), typed as typedValue
 * would type it, without slicing the text; undefined for anything else (typedValue then reads
 * the text).
 */
function plainValue(
  text: string,
  from: number,
  to: number,
  c: OpenCell,
  context: SheetContext
): CellValue | undefined {
  if (to === from || to - from > MAX_PLAIN_DIGITS || (c.type !== "s" && c.type !== "n")) {
    return undefined;
  }
  let n = 0;
  for (let at = from; at < to; at++) {
    const d = text.charCodeAt(at) - 0x30;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  if (c.type === "s") {
    const shared = context.sharedStrings[n];
    if (shared === undefined) throw damaged();
    return shared;
  }
  return context.formats.isDate(c.style) ? serialToDate(n, context.date1904) : n;
}

/** Not an attribute list plainRowNumber reads. */
const NOT_PLAIN = -2;

/**
 * A row's r read straight from its start tag when every attribute is written name="value" with
 * single spaces and no entity (NO_REFERENCE when it has no r); NOT_PLAIN otherwise, and the
 * caller reads the tag with attributesOf.
 */
function plainRowNumber(raw: string): number {
  let row = NO_REFERENCE;
  let i = 0;
  while (i < raw.length) {
    if (raw.charCodeAt(i) !== SPACE) return NOT_PLAIN;
    const equals = raw.indexOf("=", i + 1);
    if (equals < 0 || raw.charCodeAt(equals + 1) !== QUOTE) return NOT_PLAIN;
    const start = equals + 2;
    const end = raw.indexOf('"', start);
    if (end < 0 || !isPlainValue(raw, start, end)) return NOT_PLAIN;
    for (let at = i + 1; at < equals; at++) {
      const c = raw.charCodeAt(at);
      if (c <= SPACE || c === QUOTE || c === 0x27) return NOT_PLAIN;
    }
    // A prefixed r ("x:r") is r too (attributesOf drops prefixes): left to attributesOf.
    if (raw.charCodeAt(equals - 1) === 0x72 && raw.charCodeAt(equals - 2) === 0x3a)
      return NOT_PLAIN;
    if (equals === i + 2 && raw.charCodeAt(i + 1) === 0x72 /* r */) {
      if (end === start || end - start > MAX_PLAIN_DIGITS) return NOT_PLAIN;
      row = 0;
      for (let at = start; at < end; at++) {
        const d = raw.charCodeAt(at) - 0x30;
        if (d < 0 || d > 9) return NOT_PLAIN;
        row = row * 10 + d;
      }
    }
    i = end + 1;
  }
  return row;
}

/** Whether raw[start, end) is an attribute value as is: no entity, no white space to normalise. */
function isPlainValue(raw: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const c = raw.charCodeAt(at);
    if (c === 0x26 || c === 0x3c || c < 0x20) return false;
  }
  return true;
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

function typedValue(c: OpenCell, text: string, context: SheetContext): CellValue {
  switch (c.type) {
    case "s": {
      if (c.formula) break;
      const index = parseInt(text, 10);
      const shared = context.sharedStrings[index];
      if (shared === undefined) throw damaged();
      return shared;
    }
    case "str":
      return decodeAgain(text);
    case "inlineStr":
      if (c.formula) break;
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text };
    case "d": {
      // ISO 8601 (18.17.4.1), no zone: read as UTC, as serial dates are.
      const date = new Date(
        /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`
      );
      return date;
    }
  }
  const number = parseFloat(text);
  if (context.formats.isDate(c.style)) return serialToDate(number, context.date1904);
  return Number.isFinite(number) ? number : null;
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
