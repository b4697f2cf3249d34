import type { Problem, SheetKind, SheetRow } from "../domain";

/** How many row numbers an exclusion lists: enough to find the pattern, small enough for a sheet. */
export const ROWS_LISTED_PER_RULE = 20;

/**
 * One cleaning rule's tally on one sheet. `reason` is an i18n key of the "quality" namespace
 * (e.g. "missingCustomerId", "cancellation", "duplicateRow").
 */
export interface ExclusionSummary {
  sheet: string;
  reason: string;
  count: number;
  /** The first ROWS_LISTED_PER_RULE Excel row numbers, ascending. */
  rows: SheetRow[];
  /**
   * For rows the input layer rejected with a code cleaning has no reason of its own for
   * ("unreadableRow"): that code (namespace "problems"), so nothing is lost.
   */
  detail?: string;
}

export interface SheetQuality {
  sheet: string;
  /** "summary": a per-customer summary sheet read instead of transaction lines (src/warehouse). */
  kind: SheetKind | "summary";
  rowsRead: number;
  rowsUsed: number;
  /** Rows used but flagged (e.g. returns netted against purchases). */
  rowsFlagged?: number;
}

/**
 * What cleaning did, for the JSON summary's `dataQuality` and the Data quality sheet.
 * Invariant: rowsRead = rowsUsed + sum of excluded counts (nothing is silently dropped),
 * overall and per sheet.
 */
export interface DataQualityReport {
  rowsRead: number;
  rowsUsed: number;
  excluded: ExclusionSummary[];
  /**
   * Rows kept in the analyses but worth a line on the Data quality sheet (reason e.g.
   * "returnNetted"). Not part of the invariant: flagged rows are counted in rowsUsed. Always set
   * by the cleaning (optional only so reports built elsewhere by hand stay valid).
   */
  flagged?: ExclusionSummary[];
  sheets: SheetQuality[];
  /** Things worth knowing that excluded nothing (e.g. "dates read as dd/mm/yyyy"). */
  warnings: Problem[];
  /**
   * Analyses the input could not support, each with why (codes with their namespace): set by the
   * warehouse path, whose per-customer summaries have no transaction lines. Optional.
   */
  notComputed?: Problem[];
}
