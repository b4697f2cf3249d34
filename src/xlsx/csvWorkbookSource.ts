import type { CellValue, RawSheet, SheetColumns, WorkbookInfo } from "../analytics/domain";
import { columnarSheet } from "../analytics/input/sheetGrid";
import type { ReadProgress, SheetListing, WorkbookSource } from "../analytics/input/workbookSource";
import { readCsvBytes } from "./csvBytes";
import { readCsvColumns } from "./csvColumns";
import { guessDelimiter } from "./csvDelimiter";
import { normaliseLineEndings, readCsvRecords, type CsvRows } from "./csvRecords";

export { guessDelimiter, previewRows } from "./csvDelimiter";

/** One CSV file: its file name (the sheet is named after it) and its bytes or text. */
export interface CsvFile {
  fileName: string;
  data: string | ArrayBuffer | Uint8Array;
}

export interface CsvSourceOptions {
  /** The culture the files were written in, when the caller knows it. */
  culture?: string;
}

/**
 * The sheet name of a CSV file: its base name without folders and without .csv, .txt or .gz.
 * @example sheetNameOf("data/Ventes 2024.csv.gz") // "Ventes 2024"
 */
export function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.gz$/i, "").replace(/\.(csv|txt|tsv)$/i, "") || base;
}

/**
 * The text of a CSV file's bytes: UTF-16 (little or big endian) when it starts with that
 * byte-order mark, as Excel's "Unicode text" export does; else UTF-8 (a byte-order mark is
 * dropped) when the bytes are valid UTF-8; else Windows-1252, which is what Excel's plain "CSV"
 * format writes on a French Windows. UTF-16 is looked for first: its bytes for plain text are
 * also valid UTF-8 (with a NUL every other byte).
 */
export function decodeCsvBytes(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** A CSV read as rows, as a sheet: its malformed and quotes-as-text rows only when there are. */
export function rowsSheet(name: string, csv: CsvRows): RawSheet {
  const { rows, malformedRows, quotesAsTextRows } = csv;
  return {
    name,
    rows,
    firstRow: 1,
    ...(malformedRows.length > 0 && { malformedRows }),
    ...(quotesAsTextRows.length > 0 && { quotesAsTextRows }),
  };
}

/**
 * The rows of a CSV text, one per physical line (see readCsvRecords): papaparse for quoted
 * fields, embedded separators and line breaks, with the separator from guessDelimiter, after
 * a byte-order mark is dropped and every line ending made "\n". Empty fields become null;
 * trailing blank lines are dropped, blank lines inside are kept (the input layer counts them).
 */
export function readCsvText(text: string): CsvRows {
  const clean = normaliseLineEndings(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return readCsvRecords(clean, guessDelimiter(clean));
}

/**
 * The cells of a CSV text as readCsvText reads them, column by column (readCsvColumns) when the
 * text allows, else as readCsvText's rows (a file with broken quoting, see readCsvColumns).
 */
export function readCsvSheet(text: string): SheetColumns | CsvRows {
  const clean = normaliseLineEndings(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const delimiter = guessDelimiter(clean);
  return readCsvColumns(clean, delimiter) ?? readCsvRecords(clean, delimiter);
}

/**
 * readCsvSheet(decodeCsvBytes(data)): read from the bytes (readCsvBytes) when they are UTF-8
 * that reads into columns (any line ends), else decoded and read as text.
 */
export function readCsvFileBytes(data: ArrayBuffer | Uint8Array): SheetColumns | CsvRows {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return readCsvBytes(bytes) ?? readCsvSheet(decodeCsvBytes(bytes));
}

/** The rows of a CSV text (readCsvText), without the list of malformed lines. */
export function parseCsvText(text: string): CellValue[][] {
  return readCsvText(text).rows;
}

/**
 * The sheet names of CSV files: each file's sheetNameOf, with " (2)", " (3)"... added to a name
 * already taken (compared case-insensitively, as Excel compares sheet names), so that
 * jan/sales.csv and feb/sales.csv are both read, as "sales" and "sales (2)".
 */
export function sheetNamesOf(fileNames: readonly string[]): string[] {
  const taken = new Set<string>();
  return fileNames.map((fileName) => {
    const base = sheetNameOf(fileName);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * WorkbookSource over CSV files: each file is one sheet named after the file (sheetNamesOf). Values stay text
 * (CSV has no types); the input layer reads dates and numbers from them like any text cell.
 * Files are parsed on first use, into columns (readCsvSheet: RawSheet.columns, its rows made only
 * if some code asks for them), else into rows for a file with broken quoting. A sheet's cells are
 * handed over by readSheet and not kept: the engine reads a sheet once, then keeps only typed
 * records. Reading a sheet again parses the file again (the pane caches what it reads:
 * CachedWorkbookSource).
 */
export class CsvWorkbookSource implements WorkbookSource {
  private readonly parsed = new Map<string, SheetColumns | CsvRows>();
  private readonly listings = new Map<string, SheetListing>();
  private readonly files: Map<string, CsvFile>;

  constructor(
    files: CsvFile[],
    private readonly options: CsvSourceOptions = {}
  ) {
    const names = sheetNamesOf(files.map((file) => file.fileName));
    this.files = new Map(files.map((file, i) => [names[i], file]));
  }

  async info(): Promise<WorkbookInfo> {
    return { date1904: false, culture: this.options.culture };
  }

  async listSheets(): Promise<SheetListing[]> {
    return [...this.files.keys()].map((name) => {
      let listing = this.listings.get(name);
      if (!listing) {
        const csv = this.cellsOf(name);
        listing = { name, tables: [], ...sizeOf(csv) };
        this.listings.set(name, listing);
      }
      return { ...listing, tables: [] };
    });
  }

  async readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet> {
    if (!this.files.has(name)) throw new Error(`Sheet not found: ${name}`);
    const csv = this.cellsOf(name);
    this.parsed.delete(name);
    if (!("rows" in csv)) {
      onProgress?.(csv.rowCount, csv.rowCount);
      return columnarSheet({ name, firstRow: 1 }, csv);
    }
    onProgress?.(csv.rows.length, csv.rows.length);
    return rowsSheet(name, csv);
  }

  private cellsOf(name: string): SheetColumns | CsvRows {
    let csv = this.parsed.get(name);
    if (!csv) {
      const file = this.files.get(name)!;
      csv = typeof file.data === "string" ? readCsvSheet(file.data) : readCsvFileBytes(file.data);
      this.parsed.set(name, csv);
    }
    return csv;
  }
}

/** The row and column counts of a CSV file's cells, either form. */
function sizeOf(csv: SheetColumns | CsvRows): { rowCount: number; columnCount: number } {
  if ("rows" in csv) {
    const { rows } = csv;
    return { rowCount: rows.length, columnCount: rows.reduce((w, r) => Math.max(w, r.length), 0) };
  }
  let columnCount = 0;
  for (let r = 0; r < csv.rowCount; r++) columnCount = Math.max(columnCount, csv.widths[r]);
  return { rowCount: csv.rowCount, columnCount };
}
