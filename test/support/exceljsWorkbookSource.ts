import ExcelJS from "exceljs";
import type { CellValue, RawSheet, WorkbookInfo } from "../../src/analytics/domain";
import type {
  ReadProgress,
  SheetListing,
  WorkbookSource,
} from "../../src/analytics/input/workbookSource";
import { InputFileError } from "../../src/xlsx/inputFileError";
import { withExcelSheetNames } from "../../src/xlsx/longSheetNames";
import { checkWorkbookBytes } from "../../src/xlsx/workbookBytesCheck";
import {
  cellFromExcelJs,
  cultureFromNumberFormats,
  parseRangeRef,
} from "../../src/xlsx/workbookSourceCells";

/** A table as ExcelJS hands it over after loading a file (its typings describe the writer side). */
interface LoadedTable {
  name: string;
  table?: { tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean };
}

import type { XlsxSourceOptions } from "../../src/xlsx/workbookSourceXlsx";

/** How many rows of each sheet are looked at for number formats that reveal the culture. */
const FORMAT_ROWS_SAMPLED = 50;

/** How often (in rows) a read reports progress. */
const PROGRESS_EVERY = 10_000;

/**
 * The reference reader the values-only reader (src/xlsx/workbookSourceXlsx.ts) is checked
 * against: the ExcelJS-based WorkbookSource the CLI and the pane used until issue 15, kept as
 * it was (ExcelJS builds the whole workbook model, several seconds on the sample in a browser).
 * WorkbookSource over an .xlsx file's bytes (ExcelJS), for the CLI and the browser without Excel.
 * A sheet with an Excel Table is read from the first Table's range (without its totals row);
 * other sheets from their used range. The 1904 date system comes from the workbook properties;
 * the culture from the caller, else from the number formats (cultureFromNumberFormats).
 */
export class ExcelJsWorkbookSource implements WorkbookSource {
  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly options: XlsxSourceOptions
  ) {}

  /**
   * Loads a workbook from its bytes (a Node Buffer, an ArrayBuffer or a Uint8Array). What is not
   * an .xlsx it can read (password-protected, .xls, text, too large, damaged) is refused with an
   * InputFileError saying so (checkWorkbookBytes first, then ExcelJS's own failures mapped to
   * plain words): ExcelJS's and JSZip's messages never reach the user. Sheet names over 31
   * characters are truncated first (withExcelSheetNames), which ExcelJS cannot do itself.
   */
  static async load(
    data: ArrayBuffer | Uint8Array,
    options: XlsxSourceOptions = {}
  ): Promise<ExcelJsWorkbookSource> {
    const checked = data instanceof Uint8Array ? data : new Uint8Array(data);
    checkWorkbookBytes(checked);
    const bytes = await withExcelSheetNames(checked);
    const workbook = new ExcelJS.Workbook();
    try {
      // ExcelJS types ask for a Node Buffer, but it hands the bytes to JSZip, which takes any of these.
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    } catch {
      throw new InputFileError("file.damagedWorkbook");
    }
    return new ExcelJsWorkbookSource(workbook, options);
  }

  async info(): Promise<WorkbookInfo> {
    return {
      date1904: Boolean(this.workbook.properties?.date1904),
      culture: this.options.culture ?? cultureFromNumberFormats(this.numberFormats()),
    };
  }

  /** The number formats of the first rows of every sheet (enough to see the workbook's habits). */
  private *numberFormats(): Iterable<string> {
    for (const sheet of this.workbook.worksheets) {
      const last = Math.min(sheet.rowCount, FORMAT_ROWS_SAMPLED);
      for (let r = 1; r <= last; r++) {
        const row = sheet.getRow(r);
        for (let c = 1; c <= sheet.columnCount; c++) {
          // ExcelJS, not Office.js: nothing to load.
          // eslint-disable-next-line office-addins/load-object-before-read
          const format = row.getCell(c).numFmt;
          if (format) yield format;
        }
      }
    }
  }

  async listSheets(): Promise<SheetListing[]> {
    return this.workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      tables: tablesOf(sheet).map((t) => ({ name: t.name })),
      rowCount: sheet.rowCount,
      columnCount: sheet.columnCount,
    }));
  }

  async readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet> {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    const table = tablesOf(sheet)[0];
    const tableRange = table
      ? parseRangeRef(table.table?.tableRef ?? table.table?.ref ?? "")
      : null;
    if (table && tableRange) {
      const bottom = tableRange.bottom - (table.table?.totalsRow ? 1 : 0);
      const area = { ...tableRange, bottom };
      const rows = readRange(sheet, area, onProgress);
      const columnFormats = formatsOfColumns(sheet, area);
      return { name, rows, firstRow: tableRange.top, tableName: table.name, columnFormats };
    }
    if (sheet.rowCount === 0) return { name, rows: [], firstRow: 1 };
    const used = { top: 1, left: 1, bottom: sheet.rowCount, right: sheet.columnCount };
    const columnFormats = formatsOfColumns(sheet, used);
    return { name, rows: readRange(sheet, used, onProgress), firstRow: 1, columnFormats };
  }
}

function tablesOf(sheet: ExcelJS.Worksheet): LoadedTable[] {
  return sheet.getTables() as unknown as LoadedTable[];
}

/**
 * Per column of the range, the first number format other than General in its first rows
 * (FORMAT_ROWS_SAMPLED): the header row has none, the data rows show the column's currency.
 */
function formatsOfColumns(
  sheet: ExcelJS.Worksheet,
  range: { top: number; left: number; bottom: number; right: number }
): (string | null)[] {
  const formats: (string | null)[] = [];
  const last = Math.min(range.bottom, range.top + FORMAT_ROWS_SAMPLED);
  for (let c = range.left; c <= range.right; c++) {
    let found: string | null = null;
    for (let r = range.top; r <= last && found === null; r++) {
      const format = sheet.getRow(r).getCell(c).numFmt;
      if (format && format !== "General") found = format;
    }
    formats.push(found);
  }
  return formats;
}

function readRange(
  sheet: ExcelJS.Worksheet,
  range: { top: number; left: number; bottom: number; right: number },
  onProgress?: ReadProgress
): CellValue[][] {
  const rows: CellValue[][] = [];
  const total = range.bottom - range.top + 1;
  for (let r = range.top; r <= range.bottom; r++) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) {
      // ExcelJS, not Office.js: nothing to load (the Office add-in rule cannot tell them apart).
      // eslint-disable-next-line office-addins/load-object-before-read
      cells.push(cellFromExcelJs(row.getCell(c).value));
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
    if (onProgress && rows.length % PROGRESS_EVERY === 0) onProgress(rows.length, total);
  }
  onProgress?.(rows.length, total);
  return rows;
}
