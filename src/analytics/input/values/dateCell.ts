import type { CellValue, Instant } from "../../domain";
import { excelSerialToInstant } from "./excelSerialDate";
import { parseDateText, type DateOrder } from "./dateText";

/**
 * The instant of a date cell: an Excel serial number (1900 or 1904 system), a JS Date (ExcelJS
 * hands dates over as the wall clock in UTC, so its time value is already our Instant), or a
 * date text (ISO, numeric in the given order, with a month name). Null for anything else;
 * numeric text ("40513") is read as a serial, as Excel would show it with a date format.
 */
export function parseDateCell(
  value: CellValue,
  options: { date1904: boolean; order: DateOrder }
): Instant | null {
  if (typeof value === "number") return excelSerialToInstant(value, options.date1904);
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? null : t;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text) && text.length >= 5) {
    return excelSerialToInstant(Number(text), options.date1904);
  }
  return parseDateText(text, options.order);
}
