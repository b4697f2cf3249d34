import type { Problem } from "../domain";
import type { CleanedSheet } from "./cleanedSheet";
import type { CleanedTransactions } from "./cleanTransactions";
import type { DataQualityReport, SheetQuality } from "./dataQualityReport";

/** A sheet's records counted; a transactions sheet's kept lines without making their records. */
function rowsUsed(s: CleanedSheet<unknown>): number {
  return "lines" in s ? (s as CleanedTransactions).lines.length : s.records.length;
}

/**
 * Gathers the cleaned sheets into the data-quality report: rows read, used and flagged per sheet
 * and overall, every exclusion and flag with its first row numbers, and the warnings.
 * rowsUsed is the number of records each sheet hands to the analyses, so the invariant
 * rowsRead = rowsUsed + sum of excluded holds exactly when cleaning counted every row it dropped.
 */
export function buildDataQualityReport(
  sheets: readonly CleanedSheet<unknown>[],
  warnings: readonly Problem[] = []
): DataQualityReport {
  const perSheet: SheetQuality[] = sheets.map((s) => ({
    sheet: s.sheet,
    kind: s.kind,
    rowsRead: s.rowsRead,
    rowsUsed: rowsUsed(s),
    rowsFlagged: s.flagged.reduce((n, f) => n + f.count, 0),
  }));
  return {
    rowsRead: perSheet.reduce((n, s) => n + s.rowsRead, 0),
    rowsUsed: perSheet.reduce((n, s) => n + s.rowsUsed, 0),
    excluded: sheets.flatMap((s) => s.excluded),
    flagged: sheets.flatMap((s) => s.flagged),
    sheets: perSheet,
    warnings: [...warnings, ...sheets.flatMap((s) => s.warnings)],
  };
}
