/**
 * Office.js cell values to the engine's CellValue. Office gives empty cells as "", numbers
 * (serial dates included: the engine converts them, honouring the 1904 system), booleans, and
 * error cells as their text ("#N/A"): only `valueTypes` tells an error from a text that says
 * the same, so it is loaded only for blocks where such a text appears.
 */
import type { CellValue } from "../analytics/domain";

/** Every error value Excel can show in a cell (Excel.ErrorCellValueType, as displayed). */
const ERROR_TEXTS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

/** True when a value read from `values` could be an error cell (or a text looking like one). */
export function mayBeError(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("#") && ERROR_TEXTS.has(value);
}

/** True when any cell of the block could be an error: then its valueTypes are worth loading. */
export function blockMayHoldErrors(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => row.some(mayBeError));
}

/**
 * One cell. `valueType` ("Error", "String", ...) is passed when it was loaded; without it a
 * value can only be an error if `mayBeError` said no block needed checking, so text stays text.
 */
export function toCellValue(value: unknown, valueType?: unknown): CellValue {
  if (valueType === "Error" && typeof value === "string") return { error: value };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    return value;
  }
  return String(value);
}

/**
 * A block of rows, with its valueTypes when they were loaded. Converts IN PLACE (the block
 * Office handed over is ours, and a million-row read should not allocate every row twice).
 */
export function toCellRows(
  values: unknown[][],
  valueTypes?: readonly (readonly unknown[])[]
): CellValue[][] {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const types = valueTypes?.[r];
    for (let c = 0; c < row.length; c++) row[c] = toCellValue(row[c], types?.[c]);
  }
  return values as CellValue[][];
}
