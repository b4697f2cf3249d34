import Papa from "papaparse";
import type { CellValue, RawSheet, WorkbookInfo } from "../analytics/domain";
import type { ReadProgress, SheetListing, WorkbookSource } from "../analytics/input/workbookSource";

/** One CSV file: its file name (the sheet is named after it) and its bytes or text. */
export interface CsvFile {
  fileName: string;
  data: string | ArrayBuffer | Uint8Array;
}

export interface CsvSourceOptions {
  /** The culture the files were written in, when the caller knows it. */
  culture?: string;
}

/** Separators tried, in order: French Excel writes ";", others ",", some exports tabs or pipes. */
const DELIMITERS = [";", ",", "\t", "|"];

/**
 * The sheet name of a CSV file: its base name without folders and without .csv, .txt or .gz.
 * @example sheetNameOf("data/Ventes 2024.csv.gz") // "Ventes 2024"
 */
export function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.gz$/i, "").replace(/\.(csv|txt|tsv)$/i, "") || base;
}

/**
 * The text of a CSV file's bytes: UTF-8 (a byte-order mark is dropped) when the bytes are valid
 * UTF-8, else Windows-1252, which is what Excel's plain "CSV" format writes on a French Windows.
 */
export function decodeCsvBytes(data: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return new TextDecoder("windows-1252").decode(data);
  }
}

/** How many lines the separator guess looks at. */
const PREVIEW_LINES = 50;

/**
 * The separator of a CSV text: the one that splits the first lines into the same number (2 or
 * more) of fields most often; ties go to the earlier in DELIMITERS (";" first, as French Excel
 * writes it, since "12,50" would split on ","). Papaparse's own guess is thrown off by blank
 * lines and very short files, hence this one, which still lets papaparse handle the quoting.
 */
export function guessDelimiter(text: string): string {
  let best = { delimiter: ",", score: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(text, {
      delimiter,
      preview: PREVIEW_LINES,
      skipEmptyLines: "greedy",
    }).data;
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let modal = 0;
    let modalRows = 0;
    for (const [fields, n] of counts) {
      if (n > modalRows || (n === modalRows && fields > modal)) [modal, modalRows] = [fields, n];
    }
    const score = modal >= 2 && rows.length > 0 ? modalRows / rows.length : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * The rows of a CSV text (papaparse: quoted fields, embedded separators and line breaks; the
 * separator from guessDelimiter). Empty fields become null; trailing blank lines are dropped,
 * blank lines inside are kept (the input layer counts them).
 */
export function parseCsvText(text: string): CellValue[][] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, {
    delimiter: guessDelimiter(clean),
    skipEmptyLines: false,
  });
  const rows: CellValue[][] = result.data.map((fields) => fields.map((f) => (f === "" ? null : f)));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return rows;
}

/**
 * WorkbookSource over CSV files: each file is one sheet named after the file. Values stay text
 * (CSV has no types); the input layer reads dates and numbers from them like any text cell.
 * Files are parsed on first use and kept.
 */
export class CsvWorkbookSource implements WorkbookSource {
  private readonly parsed = new Map<string, CellValue[][]>();
  private readonly files: Map<string, CsvFile>;

  constructor(
    files: CsvFile[],
    private readonly options: CsvSourceOptions = {}
  ) {
    this.files = new Map(files.map((file) => [sheetNameOf(file.fileName), file]));
  }

  async info(): Promise<WorkbookInfo> {
    return { date1904: false, culture: this.options.culture };
  }

  async listSheets(): Promise<SheetListing[]> {
    return [...this.files.keys()].map((name) => {
      const rows = this.rowsOf(name);
      return {
        name,
        tables: [],
        rowCount: rows.length,
        columnCount: rows.reduce((w, r) => Math.max(w, r.length), 0),
      };
    });
  }

  async readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet> {
    if (!this.files.has(name)) throw new Error(`Sheet not found: ${name}`);
    const rows = this.rowsOf(name);
    onProgress?.(rows.length, rows.length);
    return { name, rows, firstRow: 1 };
  }

  private rowsOf(name: string): CellValue[][] {
    let rows = this.parsed.get(name);
    if (!rows) {
      const { data } = this.files.get(name)!;
      rows = parseCsvText(typeof data === "string" ? data : decodeCsvBytes(data));
      this.parsed.set(name, rows);
    }
    return rows;
  }
}
