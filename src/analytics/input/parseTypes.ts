import type { Problem, SheetRow } from "../domain";
import type { DateOrder } from "./values/dateText";

/** How to read values: the workbook's date system and culture, and the user's date order if set. */
export interface ParseOptions {
  date1904: boolean;
  /** The workbook culture ("fr-FR", "en-US"): decides dd/mm vs mm/dd and "1,234" when the data cannot. */
  culture?: string;
  /** The user's choice of date order; the data still wins when it settles the question. */
  dateOrder?: DateOrder;
  /** The workbook culture's decimal separator, when the host says (it wins over `culture`). */
  decimalSeparator?: "." | ",";
  /** The workbook culture's short date pattern, when the host says (it wins over `culture`). */
  shortDatePattern?: string;
  /** Called every PARSE_PROGRESS_ROWS rows while a sheet is parsed (a progress bar's step). */
  onRowsParsed?: (rowsParsed: number, rowsTotal: number) => void;
}

/** Rows parsed between two progress calls: often enough to move a bar, rare enough to cost nothing. */
export const PARSE_PROGRESS_ROWS = 32_768;

/**
 * Why a data row did not become a record. Each is a key of the "problems" i18n namespace under
 * `reject.` (e.g. "problems:reject.badDate").
 */
export type RejectReason =
  | "missingCustomerId"
  | "missingDate"
  | "badDate"
  /** A number past Excel's last day (9999-12-31) in a date column: a sentinel, not a date. */
  | "implausibleDate"
  | "missingAmount"
  | "badAmount"
  | "badQuantity"
  | "badUnitPrice"
  | "errorCell"
  | "badGroup"
  | "missingCampaign"
  /** The header row repeated inside the data (page breaks of a printed or exported report). */
  | "repeatedHeader"
  /** A CSV line whose quoting could not be made sense of (RawSheet.malformedRows). */
  | "malformedCsvRow";

export const REJECT_REASONS: readonly RejectReason[] = [
  "missingCustomerId",
  "missingDate",
  "badDate",
  "implausibleDate",
  "missingAmount",
  "badAmount",
  "badQuantity",
  "badUnitPrice",
  "errorCell",
  "badGroup",
  "missingCampaign",
  "repeatedHeader",
  "malformedCsvRow",
];

/** A data row that did not become a record, and why. */
export interface RejectedRow {
  /** The Excel row number a user sees. */
  row: SheetRow;
  reason: RejectReason;
  /** Header text of the column at fault. */
  column?: string;
}

/**
 * A sheet read into typed records. Invariant: rowsRead = records.length + rejected.length (every
 * non-blank data row is a record or is rejected with a reason); entirely blank rows are counted
 * in blankRows only. `problems` are warnings that excluded nothing (optional cells that could
 * not be read, the date order chosen), each aggregated by code and column with its first row.
 */
export interface ParsedSheet<T> {
  sheet: string;
  records: T[];
  rejected: RejectedRow[];
  problems: Problem[];
  rowsRead: number;
  blankRows: number;
  /** How the main date column's numeric texts were read; "iso" when there were none. */
  dateOrder: DateOrder | "iso";
}
