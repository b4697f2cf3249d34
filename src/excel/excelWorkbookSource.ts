/**
 * The WorkbookSource port over Office.js: lists the sheets and their Excel Tables, reads a sheet
 * in row blocks sized to stay under Excel on the web's 5 MB payload limit (payloadSize.ts), one
 * sync per block: the first block is a probe (the header and a few rows) whose measured size
 * sizes the next, and a block Excel refuses as too large is halved and read again.
 * Values are handed over raw, except that a number in a column formatted as dates becomes a Date
 * (dateColumns.ts: the format, measured on the probe, is what tells a serial from a number);
 * error cells become CellError.
 */
import type { RawSheet, WorkbookInfo } from "../analytics/domain";
import type { ReadProgress, SheetListing, WorkbookSource } from "../analytics/input/workbookSource";
import { toCellRows, blockMayHoldErrors } from "./cellValues";
import { type DateColumns, probeDateColumns, serialsToDates } from "./dateColumns";
import { firstFormatOfColumns, FORMAT_ROWS_SAMPLED } from "./columnFormats";
import { ExcelHostError, officeErrorCode, toExcelError } from "./excelError";
import type { ExcelHost, HostWorksheet } from "./host";
import { surveySheets } from "./ownership";
import {
  isPayloadLimitError,
  MAX_CELLS_PER_READ,
  rowJsonBytes,
  TARGET_BYTES_PER_SYNC,
} from "./payloadSize";
import type { RequirementCheck } from "./requirements";

/** Runs a batch on a request context: `Excel.run` in the add-in, the fake in tests. */
export type ExcelRunner = <T>(batch: (context: ExcelHost) => Promise<T>) => Promise<T>;

/**
 * The real runner. `delayForCellEdit`: a batch sent while the user is typing in a cell waits
 * until they leave it, instead of failing with InvalidOperationInCellEditMode
 * (learn.microsoft.com, Excel.RunOptions).
 */
export const excelRun: ExcelRunner = (batch) =>
  Excel.run({ delayForCellEdit: true }, (context) => batch(context));

export interface ExcelSourceOptions {
  supports: RequirementCheck;
  /** Aim for this many bytes per sync [3 MiB]. */
  targetBytesPerSync?: number;
  /** Rows read by the first, measuring sync, header included [16]. */
  probeRows?: number;
}

/** The rows of the probe block: enough to measure a row, few enough never to be refused. */
const PROBE_ROWS = 16;

/** A sheet listing with each table's header row (what the column mapping starts from). */
export interface ExcelSheetListing extends SheetListing {
  tables: { name: string; headers: string[] }[];
  /** A report sheet the add-in wrote (see ownership.ts): not input data. */
  ownedByAddIn: boolean;
}

/**
 * Where a sheet's data is: the first Excel Table if any (totals row excluded), else A1 to the
 * used range's last cell.
 */
interface DataArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
  tableName?: string;
}

/**
 * Rows in the next block: as many as fit `targetBytes` at the measured bytes per row, at least
 * one, at most what is left and never more than MAX_CELLS_PER_READ cells.
 */
export function nextBlockRows(
  bytesPerRow: number,
  remaining: number,
  columns: number,
  targetBytes: number
): number {
  const byBytes = Math.floor(targetBytes / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_CELLS_PER_READ / Math.max(1, columns));
  return Math.max(1, Math.min(remaining, byBytes, byCells));
}

/**
 * Mean UTF-8 JSON bytes of a row (the measure Excel's payload limit applies to), on at most
 * ~1,000 evenly spaced rows of the block.
 */
export function sampledBytesPerRow(values: readonly (readonly unknown[])[]): number {
  if (values.length === 0) return 0;
  const step = Math.max(1, Math.floor(values.length / 1000));
  let bytes = 0;
  let rows = 0;
  for (let r = 0; r < values.length; r += step) {
    bytes += rowJsonBytes(values[r]) + 1;
    rows++;
  }
  return bytes / rows;
}

export class ExcelWorkbookSource implements WorkbookSource {
  constructor(
    private readonly run: ExcelRunner,
    private readonly options: ExcelSourceOptions
  ) {}

