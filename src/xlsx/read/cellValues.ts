/**
 * A cell's text as the value ExcelJS gave it (its cell-xform): shared string indexes, typed
 * strings, booleans, errors, ISO dates, and numbers that are dates by their style's format.
 */
import type { CellValue } from "../../analytics/domain";
import { InputFileError } from "../inputFileError";
import type { CellFormats } from "./cellFormats";
import { MAX_PLAIN_DIGITS, type CellTag } from "./plainTags";

export interface SheetContext {
  sharedStrings: readonly (string | null)[];
  formats: CellFormats;
  date1904: boolean;
}

/** Days from 1899-12-30 (Excel's serial day 0 in the 1900 system) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** Days between the 1900 and 1904 systems' day 0. */
const OFFSET_1904 = 1462;

/** An Excel serial date as a Date, rounded to the millisecond (ExcelJS's excelToDate). */
export function serialToDate(serial: number, date1904: boolean): Date {
  // Multiplied as ExcelJS multiplies (hours, seconds, milliseconds): 86,400,000 at once rounds
  // differently for about 1 serial in 150 (a millisecond).
  return new Date(
    Math.round((serial - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * 24 * 3600 * 1000)
  );
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

export function typedValue(
  c: CellTag & { formula: boolean },
  text: string,
  context: SheetContext
): CellValue {
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
 * A shared string index or a number written as plain digits (most cells), typed as typedValue
 * would type it, without slicing the text; undefined for anything else (typedValue then reads
 * the text).
 */
export function plainValue(
  text: string,
  from: number,
  to: number,
  c: CellTag,
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

function damaged(): InputFileError {
  return new InputFileError("file.damagedWorkbook");
}
