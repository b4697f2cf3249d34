import type { CellValue } from "../../domain";
import { isCellError } from "./errorValue";

/**
 * A cell as plain text, for identifiers, labels and headers: trimmed text; numbers in full
 * ("17850", not "17850.0"); dates as ISO (yyyy-mm-dd, with the time when there is one);
 * booleans as TRUE/FALSE; error cells as their code; "" for blanks.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? "" : value.toISOString();
    return iso.endsWith("T00:00:00.000Z")
      ? iso.slice(0, 10)
      : iso.replace(/\.000Z$/, "").replace("T", " ");
  }
  if (isCellError(value)) return value.error;
  return "";
}

/** True for a cell with nothing in it (null or only spaces). */
export function isBlankCell(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}
