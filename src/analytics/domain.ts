/**
 * The domain of the engine: what the input layer produces and every analysis consumes.
 *
 * Dates are plain numbers: milliseconds since 1970-01-01 of the wall-clock time written in the
 * workbook, read as if it were UTC. A workbook has no time zone; reading its times as UTC keeps
 * "the day of a purchase" the day the user sees, on every machine. `dayNumber` turns one into a
 * whole day count for day arithmetic (recency, windows).
 */

/** Milliseconds since the Unix epoch of a wall-clock time, read as UTC. */
export type Instant = number;

export const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 of an instant (floor), the unit of every day computation. */
export function dayNumber(t: Instant): number {
  return Math.floor(t / MS_PER_DAY);
}

/**
 * A sum of money to the micro-unit (6 decimals, finer than any currency's smallest unit). Float
 * additions leave dust that depends on the order they were made in (4310.000000000001; a
 * purchase and its return at -8.9e-15 or +1.8e-15): rounded, every order and every engine gives
 * the same double (the warehouse SQL rounds alike, queries.ts). Math.round's ties; never -0.
 */
export function roundedMoney(sum: number): number {
  return Math.round(sum * 1e6) / 1e6 + 0;
}

/** The Excel row number a user sees (1-based), kept on every record so problems can point at it. */
export type SheetRow = number;

/** Where a record came from, for messages and the data-quality sheet. */
export interface SourceRef {
  sheet: string;
  row: SheetRow;
}

export interface Transaction {
  customerId: string;
  date: Instant;
  /** Net amount of the line: negative for a return. amount = quantity x unitPrice when both given. */
  amount: number;
  quantity?: number;
  unitPrice?: number;
  invoiceId?: string;
  product?: string;
  category?: string;
  channel?: string;
  /** True for a return or cancellation (negative amount/quantity or an invoice id starting with "C"). */
  isReturn: boolean;
  source: SourceRef;
}

export interface Customer {
  id: string;
  name?: string;
  firstPurchase?: Instant;
  /** Any other columns (region, age band, ...), as text: breakdown dimensions. */
  attributes: Record<string, string>;
  source: SourceRef;
}

export type ContactGroup = "treated" | "control";

export interface Contact {
  customerId: string;
  campaign: string;
  group: ContactGroup;
  contactDate: Instant;
  channel?: string;
  costPerContact?: number;
  /** Outcome written on the contacts sheet itself, when it has such columns. */
  converted?: boolean;
  revenue?: number;
  source: SourceRef;
}

/** The three kinds of input sheet of the data contract (DESIGN.md). */
export type SheetKind = "customers" | "transactions" | "contacts";

/**
 * A problem found while reading or cleaning: always names the sheet, and the column and Excel
 * row when there is one. `code` is an i18n key (namespace "problems"); `params` fill it in.
 */
export interface Problem {
  severity: "error" | "warning";
  code: string;
  sheet: string;
  column?: string;
  row?: SheetRow;
  params?: Record<string, string | number>;
}

/** An error value from a cell (#N/A, #VALUE!, ...), kept distinct from a text that says the same. */
export interface CellError {
  error: string;
}

/** One cell as a host hands it over: Office.js gives serial numbers for dates, ExcelJS gives Dates. */
export type CellValue = string | number | boolean | Date | CellError | null;

/**
 * One column of a SheetColumns: row i holds texts[ids[i]]; id 0 is an empty cell (texts[0] is
 * null). A column's repeated texts share one id (up to where most of its texts proved distinct).
 */
export interface TextColumn {
  readonly ids: Uint32Array;
  readonly texts: readonly (string | null)[];
}

/**
 * A sheet's values column by column, as the CSV host reads them: the cells of `rows` with no
 * array per row and no string per repeated cell (a million-line file is four typed arrays and
 * its distinct texts). Cells are texts or empty; a cell past a row's width, or of a column the
 * row does not reach, is empty.
 */
export interface SheetColumns {
  /** rows.length */
  readonly rowCount: number;
  /** rows[i].length, per row (ragged rows keep their width). */
  readonly widths: Uint32Array;
  readonly columns: readonly TextColumn[];
}

/** A sheet's values as read, before any interpretation. */
export interface RawSheet {
  name: string;
  /**
   * Row-major values; rows[0] is Excel row `firstRow`. With `columns`, built from them on first
   * use (input/sheetGrid.ts columnarSheet): the engine reads `columns`, other code may read this.
   */
  rows: CellValue[][];
  /**
   * The same values column by column, from a host that reads so (CSV); not enumerable, so a
   * copy of the sheet is its rows alone (columnarSheet).
   */
  columns?: SheetColumns;
  /** Excel row number of rows[0] (1-based). */
  firstRow: number;
  /** Set when the values come from an Excel Table: its header row is rows[0]. */
  tableName?: string;
  /**
   * Indices in `rows` of lines the host could not split into cells with confidence (a CSV line
   * with broken quoting): the input layer excludes them as "malformedCsvRow".
   */
  malformedRows?: readonly number[];
  /** Indices in `rows` of CSV lines read with their unpaired quotes as plain characters. */
  quotesAsTextRows?: readonly number[];
  /**
   * Per column (as in rows), the number format of its first data cells that has one other than
   * General, when the host can tell: where a money column's currency is read from.
   */
  columnFormats?: readonly (string | null)[];
}

/** What the engine knows of the workbook as a whole. */
export interface WorkbookInfo {
  /** True for workbooks using the 1904 date system (old Mac Excel). */
  date1904: boolean;
  /** Culture of the workbook, e.g. "fr-FR", "en-US": decides dd/mm vs mm/dd when the data cannot. */
  culture?: string;
  /** The culture's decimal separator as the host reports it (finer than guessing from `culture`). */
  decimalSeparator?: "." | ",";
  /** The culture's short date pattern as the host reports it ("dd/MM/yyyy", "M/d/yyyy"). */
  shortDatePattern?: string;
  /**
   * The culture of the user's regional settings, from a host that knows them (Excel), never
   * guessed from the data: the last source of the amounts' currency (resolveCurrency).
   */
  hostCulture?: string;
}
