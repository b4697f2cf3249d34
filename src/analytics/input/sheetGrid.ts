import type { CellValue, RawSheet, SheetColumns, TextColumn } from "../domain";

/**
 * A sheet's cells by row and column, whichever way the host stored them (RawSheet.rows, or
 * RawSheet.columns for a CSV file): what the input layer reads a sheet through, so a columnar
 * sheet is never turned into a million row arrays.
 */
export interface SheetGrid {
  readonly rowCount: number;
  /** The cell of row index r (into rows) and column c; null past the row's end. */
  cell(r: number, c: number): CellValue;
  /** rows[r].length */
  width(r: number): number;
  /** The cells of row r as an array (made for a columnar sheet: for a few rows only). */
  row(r: number): CellValue[];
  /** Column c in its columnar form, when the sheet has one and the column exists. */
  textColumn(c: number): TextColumn | undefined;
}

/** The grid of a sheet: its columns when it has them, else its rows. */
export function sheetGrid(sheet: RawSheet): SheetGrid {
  return sheet.columns ? new ColumnGrid(sheet.columns) : new RowGrid(sheet.rows);
}

/** The number of rows of a sheet, without building the rows of a columnar one. */
export function sheetRowCount(sheet: RawSheet): number {
  return sheet.columns ? sheet.columns.rowCount : sheet.rows.length;
}

class RowGrid implements SheetGrid {
  constructor(private readonly rows: readonly (CellValue[] | undefined)[]) {}

  get rowCount(): number {
    return this.rows.length;
  }

  cell(r: number, c: number): CellValue {
    return this.rows[r]?.[c] ?? null;
  }

  width(r: number): number {
    return this.rows[r]?.length ?? 0;
  }

  row(r: number): CellValue[] {
    return this.rows[r] ?? [];
  }

  textColumn(): undefined {
    return undefined;
  }
}

class ColumnGrid implements SheetGrid {
  readonly rowCount: number;

  constructor(private readonly sheet: SheetColumns) {
    this.rowCount = sheet.rowCount;
  }

  cell(r: number, c: number): CellValue {
    const column = this.sheet.columns[c];
    return column === undefined || r >= this.rowCount ? null : column.texts[column.ids[r]];
  }

  width(r: number): number {
    return r < this.rowCount ? this.sheet.widths[r] : 0;
  }

  row(r: number): CellValue[] {
    return rowOfColumns(this.sheet, r);
  }

  textColumn(c: number): TextColumn | undefined {
    return this.sheet.columns[c];
  }
}

/** Row r of columnar cells as the row array a row-major host gives (its width kept). */
function rowOfColumns(sheet: SheetColumns, r: number): CellValue[] {
  if (r >= sheet.rowCount) return [];
  const row = new Array<CellValue>(sheet.widths[r]);
  for (let c = 0; c < row.length; c++) {
    const column = sheet.columns[c];
    row[c] = column === undefined ? null : column.texts[column.ids[r]];
  }
  return row;
}

/** Every row of columnar cells, as RawSheet.rows holds them. */
export function rowsOfColumns(sheet: SheetColumns): CellValue[][] {
  const rows = new Array<CellValue[]>(sheet.rowCount);
  for (let r = 0; r < rows.length; r++) rows[r] = rowOfColumns(sheet, r);
  return rows;
}

/**
 * A RawSheet over columnar cells: `rows` is a getter that builds the row arrays on first use
 * (and keeps them), for code outside the input layer that reads rows; the input layer reads
 * `columns` and never builds them. `columns` is not enumerable and the getter is: a copy of the
 * sheet (a spread, a structured clone, a test's deep equality) is its rows, as a row-major host
 * gives them.
 */
export function columnarSheet(
  fields: Omit<RawSheet, "rows" | "columns">,
  columns: SheetColumns
): RawSheet {
  const sheet = { ...fields } as RawSheet;
  Object.defineProperty(sheet, "columns", { value: columns, enumerable: false });
  Object.defineProperty(sheet, "rows", {
    enumerable: true,
    configurable: true,
    get(): CellValue[][] {
      const rows = rowsOfColumns(columns);
      Object.defineProperty(sheet, "rows", {
        value: rows,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return rows;
    },
  });
  return sheet;
}
