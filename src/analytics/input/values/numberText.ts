import type { CellValue } from "../../domain";

/** Cultures whose decimal separator is a point (kept as data); the others use a comma. */
export const POINT_DECIMAL_LANGUAGES: readonly string[] = [
  "en",
  "ja",
  "zh",
  "ko",
  "he",
  "th",
  "hi",
  "ms",
];

/** Currency signs and codes stripped from amounts (kept as data). */
const CURRENCY = /(?:€|\$|£|¥|₹|₣|CHF|EUR|USD|GBP|CAD|AUD|JPY|Fr\.?|F CFA|FCFA)/gi;
/** A plain number as JavaScript writes it: digits, an optional point and sign. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Spaces used as thousands separators: normal, no-break, narrow no-break, thin, and apostrophes. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009\u2007'’]/g;

/** The decimal separator of a culture, or null when no culture is known. */
export function decimalSeparatorOf(culture: string | undefined): "." | "," | null {
  if (!culture) return null;
  const language = culture.toLowerCase().split(/[-_]/)[0];
  return POINT_DECIMAL_LANGUAGES.includes(language) ? "." : ",";
}

/**
 * Removes the thousands separators and makes "." the decimal point. When both "," and "." occur,
 * the last one is the decimal separator. A lone separator followed by exactly three digits is
 * ambiguous ("1,234"): the culture's decimal separator decides, and without a culture it is read
 * as a decimal. A separator repeated is a thousands separator ("1.234.567").
 */
function canonicalDigits(text: string, decimal: "." | "," | null): string | null {
  const commas = text.split(",").length - 1;
  const points = text.split(".").length - 1;
  if (commas > 0 && points > 0) {
    const decimalSep = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const groupSep = decimalSep === "," ? "." : ",";
    if (text.split(decimalSep).length - 1 > 1) return null;
    return text.split(groupSep).join("").replace(",", ".");
  }
  const sep = commas > 0 ? "," : points > 0 ? "." : null;
  if (!sep) return text;
  const count = sep === "," ? commas : points;
  if (count > 1) {
    // Groups of three digits after the first: thousands separators.
    return /^\d{1,3}([.,]\d{3})+$/.test(text) ? text.split(sep).join("") : null;
  }
  const after = text.slice(text.indexOf(sep) + 1);
  const before = text.slice(0, text.indexOf(sep));
  const looksGrouped = /^\d{3}$/.test(after) && /^\d{1,3}$/.test(before) && before !== "0";
  const isGroup = looksGrouped && decimal !== null && decimal !== sep;
  return isGroup ? text.replace(sep, "") : text.replace(sep, ".");
}

/**
 * A number written as text the way spreadsheets and exports write them: "1 234,56 €" (normal and
 * narrow no-break spaces), "$1,234.56", "1.234,56", "12,5 %" (0.125), "(12.50)" (-12.5),
 * "-12", "12-", "−12" (Unicode minus), "1e3", and the accounting zero "-" / "€ -". "1,234" is settled by `decimal` (the column's
 * separator, see decideDecimalSeparator), else by the culture (see canonicalDigits).
 * Null if the text is not a number.
 * @example parseNumberText("1 234,56 €") // 1234.56
 */
export function parseNumberText(
  text: string,
  culture?: string,
  decimal?: "." | ","
): number | null {
  let s = text.trim();
  if (s === "") return null;
  const decimalSeparator = decimal ?? decimalSeparatorOf(culture);
  if (PLAIN_NUMBER.test(s)) {
    // Fast path for the common "12", "-3.5": only "1.234" needs the separator rules below.
    const point = s.indexOf(".");
    if (point < 0 || s.length - point - 1 !== 3 || decimalSeparator !== ",") return Number(s);
  }
  let negative = false;
  let percent = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY, "").replace(GROUP_SPACES, "");
  // Excel's accounting format shows zero as a dash ("€ -"), and exports keep it.
  if (/^[-–—]$/.test(s)) return 0;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  } else if (s.startsWith("%")) {
    percent = true;
    s = s.slice(1);
  }
  s = s.replace(/[\u2212\u2013]/g, "-");
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = negative !== s.startsWith("-");
    s = s.slice(1);
  } else if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  // A currency sign may also sit between the sign and the digits ("-$12"): already removed.
  const exponentMatch = /^(.*?)(e[+-]?\d+)$/i.exec(s);
  const mantissa = exponentMatch ? exponentMatch[1] : s;
  const exponent = exponentMatch ? exponentMatch[2] : "";
  if (!/^(\d[\d.,]*|[.,]\d+)$/.test(mantissa)) return null;
  const digits = canonicalDigits(mantissa, decimalSeparator);
  if (digits === null || !/^(\d+(\.\d*)?|\.\d+)$/.test(digits)) return null;
  const value = Number(digits + exponent);
  if (!Number.isFinite(value)) return null;
  const signed = negative ? -value : value;
  return percent ? signed / 100 : signed;
}

/**
 * A numeric cell: numbers as they are, numeric text parsed by `parseNumberText`. Null for
 * blanks, booleans, dates, errors and text that is not a number.
 */
export function parseNumberCell(
  value: CellValue,
  culture?: string,
  decimal?: "." | ","
): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return parseNumberText(value, culture, decimal);
  return null;
}
