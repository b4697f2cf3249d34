import type { CellValue, Instant } from "../../domain";
import { excelSerialToInstant, isPastExcelLastDay } from "./excelSerialDate";
import { instantOf, parseDateText, type DateOrder } from "./dateText";

/**
 * A date written as the number yyyymmdd (19970101), as many exports and the CDNOW data do.
 * Such numbers are far past the last Excel serial (2958465), so they cannot be mistaken for one.
 */
function compactDate(n: number): Instant | null {
  if (!Number.isInteger(n) || n < 1000_01_01 || n > 9999_12_31) return null;
  return instantOf(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
}

/**
 * The instant of a date cell: an Excel serial number (1900 or 1904 system), a JS Date (ExcelJS
 * hands dates over as the wall clock in UTC, so its time value is already our Instant), or a
 * date text (ISO, numeric in the given order, with a month name), or yyyymmdd. Null for anything
 * else; numeric text ("40513") is read as a serial, as Excel would show it with a date format.
 */
export function parseDateCell(
  value: CellValue,
  options: { date1904: boolean; order: DateOrder }
): Instant | null {
  if (typeof value === "number") {
    return compactDate(value) ?? excelSerialToInstant(value, options.date1904);
  }
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? null : t;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (/^\d+([.,]\d+)?$/.test(text) && text.length >= 5) {
    // A serial written as text, maybe with a decimal comma ("40513,35" from a French export).
    const n = Number(text.replace(",", "."));
    return compactDate(n) ?? excelSerialToInstant(n, options.date1904);
  }
  return parseDateText(text, options.order);
}

/**
 * Whether a date cell that could not be read is a number (or numeric text) past Excel's last day:
 * a sentinel such as 99999999 or 3000000, reported as "implausibleDate" rather than unreadable.
 */
export function isDateCellPastLastDay(value: CellValue, date1904: boolean): boolean {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\d+([.,]\d+)?$/.test(value.trim()))
    n = Number(value.trim().replace(",", "."));
  else return false;
  return isPastExcelLastDay(n, date1904);
}
