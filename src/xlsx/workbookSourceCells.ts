import type { CellValue } from "../analytics/domain";

/** The shapes ExcelJS gives a cell's value (its CellValue union, narrowed to what we read). */
type ExcelJsValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { error: string }
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: { text: string }[] }
  | { text: unknown; hyperlink: string };

/**
 * A cell value as the engine wants it from an ExcelJS value: numbers, text, booleans and Dates as
 * they are; error cells as CellError; formulas as their cached result (null when the file has
 * none); rich text and hyperlinks as their plain text.
 */
export function cellFromExcelJs(value: unknown): CellValue {
  const v = value as ExcelJsValue;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "object") return null;
  if ("error" in v && typeof v.error === "string") return { error: v.error };
  if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
  if ("hyperlink" in v) return cellFromExcelJs(v.text);
  if ("formula" in v || "sharedFormula" in v || "result" in v) {
    return cellFromExcelJs((v as { result?: unknown }).result);
  }
  return null;
}

/** A1-style range "B3:F100" -> 1-based bounds. Null for anything else. */
export function parseRangeRef(
  ref: string
): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return { top, left, bottom, right };
}

/** "A" -> 1, "Z" -> 26, "AA" -> 27. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);
}
