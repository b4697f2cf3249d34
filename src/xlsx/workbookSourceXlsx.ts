import type { CellValue, RawSheet, WorkbookInfo } from "../analytics/domain";
import type { ReadProgress, SheetListing, WorkbookSource } from "../analytics/input/workbookSource";
import { InputFileError, isInputFileError } from "./inputFileError";
import { CellFormats } from "./read/cellFormats";
import { readWorkbookParts, type SheetEntry, type WorkbookParts } from "./read/packageParts";
import { readSharedStrings } from "./read/sharedStrings";
import { readSheetCells, type SheetCells } from "./read/sheetCells";
import { readSheetTables, type SheetTable } from "./read/sheetTables";
import { ZipPackage } from "./read/zipPackage";
import { checkWorkbookBytes } from "./workbookBytesCheck";
import { cultureFromNumberFormats } from "./workbookSourceCells";

export interface XlsxSourceOptions {
  /** The workbook's culture ("fr-FR"): an .xlsx does not record it, the caller may know it. */
  culture?: string;
  /** Hears the share (0..1) of the workbook's sheets and strings read so far, by compressed bytes. */
  onProgress?: (fraction: number) => void;
  /** Inflate with the platform's DecompressionStream where it has one (default true). */
  nativeInflate?: boolean;
  /** Gives up the reading between two chunks once aborted (ZipPackageOptions.signal). */
  signal?: AbortSignal;
}

/** How many rows of each sheet are looked at for number formats that reveal the culture. */
const FORMAT_ROWS_SAMPLED = 50;
/** Progress is reported when it has moved by at least this share. */
const PROGRESS_STEP = 0.01;

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet once read: what listSheets, readSheet and info() need of it. */
interface ReadSheet {
  listing: SheetListing;
  raw: RawSheet;
  /** Number formats of its first rows, in row then column order (for the culture). */
  formats: string[];
}

/**
 * WorkbookSource over an .xlsx file's bytes, for the CLI and the browser without Excel. Reads
 * only what the input layer uses - the cell values of the worksheets, the shared strings, the
 * number formats that make numbers dates, the tables - streaming each part as it inflates
 * (src/xlsx/read), each sheet once and only when asked for. The values are those the earlier
 * ExcelJS-based reader gave (test/support/exceljsWorkbookSource.ts, checked against it in
 * test/xlsx/read), in a fraction of its time and memory.
 * A sheet with an Excel Table is read from the first Table's range (without its totals row);
 * other sheets from their used range. The 1904 date system comes from the workbook properties;
 * the culture from the caller, else from the number formats (cultureFromNumberFormats).
 */
export class XlsxWorkbookSource implements WorkbookSource {
  private sharedStrings: Promise<readonly (string | null)[]> | null = null;
  private readonly sheets = new Map<string, Promise<ReadSheet>>();
  private readonly totalBytes: number;
  private bytesDone = 0;
  private reported = 0;

  private constructor(
    private readonly pkg: ZipPackage,
    private readonly parts: WorkbookParts,
    private readonly formats: CellFormats,
    private readonly options: XlsxSourceOptions
  ) {
    const partBytes = (part: string | undefined) => (part ? pkg.compressedSize(part) : 0);
    this.totalBytes =
      partBytes(parts.sharedStrings) + parts.sheets.reduce((n, s) => n + partBytes(s.part), 0);
  }

