/**
 * Which columns of a sheet hold dates, from their cells' number formats. Office.js hands a date
 * cell over as its serial number, exactly like a plain number: only the format tells them apart.
 * A number in a Date-formatted column is an Excel serial and becomes a Date here (as the .xlsx
 * source's ExcelJS hands it over); a number in a General or Number column stays a number.
 *
 * Measured once per sheet, on the probe block (the header and the first rows): on ExcelApi 1.12
 * from Range.numberFormatCategories ("Date", "Time", ... learn.microsoft.com,
 * Excel.Range.numberFormatCategories), and from the format code itself (Range.numberFormat,
 * ExcelApi 1.1, always in en-US notation) where the category is "Custom" (a date format the
 * user made, such as yyyy-mm-dd) or the host is older.
 */
import type { CellValue } from "../analytics/domain";
import { excelSerialToInstant } from "../analytics/input";
import type { ExcelHost, HostWorksheet } from "./host";
import type { RequirementCheck } from "./requirements";

/**
 * True when a number format code shows a date (day, month or year; a time may come with it). Its
 * first section only; quoted text, escaped characters and [colour]/[$-locale] parts ignored; an
 * "m" next to "h" or "s" is minutes, not a month.
 */
export function isDateFormatCode(code: string): boolean {
  const section = code.split(";")[0];
  const fields = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "")
    .toLowerCase();
  if (/[yd]/.test(fields)) return true;
  // Only "m": a month unless it sits next to an hour or a second (h:mm, mm:ss).
  return /m/.test(fields) && !/h[^a-z]*m|m[^a-z]*s/.test(fields);
}

/** A date column per column of the probe block, and the workbook's date system. */
export interface DateColumns {
  columns: boolean[];
  date1904: boolean;
}

/**
 * One sync: the probe block's number formats (and, on 1.12, their categories) and DATE(1904,1,1)
 * (0 in the 1904 system). A column is a date column when it has a number in the probe and every
 * number there is formatted as a date.
 */
export async function probeDateColumns(
  context: ExcelHost,
  sheet: HostWorksheet,
  block: { row: number; col: number; rows: number; cols: number },
  values: readonly (readonly unknown[])[],
  supports: RequirementCheck
): Promise<DateColumns> {
  const categories = supports("ExcelApi", "1.12");
  const range = sheet
    .getRangeByIndexes(block.row, block.col, block.rows, block.cols)
    .load(categories ? ["numberFormat", "numberFormatCategories"] : ["numberFormat"]);
  const epoch = context.workbook.functions.date(1904, 1, 1).load("value");
  await context.sync();
  const columns = Array.from({ length: block.cols }, (_, c) => {
    let numbers = 0;
    let dates = 0;
    values.forEach((row, r) => {
      if (typeof row[c] !== "number") return;
      numbers++;
      const category = categories ? String(range.numberFormatCategories[r][c]) : "Custom";
      const isDate =
        category === "Date" ||
        (category === "Custom" && isDateFormatCode(String(range.numberFormat[r][c])));
      if (isDate) dates++;
    });
    return numbers > 0 && dates === numbers;
  });
  return { columns, date1904: epoch.value === 0 };
}

/** Turns the serial numbers of the date columns into Dates, in place (UTC wall clock). */
export function serialsToDates(rows: CellValue[][], dates: DateColumns): void {
  if (!dates.columns.some(Boolean)) return;
  for (const row of rows) {
    dates.columns.forEach((isDate, c) => {
      const value = row[c];
      if (!isDate || typeof value !== "number") return;
      const instant = excelSerialToInstant(value, dates.date1904);
      if (instant !== null) row[c] = new Date(instant);
    });
  }
}
