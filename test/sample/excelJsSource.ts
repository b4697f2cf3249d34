/**
 * A WorkbookSource over an .xlsx file read with ExcelJS, for the sample tests. The product's
 * own xlsx source lives in src/xlsx (not there yet when these tests were written); this one
 * handles the plain cells the sample holds: text, numbers, dates, blanks.
 */
import ExcelJS from "exceljs";
import type { CellValue, RawSheet } from "../../src/analytics/domain";
import type { WorkbookSource } from "../../src/analytics/input";

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (typeof value === "object" && "error" in value) return { error: String(value.error) };
  if (typeof value === "object" && "result" in value)
    return cellValue(value.result as ExcelJS.CellValue);
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "text" in value) return String(value.text);
  return null;
}

/** Reads every sheet's values into memory once. */
export async function excelJsSource(
  file: string
): Promise<WorkbookSource & { sheets: RawSheet[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: RawSheet[] = workbook.worksheets.map((ws) => {
    // ws.columnCount scans every row: read it once (in the loop it makes reading quadratic).
    const width = ws.columnCount;
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      rows[rowNumber - 1] = Array.from({ length: width }, (_, c) => cellValue(values[c + 1]));
    });
    return { name: ws.name, rows, firstRow: 1 };
  });
  return {
    sheets,
    info: async () => ({ date1904: workbook.properties.date1904 ?? false }),
    listSheets: async () =>
      sheets.map((s) => ({
        name: s.name,
        tables: [],
        rowCount: s.rows.length,
        columnCount: s.rows[0]?.length ?? 0,
      })),
    readSheet: async (name) => {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      return sheet;
    },
  };
}
