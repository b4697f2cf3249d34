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

/**
 * Windows locale ids (LCID, hex) as number formats carry them ("[$€-40C]", "[$-409]dd/mm"),
 * mapped to cultures. Kept as data; only the ones our users' workbooks are likely to hold.
 */
export const FORMAT_LCID_CULTURES: Readonly<Record<string, string>> = {
  "40c": "fr-FR",
  "80c": "fr-BE",
  c0c: "fr-CA",
  "100c": "fr-CH",
  "140c": "fr-LU",
  "409": "en-US",
  "809": "en-GB",
  c09: "en-AU",
  "1009": "en-CA",
  "1809": "en-IE",
  "407": "de-DE",
  "410": "it-IT",
  c0a: "es-ES",
  "413": "nl-NL",
  "816": "pt-PT",
};

/**
 * The culture a workbook's number formats reveal, or undefined: a locale tag in a format
 * ("[$€-40C]" is fr-FR) first; else a custom date format written day first ("dd/mm/yyyy")
 * or month first ("mm/dd/yyyy"; Excel's built-in short date "mm-dd-yy" says nothing, it is
 * shown in the reader's own locale). An .xlsx records no culture, so this is a hint for
 * text dates and "1,234", never stronger than what the data itself shows.
 */
export function cultureFromNumberFormats(formats: Iterable<string>): string | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const format of formats) {
    const lcid = /\[\$[^\]-]*-([0-9a-f]{3,4})\]/i.exec(format)?.[1]?.toLowerCase();
    if (lcid && FORMAT_LCID_CULTURES[lcid]) return FORMAT_LCID_CULTURES[lcid];
    const date = format.toLowerCase().replace(/\[[^\]]*\]|"[^"]*"/g, "");
    if (date === "mm-dd-yy") continue;
    if (/d{1,2}[/.-]m{1,2}[/.-]y/.test(date)) dayFirst++;
    else if (/m{1,2}[/.-]d{1,2}[/.-]y/.test(date)) monthFirst++;
  }
  if (dayFirst > monthFirst) return "fr-FR";
  if (monthFirst > dayFirst) return "en-US";
  return undefined;
}