  /**
   * Opens a workbook from its bytes (a Node Buffer, an ArrayBuffer or a Uint8Array). What is not
   * an .xlsx it can read (password-protected, .xls, text, too large, damaged) is refused with an
   * InputFileError saying so (checkWorkbookBytes first, then the package's own parts): no
   * parser's message ever reaches the user. Sheet names over 31 characters are truncated as
   * Excel shows them; two that then collide are refused.
   */
  static async load(
    data: ArrayBuffer | Uint8Array,
    options: XlsxSourceOptions = {}
  ): Promise<XlsxWorkbookSource> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    checkWorkbookBytes(bytes);
    return plainWords(() => {
      const pkg = ZipPackage.open(bytes, {
        nativeInflate: options.nativeInflate,
        signal: options.signal,
      });
      const parts = readWorkbookParts(pkg);
      return new XlsxWorkbookSource(pkg, parts, CellFormats.read(pkg, parts.styles), options);
    });
  }

  async info(): Promise<WorkbookInfo> {
    const culture =
      this.options.culture ??
      cultureFromNumberFormats((await this.allSheets()).flatMap((s) => s.formats));
    return { date1904: this.parts.date1904, culture };
  }

  async listSheets(): Promise<SheetListing[]> {
    return (await this.allSheets()).map((s) => s.listing);
  }

  /** Every sheet, read one after the other (the progress adds up part after part). */
  private async allSheets(): Promise<ReadSheet[]> {
    const sheets: ReadSheet[] = [];
    for (const entry of this.parts.sheets) sheets.push(await this.sheet(entry));
    return sheets;
  }

  async readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet> {
    const entry = this.parts.sheets.find((s) => s.name === name);
    if (!entry) throw new Error(`Sheet not found: ${name}`);
    const { raw } = await this.sheet(entry);
    onProgress?.(raw.rows.length, raw.rows.length);
    return raw;
  }

  /** A sheet, read the first time it is asked for. */
  private sheet(entry: SheetEntry): Promise<ReadSheet> {
    let read = this.sheets.get(entry.name);
    if (!read) {
      read = plainWordsAsync(() => this.readSheetPart(entry));
      this.sheets.set(entry.name, read);
    }
    return read;
  }

  private async readSheetPart(entry: SheetEntry): Promise<ReadSheet> {
    const tables = readSheetTables(this.pkg, entry.part);
    // The rows whose formats are looked at: the sheet's first rows and each table's.
    // Asked for every row: past the last row kept, no table is looked through.
    const lastKept = tables.reduce(
      (last, t) => Math.max(last, t.range.top + FORMAT_ROWS_SAMPLED),
      FORMAT_ROWS_SAMPLED + 1
    );
    const keepStyles = (row: number) =>
      row <= FORMAT_ROWS_SAMPLED + 1 ||
      (row <= lastKept &&
        tables.some((t) => row >= t.range.top && row <= t.range.top + FORMAT_ROWS_SAMPLED));
    const cells = await readSheetCells(
      this.pkg,
      entry.part,
      {
        sharedStrings: await this.strings(),
        formats: this.formats,
        date1904: this.parts.date1904,
      },
      keepStyles,
      this.progress()
    );
    return this.sheetOf(entry.name, cells, tables);
  }

  private sheetOf(name: string, cells: SheetCells, tables: SheetTable[]): ReadSheet {
    const rowCount = cells.rows.length;
    let columnCount = 0;
    cells.hasValues.forEach((has, i) => {
      if (has && cells.cellCounts[i] > columnCount) columnCount = cells.cellCounts[i];
    });
    const formatAt = (r: number, c: number) => {
      const style = cells.styles.get(r)?.[c - 1];
      return style === undefined ? undefined : this.formats.formatOf(style);
    };
    const formats: string[] = [];
    for (let r = 1; r <= Math.min(rowCount, FORMAT_ROWS_SAMPLED); r++) {
      for (let c = 1; c <= columnCount; c++) {
        const format = formatAt(r, c);
        if (format) formats.push(format);
      }
    }
    const byId = new Map(tables.map((t) => [t.id, t]));
    const inOrder = cells.tableIds.flatMap((id) => byId.get(id) ?? []);
    const listing: SheetListing = {
      name,
      tables: inOrder.map((t) => ({ name: t.name })),
      rowCount,
      columnCount,
    };
    const table = inOrder[0];
    if (table) {
      const area = { ...table.range, bottom: table.range.bottom - (table.totalsRow ? 1 : 0) };
      const raw: RawSheet = {
        name,
        rows: rangeRows(cells, area),
        firstRow: table.range.top,
        tableName: table.name,
        columnFormats: columnFormats(area, formatAt),
      };
      return { listing, raw, formats };
    }
    if (rowCount === 0) return { listing, raw: { name, rows: [], firstRow: 1 }, formats };
    const used = { top: 1, left: 1, bottom: rowCount, right: columnCount };
    const columnFormatsOfUsed = columnFormats(used, formatAt);
    return {
      listing,
      raw: {
        name,
        rows: usedRows(cells, columnCount),
        firstRow: 1,
        columnFormats: columnFormatsOfUsed,
      },
      formats,
    };
  }

  private strings(): Promise<readonly (string | null)[]> {
    const part = this.parts.sharedStrings;
    this.sharedStrings ??= part
      ? readSharedStrings(this.pkg, part, this.progress())
      : Promise.resolve([]);
    return this.sharedStrings;
  }

  /** Adds a part's consumed bytes to the workbook's progress. */
  private progress(): ((bytes: number) => void) | undefined {
    const onProgress = this.options.onProgress;
    if (!onProgress || this.totalBytes === 0) return undefined;
    const before = this.bytesDone;
    return (bytes) => {
      this.bytesDone = before + bytes;
      const fraction = Math.min(1, this.bytesDone / this.totalBytes);
      if (fraction - this.reported >= PROGRESS_STEP || fraction === 1) {
        this.reported = fraction;
        onProgress(fraction);
      }
    };
  }
}

/** plainWords for a read that completes later. */
async function plainWordsAsync<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isInputFileError(error)) throw error;
    throw new InputFileError("file.damagedWorkbook");
  }
}

/** Runs a read; any failure that is not already one of ours is a damaged workbook. */
function plainWords<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isInputFileError(error)) throw error;
    throw new InputFileError("file.damagedWorkbook");
  }
}

/**
 * The used range's rows, made in place from the cells read (no copy of a large sheet): holes
 * become null, cells right of the used columns are dropped, trailing nulls removed.
 */
function usedRows(cells: SheetCells, columnCount: number): CellValue[][] {
  const rows: CellValue[][] = new Array<CellValue[]>(cells.rows.length);
  for (let i = 0; i < cells.rows.length; i++) {
    const row = (cells.rows[i] ?? []) as CellValue[];
    if (row.length > columnCount) row.length = columnCount;
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows[i] = row;
  }
  return rows;
}

/** A range's rows (a table's), nulls where no cell, trailing nulls removed. */
function rangeRows(cells: SheetCells, range: Range): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const source = cells.rows[r - 1];
    const row: CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(source?.[c - 1] ?? null);
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  return rows;
}

/**
 * Per column of the range, the first number format other than General in its first rows
 * (FORMAT_ROWS_SAMPLED): the header row has none, the data rows show the column's currency.
 */
function columnFormats(
  range: Range,
  formatAt: (r: number, c: number) => string | undefined
): (string | null)[] {
  const formats: (string | null)[] = [];
  const last = Math.min(range.bottom, range.top + FORMAT_ROWS_SAMPLED);
  for (let c = range.left; c <= range.right; c++) {
    let found: string | null = null;
    for (let r = range.top; r <= last && found === null; r++) {
      const format = formatAt(r, c);
      if (format && format !== "General") found = format;
    }
    formats.push(found);
  }
  return formats;
}
