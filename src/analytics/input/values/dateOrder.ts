import type { CellValue } from "../../domain";
import { forEachCounted, type CountedValues } from "./countedValues";
import { numericDateParts, type DateOrder } from "./dateText";

/**
 * Cultures that write the month first (kept as data). Every other culture with a region writes
 * the day first (fr-FR, en-GB, de-DE, ...). Compared in lower case.
 */
export const MONTH_FIRST_CULTURES: readonly string[] = [
  "en-us",
  "en-ph",
  "es-us",
  "en-as",
  "en-gu",
  "en-pr",
  "en-um",
  "en-vi",
  "en-fm",
  "en-mh",
];

/** Why a date order was chosen: the data settled it, the culture did, or nothing did. */
export type DateOrderBasis = "data" | "culture" | "option" | "default" | "none";

export interface DateOrderDecision {
  /** "iso" when the column holds no ambiguous numeric date text at all. */
  order: DateOrder | "iso";
  basis: DateOrderBasis;
  /** Texts that contradict the decision (e.g. 25/12/2010 and 12/25/2010 in one column). */
  conflicts: number;
}

/** The day order a culture writes, or null when the culture is unknown or absent. */
export function dateOrderOfCulture(culture: string | undefined): DateOrder | null {
  if (!culture) return null;
  const tag = culture.toLowerCase().replace("_", "-");
  if (MONTH_FIRST_CULTURES.includes(tag)) return "mdy";
  return /^[a-z]{2,3}-[a-z]{2}/.test(tag) || tag === "fr" ? "dmy" : null;
}

/**
 * The day order of a short date pattern as Excel gives it ("dd/MM/yyyy" day first, "M/d/yyyy"
 * month first; quoted literals ignored), or null when it puts the year first ("yyyy/MM/dd":
 * the texts then say their own order) or has no day or month.
 */
export function dateOrderOfPattern(pattern: string | undefined): DateOrder | null {
  if (!pattern) return null;
  const fields = pattern.replace(/'[^']*'|"[^"]*"/g, "");
  const day = fields.indexOf("d");
  const month = fields.indexOf("M");
  const year = fields.search(/y/i);
  if (day < 0 || month < 0 || (year >= 0 && year < day && year < month)) return null;
  return day < month ? "dmy" : "mdy";
}

/**
 * Decides how a column's numeric date texts are ordered. The data comes first: a first number
 * over 12 can only be a day (dmy), a second number over 12 only a day (mdy); over the whole
 * column, the side with more such evidence wins and the rest count as conflicts. Without
 * evidence, an explicit option, then the workbook culture (its short date pattern when the host
 * gives it, else its name: fr-* and en-GB day first, en-US month first), then day first (the
 * product's users are French) decide.
 */
export function decideDateOrder(
  values: Iterable<CellValue> | CountedValues,
  options: { culture?: string; dateOrder?: DateOrder; shortDatePattern?: string }
): DateOrderDecision {
  let ambiguousTexts = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  // A text repeated down consecutive lines (an invoice's lines) is parsed once.
  let lastText: string | undefined;
  let parts: ReturnType<typeof numericDateParts> = null;
  forEachCounted(values, (value, count) => {
    if (typeof value !== "string") return;
    if (value !== lastText) {
      lastText = value;
      parts = numericDateParts(value);
    }
    if (!parts) return;
    ambiguousTexts += count;
    if (parts.first > 12 && parts.second <= 12) dayFirst += count;
    else if (parts.second > 12 && parts.first <= 12) monthFirst += count;
  });
  if (ambiguousTexts === 0) return { order: "iso", basis: "none", conflicts: 0 };
  if (dayFirst > 0 || monthFirst > 0) {
    const order: DateOrder = dayFirst >= monthFirst ? "dmy" : "mdy";
    return { order, basis: "data", conflicts: Math.min(dayFirst, monthFirst) };
  }
  if (options.dateOrder) return { order: options.dateOrder, basis: "option", conflicts: 0 };
  const fromCulture =
    dateOrderOfPattern(options.shortDatePattern) ?? dateOrderOfCulture(options.culture);
  if (fromCulture) return { order: fromCulture, basis: "culture", conflicts: 0 };
  return { order: "dmy", basis: "default", conflicts: 0 };
}
