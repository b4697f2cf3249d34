import type { Instant } from "../../domain";
import { monthFromName } from "./monthNames";
import { foldText } from "./normalizeText";

/** How a day/month/year text is ordered: day first (most of the world) or month first (US). */
export type DateOrder = "dmy" | "mdy";

/**
 * A numeric date text whose order is ambiguous until the data or the culture says: "01/12/2010",
 * "12-1-10 8:26", "01.12.2010 08:26:00 PM". `first` and `second` are the two leading numbers.
 */
export interface NumericDateParts {
  first: number;
  second: number;
  year: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const TIME = String.raw`(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)?`;
const ISO_DATE = new RegExp(
  String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` +
    String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$`,
  "i"
);
const NUMERIC_DATE = new RegExp(
  String.raw`^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})` + TIME + "$",
  "i"
);
const DAY_MONTH_NAME = new RegExp(
  String.raw`^(\d{1,2})(?:er)?[\s\-/.]+([a-z]+\.?)[\s\-/.,]+(\d{4}|\d{2})` + TIME + "$",
  "i"
);
const MONTH_NAME_DAY = new RegExp(
  String.raw`^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME + "$",
  "i"
);

/** A leading weekday name or abbreviation, English or French, with its punctuation. */
const WEEKDAY =
  /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\.?,?\s+|^(lun|mar|mer|jeu|ven|sam|dim)(di|credi|dredi|edi|anche)?\.?,?\s+/i;

/**
 * A 2-digit year as Excel reads it: 00-29 are 2000-2029, 30-99 are 1930-1999.
 * See https://learn.microsoft.com/office/troubleshoot/excel/two-digit-year-numbers
 */
export function expandTwoDigitYear(year: number): number {
  return year < 30 ? 2000 + year : 1900 + year;
}

function clockHours(hours: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hours;
  if (hours < 1 || hours > 12) return null;
  const pm = meridiem.toLowerCase().startsWith("p");
  return (hours % 12) + (pm ? 12 : 0);
}

/** A date and time's parts as instantOf takes them: year, month, day, hours, minutes, seconds, ms. */
type DateTimeParts = [number, number, number, number, number, number, number];

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year` of the proleptic Gregorian calendar (Date's) has a 29 February. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The instant of a calendar date and time, or null when it does not exist (31/02, 25:00).
 * Whole parts in their ranges and a year from 100 (Date.UTC reads 0-99 as 1900-1999) are one
 * Date.UTC after a test of the month's days: a Date object to build and read back took 0.2-1 us
 * a text, for every distinct date of a column. Any other input takes the Date object's way,
 * which the fast one equals where it applies (instantOf.property.test.ts).
 */
export function instantOf(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
  ms = 0
): Instant | null {
  if (
    isWholeIn(year, 100, 275_000) &&
    isWholeIn(month, 1, 12) &&
    isWholeIn(day, 1, 31) &&
    isWholeIn(hours, 0, 23) &&
    isWholeIn(minutes, 0, 59) &&
    isWholeIn(seconds, 0, 59) &&
    isWholeIn(ms, 0, 999)
  ) {
    const days = month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
    return day > days ? null : Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
  }
  return instantOfDateObject(year, month, day, hours, minutes, seconds, ms);
}

/** Whether `n` is a whole number from `low` to `high`. */
function isWholeIn(n: number, low: number, high: number): boolean {
  return n >= low && n <= high && (n | 0) === n;
}

/**
 * instantOf through a Date object: any year, and parts out of range or not whole. Every part is
 * given (instantOf gives its own, defaults included).
 */
export function instantOfDateObject(
  ...[year, month, day, hours, minutes, seconds, ms]: DateTimeParts
): Instant | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(Date.UTC(2000, month - 1, day, hours, minutes, seconds, ms));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime();
}

/**
 * An ISO 8601 date or date-time text ("2010-12-01", "2010-12-01 08:26:00", "2010-12-01T08:26Z",
 * also "2010/12/01"). The time is the wall clock as written: a zone suffix is ignored, since the
 * engine reads every workbook time as UTC wall clock. Null if the text is not one.
 */
export function parseIsoDate(text: string): Instant | null {
  const trimmed = text.trim();
  const plain = plainIsoDate(trimmed);
  return plain !== undefined ? plain : isoDateByPattern(trimmed);
}

/**
 * parseIsoDate by its regular expression alone (parseIsoDate reads the commonest shapes from
 * their characters first; test/analytics/input/isoDate.property.test.ts holds the two equal).
 */
export function isoDateByPattern(text: string): Instant | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  return instantOf(+y, +mo, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms ? +ms.padEnd(3, "0") : 0);
}

/**
 * parseIsoDate of the shapes exports write on every line, read from the characters (the
 * regular expression, with its eight groups, took a microsecond a text): "yyyy-mm-dd",
 * "yyyy-mm-dd hh:mm" and "yyyy-mm-dd hh:mm:ss", a space or a "T" between. Undefined for any
 * other text, which the regular expression reads.
 */
function plainIsoDate(text: string): Instant | null | undefined {
  const n = text.length;
  if ((n !== 10 && n !== 16 && n !== 19) || text[4] !== "-" || text[7] !== "-") return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  if (n === 10) return instantOf(year, month, day);
  // [ T] of a case-insensitive pattern
  const between = text[10];
  if ((between !== " " && between !== "T" && between !== "t") || text[13] !== ":") return undefined;
  const hours = digitsAt(text, 11, 2);
  const minutes = digitsAt(text, 14, 2);
  if (hours < 0 || minutes < 0) return undefined;
  if (n === 16) return instantOf(year, month, day, hours, minutes);
  const seconds = text[16] === ":" ? digitsAt(text, 17, 2) : -1;
  return seconds < 0 ? undefined : instantOf(year, month, day, hours, minutes, seconds);
}

/** The number written by the `count` ASCII digits at `at` (-1: not all digits). */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let k = 0; k < count; k++) {
    const digit = text.charCodeAt(at + k) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The parts of an ambiguous numeric date text ("01/12/2010 08:26"), or null if it is not one. */
export function numericDateParts(text: string): NumericDateParts | null {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return null;
  const [, first, , second, year, h, mi, s, meridiem] = m;
  const hours = clockHours(+(h ?? 0), meridiem);
  if (hours === null) return null;
  return {
    first: +first,
    second: +second,
    year: year.length === 2 ? expandTwoDigitYear(+year) : +year,
    hours,
    minutes: +(mi ?? 0),
    seconds: +(s ?? 0),
  };
}

/** The instant of numeric date parts read in the given order, or null if no such date. */
export function instantOfParts(parts: NumericDateParts, order: DateOrder): Instant | null {
  const [day, month] = order === "dmy" ? [parts.first, parts.second] : [parts.second, parts.first];
  return instantOf(parts.year, month, day, parts.hours, parts.minutes, parts.seconds);
}

/** A date written with a month name: "1 déc. 2010", "01-Dec-10", "December 1, 2010 8:26". */
export function parseMonthNameDate(text: string): Instant | null {
  const folded = foldText(text);
  let m = DAY_MONTH_NAME.exec(folded);
  if (m) {
    const [, day, name, year, h, mi, s, meridiem] = m;
    return fromNamedParts(+day, name, year, h, mi, s, meridiem);
  }
  m = MONTH_NAME_DAY.exec(folded);
  if (m) {
    const [, name, day, year, h, mi, s, meridiem] = m;
    return fromNamedParts(+day, name, year, h, mi, s, meridiem);
  }
  return null;
}

function fromNamedParts(
  day: number,
  name: string,
  year: string,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  meridiem: string | undefined
): Instant | null {
  const month = monthFromName(name);
  const hours = clockHours(+(h ?? 0), meridiem);
  if (month === null || hours === null) return null;
  const fullYear = year.length === 2 ? expandTwoDigitYear(+year) : +year;
  return instantOf(fullYear, month, day, hours, +(mi ?? 0), +(s ?? 0));
}

/**
 * A date text in any form the input layer accepts: ISO, numeric day/month/year in the given
 * order, or with a month name. Null if it is none of them or names a day that does not exist.
 * @example parseDateText("01/12/2010 08:26", "dmy") // Date.UTC(2010, 11, 1, 8, 26)
 */
export function parseDateText(text: string, order: DateOrder): Instant | null {
  const iso = parseIsoDate(text);
  if (iso !== null) return iso;
  const parts = numericDateParts(text);
  if (parts) return instantOfParts(parts, order);
  const named = parseMonthNameDate(text);
  if (named !== null) return named;
  // "lun. 01/12/2010", "Wednesday, December 1, 2010": the weekday adds nothing.
  const withoutWeekday = text.trim().replace(WEEKDAY, "");
  return withoutWeekday !== text.trim() ? parseDateText(withoutWeekday, order) : null;
}
