import { MS_PER_DAY, type Instant } from "../../domain";

/** 1899-12-30, day 0 of the 1900 date system for serials from 61 (1900-03-01) on. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1904-01-01, day 0 of the 1904 date system (old Mac Excel). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Serial of 1900-02-29 in the 1900 system: a day that never existed (Lotus 1-2-3's leap-year bug). */
export const FICTITIOUS_1900_02_29 = 60;
/** Serial of 9999-12-31, the last day Excel can show (1900 system). */
export const LAST_SERIAL_1900 = 2_958_465;

/**
 * The instant (wall clock read as UTC) of an Excel serial date-time. In the 1900 system serial 1
 * is 1900-01-01 and Excel counts a 1900-02-29 that never existed (serial 60), so serials before it
 * are one day off from those after; in the 1904 system serial 0 is 1904-01-01. The fraction is the
 * time of day, rounded to the millisecond. Returns null for the fictitious day and for serials
 * outside what Excel can display.
 * See https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 * @example excelSerialToInstant(40513.35138888889, false) // Date.UTC(2010, 11, 1, 8, 26)
 */
export function excelSerialToInstant(serial: number, date1904: boolean): Instant | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (date1904) {
    if (serial > LAST_SERIAL_1900 - 1462) return null;
    return EPOCH_1904 + Math.round(serial * MS_PER_DAY);
  }
  if (serial > LAST_SERIAL_1900 + 1 || serial < 1) return null;
  const day = Math.floor(serial);
  if (day === FICTITIOUS_1900_02_29) return null;
  // Before the fictitious day, Excel's serials are one day ahead of the real calendar.
  const shift = day < FICTITIOUS_1900_02_29 ? MS_PER_DAY : 0;
  return EPOCH_1900 + shift + Math.round(serial * MS_PER_DAY);
}

/** The Excel serial of an instant, inverse of `excelSerialToInstant` (for tests and writers). */
export function instantToExcelSerial(t: Instant, date1904: boolean): number {
  if (date1904) return (t - EPOCH_1904) / MS_PER_DAY;
  const days = (t - EPOCH_1900) / MS_PER_DAY;
  // Days up to 1900-02-28 (61 days after the epoch) sit before the fictitious day.
  return days < FICTITIOUS_1900_02_29 + 1 ? days - 1 : days;
}

/**
 * Whether a number is past the last day Excel can show (9999-12-31) in the workbook's date
 * system: in a date column it is a sentinel or a corrupt value, not an unreadable text, and is
 * reported as an implausible date.
 */
export function isPastExcelLastDay(serial: number, date1904: boolean): boolean {
  return (
    Number.isFinite(serial) && serial >= (date1904 ? LAST_SERIAL_1900 - 1462 : LAST_SERIAL_1900) + 1
  );
}
