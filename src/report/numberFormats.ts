/**
 * Number format codes of the report.
 *
 * A format code in an .xlsx file (and in Office.js `numberFormat`) is INVARIANT: "," is the
 * thousands separator and "." the decimal point, whatever the language. Excel shows the number
 * with the separators of the reader's regional settings: the same code "#,##0.00" displays
 * "1,234.50" in London and "1 234,50" in Paris. Translating the code itself ("# ##0,00") would
 * break it. So a French report uses the same codes as an English one; only labels and the
 * currency symbol (and its place: "12,50 €" vs "€12.50") change with the language.
 */
import type { Language } from "../i18n";
import type { ColumnType } from "./model";

export const FORMAT = {
  integer: "#,##0",
  decimal: "#,##0.00",
  decimal1: "#,##0.0",
  percent: "0.0%",
  /** Small shares (0.04 % of rows) that "0.0%" would show as zero. */
  percent2: "0.00%",
  /** Signed change, e.g. "+4.2%": used for changes vs the previous period and uplifts. */
  signedPercent: "+0.0%;-0.0%;0.0%",
  /** ISO dates read the same in every language and sort as text too. */
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
  text: "@",
} as const;

/**
 * Currency format code with the symbol where the language puts it: English before the number
 * ("€#,##0.00"), French after it with a space ("#,##0.00 €"). The symbol is quoted so any
 * symbol or code ("CHF") is literal text in the code.
 */
export function currencyFormat(symbol: string, language: Language, decimals = 2): string {
  const number = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  if (symbol === "") return number;
  const quoted = `"${symbol.replace(/"/g, "")}"`;
  const positive = language === "fr" ? `${number}\\ ${quoted}` : `${quoted}${number}`;
  const negative = language === "fr" ? `-${number}\\ ${quoted}` : `-${quoted}${number}`;
  return `${positive};${negative}`;
}

/**
 * Percentage points, signed, with the unit: "+0.68 pts". Uplift and every change of a rate are
 * points everywhere in the report, so the cells hold points (0.68 = 0.68 percentage points =
 * a rate difference of 0.0068): a format cannot multiply by 100 without a "%" sign, which would
 * read as a relative change. Formulas and the JSON keep rates as fractions; the report's point
 * cells are `(a - b) * 100` over them. `unit` is the language's ("pts").
 */
export function pointsFormat(unit: string, decimals = 2): string {
  const number = decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  const quoted = `" ${unit.replace(/"/g, "")}"`;
  return `+${number}${quoted};-${number}${quoted};${number}${quoted}`;
}

/**
 * Decimals a format shows of the number itself: "+0.0%" shows 3 (0.042 as 4.2%), "+0.00 pts" 2.
 * @example shownDecimals("+0.0%;-0.0%;0.0%") // 3
 */
export function shownDecimals(format: string): number {
  const section = format.split(";")[0].replace(/"[^"]*"/g, "");
  const decimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  return decimals + (section.includes("%") ? 2 : 0);
}

/**
 * The value rounded as its format shows it, never minus zero: a change of -0.0002 under "+0.0%"
 * is 0 (shown "0.0%", neutral), not "-0.0%" in red.
 * @example roundAsShown(-0.0002, "+0.0%;-0.0%;0.0%") // 0
 */
export function roundAsShown(value: number, format: string): number {
  // half away from zero, as Excel's ROUND (the change's formula) rounds
  const scale = 10 ** shownDecimals(format);
  return (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale || 0;
}

/** The default format code of a column type (currency takes the report's symbol). */
export function defaultFormat(type: ColumnType, currency: string): string {
  switch (type) {
    case "integer":
      return FORMAT.integer;
    case "decimal":
      return FORMAT.decimal;
    case "currency":
      return currency;
    case "percent":
      return FORMAT.percent;
    case "date":
      return FORMAT.date;
    case "text":
      return FORMAT.text;
  }
}

/**
 * A format code that shows a label before the number in every section, e.g. the KPI change
 * "vs previous period +4.2%": `"vs previous period "+0.0%;"vs previous period "-0.0%;...`.
 * Keeps the cell a number (sortable, referable) while it reads as a sentence.
 */
export function prefixedFormat(format: string, prefix: string): string {
  const quoted = `"${prefix.replace(/"/g, "")} "`;
  return format
    .split(";")
    .map((section) => quoted + section)
    .join(";");
}