  /**
   * The workbook's date system and culture. Office.js has no stable property for the 1904
   * system (Workbook.use1904DateSystem is preview-only), so we ask Excel for DATE(1904,1,1)
   * through `workbook.functions` without touching a cell: 0 in the 1904 system, 1462 in 1900.
   * Culture, for text dates and numbers: application.cultureInfo's name and decimal separator
   * on ExcelApi 1.11 and its short date pattern on 1.12 (learn.microsoft.com,
   * Excel.CultureInfo, NumberFormatInfo, DatetimeFormatInfo: "based on current system
   * settings"); each left out below its set (the engine then decides from the data, then the
   * culture's name).
   */
  info(): Promise<WorkbookInfo> {
    return this.guard(async (context) => {
      const probe = context.workbook.functions.date(1904, 1, 1).load("value");
      const cultureInfo = this.options.supports("ExcelApi", "1.11")
        ? context.workbook.application.cultureInfo
        : undefined;
      const culture = cultureInfo?.load("name");
      const numbers = cultureInfo?.numberFormat.load("numberDecimalSeparator");
      const dates = this.options.supports("ExcelApi", "1.12")
        ? cultureInfo?.datetimeFormat.load("shortDatePattern")
        : undefined;
      await context.sync();
      const decimal = numbers?.numberDecimalSeparator;
      return {
        date1904: probe.value === 0,
        ...(culture ? { culture: culture.name, hostCulture: culture.name } : {}),
        ...(decimal === "." || decimal === "," ? { decimalSeparator: decimal } : {}),
        ...(dates?.shortDatePattern ? { shortDatePattern: dates.shortDatePattern } : {}),
      };
    }, {});
  }

  /**
   * Every sheet with its used size, its Excel Tables (with their header rows) and whether the
   * add-in wrote it (its report sheets are not input data). Three or four syncs.
   */
  listSheets(): Promise<ExcelSheetListing[]> {
    return this.guard(async (context) => {
      const { sheets, handles } = await surveySheets(context, this.options.supports);
      const probes = handles.map((sheet) => ({
        tables: sheet.tables.load("items/name"),
        used: sheet.getUsedRangeOrNullObject(true).load(["rowCount", "columnCount"]),
      }));
      await context.sync();
      const headers = probes.map((p) =>
        p.tables.items.map((t) => ({ name: t.name, header: t.getHeaderRowRange().load("values") }))
      );
      if (headers.some((h) => h.length > 0)) await context.sync();
      return probes.map((p, i) => ({
        name: sheets[i].name,
        tables: headers[i].map((h) => ({
          name: h.name,
          headers: (h.header.values[0] ?? []).map((v) => String(v)),
        })),
        rowCount: p.used.isNullObject ? 0 : p.used.rowCount,
        columnCount: p.used.isNullObject ? 0 : p.used.columnCount,
        ownedByAddIn: sheets[i].ownedByUs,
      }));
    }, {});
  }

