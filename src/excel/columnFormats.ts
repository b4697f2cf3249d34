/**
 * The number formats of a sheet's first rows, read with the first block of values (same sync):
 * per column, the first format other than General, where the money columns' currency is read
 * (src/analytics/currency). Range.numberFormat is Excel's format code of each cell, invariant
 * ("#,##0.00 \"€\"") whatever the user's locale:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-numberformat-member
 */

/** Rows looked at for a column's format: the data rows under a header show the column's habit. */
export const FORMAT_ROWS_SAMPLED = 50;

/** Per column, the first number format of `formats` (rows x columns) other than General. */
export function firstFormatOfColumns(formats: readonly (readonly unknown[])[]): (string | null)[] {
  const columns = formats.reduce((n, row) => Math.max(n, row.length), 0);
  const found: (string | null)[] = new Array<string | null>(columns).fill(null);
  for (const row of formats) {
    row.forEach((format, c) => {
      if (found[c] === null && typeof format === "string" && format !== "General")
        found[c] = format;
    });
  }
  return found;
}
