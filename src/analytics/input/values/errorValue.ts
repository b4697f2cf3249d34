import type { CellError, CellValue } from "../../domain";

/**
 * Excel's error values as they appear in exports, English and French Excel (kept as data).
 * A cell holding one of these texts is an error, not a value (CSV files carry them as text).
 */
export const ERROR_TEXTS: readonly string[] = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  // French Excel
  "#VALEUR!",
  "#NOM?",
  "#NOMBRE!",
  "#NUL!",
  "#PROPAGATION!",
  "#CALCUL!",
];

const errorTexts = new Set(ERROR_TEXTS.map((e) => e.toUpperCase()));

/** True for a CellError object (a host's error cell). */
export function isCellError(value: CellValue): value is CellError {
  return (
    typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value
  );
}

/**
 * The error code held by a cell, or null: a CellError object, or a text that is an Excel error
 * value ("#N/A", "#VALEUR!", ...). Case and surrounding spaces are ignored.
 * @example cellErrorCode("#n/a") // "#N/A"
 */
export function cellErrorCode(value: CellValue): string | null {
  if (isCellError(value)) return value.error;
  if (typeof value === "string") {
    if (!value.includes("#")) return null;
    const text = value.trim().toUpperCase();
    if (text.startsWith("#") && errorTexts.has(text)) return text;
  }
  return null;
}
