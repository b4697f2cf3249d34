/**
 * The sample workbook's sheets as the fake Excel holds them (test/e2e/fakeOffice): values as
 * Office.js hands them to an add-in, i.e. dates as 1900-system serial numbers, formulas as their
 * cached result, blanks as "". Read in Node with ExcelJS and handed to the page as JSON.
 */
import ExcelJS from "exceljs";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** One ExcelJS cell value as Office.js would give it in `range.values`. */
function officeValue(value) {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof value === "object") {
    if ("result" in value) return officeValue(value.result);
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return value.error;
    return String(value);
  }
  return value;
}

/**
 * Every sheet of `file` from A1 to its last used cell. `tables` turns whole sheets into Excel
 * Tables (sheet name -> table name), so the in-Excel test exercises both read paths.
 * @returns {Promise<{ name: string, rows: unknown[][], table?: { name: string, address: string } }[]>}
 */
export async function readSampleSheets(file, tables = {}) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const columns = sheet.columnCount;
    const rows = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const line = [];
      for (let c = 1; c <= columns; c++) line.push(officeValue(row.getCell(c).value));
      rows.push(line);
    }
    const tableName = tables[sheet.name];
    const lastColumn = String.fromCharCode(64 + columns);
    return {
      name: sheet.name,
      rows,
      ...(tableName
        ? { table: { name: tableName, address: `A1:${lastColumn}${rows.length}` } }
        : {}),
    };
  });
}