  /**
   * Reads a sheet's first Excel Table (header row first, totals row left out) or else everything
   * from A1 to the used range's last cell, in row blocks. The first block is a probe of
   * `probeRows` rows; each next block's size comes from the UTF-8 JSON bytes per row measured on
   * the block before, so every sync stays near `targetBytesPerSync`. Rows can grow further down
   * (short rows first, long ones later): a block Excel refuses as too large is halved and read
   * again (readRows). A block holding a text like "#N/A" costs one more sync, for its
   * valueTypes. An empty sheet gives no rows.
   */
  readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet> {
    return this.guard(
      async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (sheet.isNullObject) {
          throw new ExcelHostError({ code: "pane:excel.sheetNotFound", params: { sheet: name } });
        }
        const area = await this.dataArea(context, sheet);
        if (area === null) return { name, rows: [], firstRow: 1 };
        const target = this.options.targetBytesPerSync ?? TARGET_BYTES_PER_SYNC;
        const probe = Math.max(1, this.options.probeRows ?? PROBE_ROWS);
        let dates: DateColumns | undefined;
        let bytesPerRow = 0;
        const rows: RawSheet["rows"] = [];
        // The first rows' number formats ride on the first block's sync (the money's currency).
        const formats = sheet
          .getRangeByIndexes(
            area.row,
            area.col,
            Math.min(area.rows, FORMAT_ROWS_SAMPLED),
            area.cols
          )
          .load("numberFormat");
        while (rows.length < area.rows) {
          const remaining = area.rows - rows.length;
          const count =
            rows.length === 0
              ? Math.min(probe, remaining)
              : nextBlockRows(bytesPerRow, remaining, area.cols, target);
          const block = { ...area, row: area.row + rows.length, rows: count };
          const values = await readRows(context, sheet, block, "values");
          // The probe's header row is not a data row: measure the rows under it when there are.
          bytesPerRow = sampledBytesPerRow(
            rows.length === 0 && values.length > 1 ? values.slice(1) : values
          );
          const types = blockMayHoldErrors(values)
            ? await readRows(context, sheet, block, "valueTypes")
            : undefined;
          dates ??= await probeDateColumns(context, sheet, block, values, this.options.supports);
          const cells = toCellRows(values, types);
          serialsToDates(cells, dates);
          for (const row of cells) rows.push(row);
          onProgress?.(rows.length, area.rows);
        }
        return {
          name,
          rows,
          firstRow: area.row + 1,
          columnFormats: firstFormatOfColumns(formats.numberFormat),
          ...(area.tableName === undefined ? {} : { tableName: area.tableName }),
        };
      },
      { sheet: name }
    );
  }

  private async dataArea(context: ExcelHost, sheet: HostWorksheet): Promise<DataArea | null> {
    const tables = sheet.tables.load("items/name,items/showTotals");
    const used = sheet
      .getUsedRangeOrNullObject(true)
      .load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    await context.sync();
    const table = tables.items[0];
    if (table) {
      const range = table.getRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      const rows = range.rowCount - (table.showTotals ? 1 : 0);
      return {
        row: range.rowIndex,
        col: range.columnIndex,
        rows,
        cols: range.columnCount,
        tableName: table.name,
      };
    }
    if (used.isNullObject) return null;
    // From A1, like the .xlsx source: rows[i] is sheet row i + 1 and column positions match the
    // sheet's, so every host hands the engine the same grid (leading blanks cost a few bytes).
    return {
      row: 0,
      col: 0,
      rows: used.rowIndex + used.rowCount,
      cols: used.columnIndex + used.columnCount,
    };
  }

  /** Runs a batch; anything Office throws becomes an ExcelHostError with a translatable code. */
  private async guard<T>(
    batch: (context: ExcelHost) => Promise<T>,
    params: Record<string, string | number>
  ): Promise<T> {
    try {
      return await this.run(batch);
    } catch (thrown) {
      throw new ExcelHostError(toExcelError(thrown, "pane:excel.readFailed", params));
    }
  }
}

/**
 * One 2-D property of a block of rows, in one sync; when Excel refuses it as too large (the
 * request or the response over the payload limit), the two halves are read the same way, so a
 * block is cut as finely as its rows need. A single row too large is Excel's final answer.
 */
async function readRows(
  context: ExcelHost,
  sheet: HostWorksheet,
  block: DataArea,
  property: "values" | "valueTypes"
): Promise<unknown[][]> {
  const range = sheet
    .getRangeByIndexes(block.row, block.col, block.rows, block.cols)
    .load(property);
  try {
    // One sync per block, by design: each block is sized to the payload limit.
    await context.sync();
  } catch (thrown) {
    if (block.rows === 1 || !isPayloadLimitError(officeErrorCode(thrown))) throw thrown;
    const half = Math.ceil(block.rows / 2);
    const first: unknown[][] = await readRows(context, sheet, { ...block, rows: half }, property);
    const second = await readRows(
      context,
      sheet,
      { ...block, row: block.row + half, rows: block.rows - half },
      property
    );
    for (const row of second) first.push(row);
    return first;
  }
  return property === "values" ? range.values : range.valueTypes;
}
