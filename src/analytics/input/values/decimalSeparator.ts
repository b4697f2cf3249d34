import type { CellValue } from "../../domain";
import { forEachCounted, type CountedValues } from "./countedValues";

/** "0" to "9" only, as \d in the patterns of this module. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** What one text says about the decimal separator of its column, or null when it says nothing. */
function evidence(text: string): "." | "," | null {
  const comma = text.lastIndexOf(",");
  const point = text.lastIndexOf(".");
  if (comma < 0 && point < 0) return null;
  // Both present: the later one is the decimal separator ("1.234,56", "1,234.56").
  if (comma >= 0 && point >= 0) return comma > point ? "," : ".";
  const sep = comma >= 0 ? "," : ".";
  const at = comma >= 0 ? comma : point;
  // Repeated: a thousands separator ("1.234.567"), so the decimal is the other one.
  if (text.indexOf(sep) !== at) return sep === "," ? "." : ",";
  // Once, not followed by exactly three digits: a decimal ("2,55", "12.5").
  let end = at + 1;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end - at - 1 === 3 ? null : sep;
}

/**
 * The decimal separator a column's numeric texts use, judged from the whole column the way
 * date order is: "1.234,56", "2,55" or "1.234.567" settle it; "1,234" alone does not. The side
 * with more evidence wins; null when no text settles it (the culture then decides).
 * @example decideDecimalSeparator(["1,234", "12,345.60"]) // "." : so "1,234" is 1234
 */
export function decideDecimalSeparator(
  values: Iterable<CellValue> | CountedValues
): "." | "," | null {
  let points = 0;
  let commas = 0;
  // A text repeated down consecutive lines says the same again: judged once.
  let lastText: string | undefined;
  let sep: "." | "," | null = null;
  forEachCounted(values, (value, count) => {
    if (typeof value !== "string") return;
    if (value !== lastText) {
      lastText = value;
      sep = /\d/.test(value) ? evidence(value.trim()) : null;
    }
    if (sep === ".") points += count;
    else if (sep === ",") commas += count;
  });
  if (points === 0 && commas === 0) return null;
  return points >= commas ? "." : ",";
}
