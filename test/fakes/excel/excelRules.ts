/**
 * Excel's own limits and name rules, as the fake enforces them. Each rule names its source.
 */
import { FakeOfficeError, invalidArgument } from "./errors";

/**
 * "Excel specifications and limits" (support.microsoft.com, 1c69abaf-...): row height 409
 * points, 32,767 characters a cell, 8,192 characters a formula.
 */
export const MAX_ROW_HEIGHT_POINTS = 409;
export const MAX_CELL_CHARACTERS = 32_767;
export const MAX_FORMULA_CHARACTERS = 8_192;

/** Row heights outside 0..409 points are refused (Excel specifications and limits). */
export function checkRowHeight(points: unknown): void {
  if (typeof points !== "number" || !(points >= 0 && points <= MAX_ROW_HEIGHT_POINTS)) {
    throw invalidArgument(`row height ${String(points)} is outside 0..409 points`);
  }
}

/**
 * A cell holds at most 32,767 characters and a formula 8,192 (Excel specifications and limits;
 * Excel.ErrorCodes.formulaLengthExceedsLimit for formulas).
 */
export function checkCellText(input: string, isFormula: boolean): void {
  if (isFormula && input.length > MAX_FORMULA_CHARACTERS) {
    throw new FakeOfficeError(
      "FormulaLengthExceedsLimit",
      `a formula of ${input.length} characters exceeds 8,192`
    );
  }
  // The leading apostrophe of text is a prefix, not part of the value.
  const text = input.startsWith("'") ? input.slice(1) : input;
  if (!isFormula && text.length > MAX_CELL_CHARACTERS) {
    throw invalidArgument(`a cell of ${text.length} characters exceeds 32,767`);
  }
}

/** Last column (XFD) and row of a sheet, for cell-reference look-alikes. */
const LAST_COLUMN = 16_384;
const LAST_ROW = 1_048_576;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A name Excel would read as a cell reference: A1 style within XFD1048576 ("RFM1", "AB12"), or
 * R1C1 style ("R", "C", "R1", "C12", "RC", "R1C1"). The ECMA-376 name grammar (§18.2.5 / "Names"
 * in SpreadsheetML) forbids a defined or table name of the cell-reference form.
 */
export function isCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(name);
  if (a1) {
    const row = Number(a1[2]);
    return columnNumber(a1[1]) <= LAST_COLUMN && row >= 1 && row <= LAST_ROW;
  }
  return /^[Rr]([0-9]*)([Cc][0-9]*)?$/.test(name) || /^[Cc][0-9]*$/.test(name);
}

/**
 * Table names (support.microsoft.com "Rename an Excel table"): start with a letter, "_" or
 * "\", then letters, digits, "_", "." or "\"; no spaces; at most 255 characters; not a cell
 * reference; "TRUE"/"FALSE" are not names either (ECMA-376 name grammar).
 */
export function checkTableNameForm(name: string): void {
  const ok =
    name.length >= 1 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !isCellReference(name) &&
    !/^(true|false)$/i.test(name);
  if (!ok) throw invalidArgument(`invalid table name "${name}"`);
}

/** Colours a number-format section may name in brackets (Excel's eight, or Color1..Color56). */
const FORMAT_COLORS =
  /^(black|blue|cyan|green|magenta|red|white|yellow|color([1-9]|[1-4][0-9]|5[0-6]))$/i;

/**
 * Number-format codes as Excel parses them (support.microsoft.com "Review guidelines for
 * customizing a number format"): at most four sections separated by ";", quoted text closed,
 * "\" "_" "*" each followed by a character, brackets closed and holding a colour, a condition
 * ([<100]), a locale/currency tag ([$€-fr-FR], [$-409]) or elapsed time ([h], [mm], [ss]). A
 * malformed code is refused (Range.numberFormat throws InvalidArgument).
 */
export function checkNumberFormat(code: string): void {
  const bad = (why: string) => invalidArgument(`invalid number format "${code}": ${why}`);
  let sections = 1;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      if (close < 0) throw bad("unclosed quote");
      i = close;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      if (i + 1 >= code.length) throw bad(`"${ch}" at the end`);
      i++;
    } else if (ch === "[") {
      const close = code.indexOf("]", i + 1);
      if (close < 0) throw bad("unclosed bracket");
      const inside = code.slice(i + 1, close);
      const known =
        FORMAT_COLORS.test(inside) ||
        /^(<|>|=|<=|>=|<>)-?[0-9.]+$/.test(inside) ||
        /^\$[^\]]*$/.test(inside) ||
        /^(h+|m+|s+)$/i.test(inside) ||
        /^DBNum[1-4]$/i.test(inside);
      if (!known) throw bad(`unknown [${inside}]`);
      i = close;
    } else if (ch === "]") {
      throw bad("unopened bracket");
    } else if (ch === ";") {
      sections++;
      if (sections > 4) throw bad("more than four sections");
    }
  }
}
