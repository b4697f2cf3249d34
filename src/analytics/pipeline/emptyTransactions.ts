import { dayNumber, type Instant } from "../domain";
import type { DataQualityReport } from "../quality";
import { isoDay } from "../rfm/calendar";
import { pipelineError, type PipelineError } from "./pipelineError";

/**
 * Why the transactions sheet gave no transaction at all, when the reason is the sheet rather
 * than its values: it has a header row and no data rows, or every row is dated after the
 * analysis date (cleaning keeps the analysis day itself). Said as such ("the transactions sheet
 * Ventes has no rows dated on or before 2024-01-01") instead of "no transactions sheet was found", which sends the user looking for the wrong
 * thing. Null when some rows were used, or when they were excluded for other reasons (the
 * data-quality summary lists those).
 */
export function emptyTransactionsError(
  sheet: string,
  report: DataQualityReport,
  asOf: Instant | undefined
): PipelineError | null {
  const quality = report.sheets.find((s) => s.sheet === sheet && s.kind === "transactions");
  if (!quality || quality.rowsUsed > 0) return null;
  if (quality.rowsRead === 0) return pipelineError("sheetHasNoRows", { sheet });
  const late = report.excluded
    .filter((e) => e.sheet === sheet && e.reason === "afterAnalysisDate")
    .reduce((sum, e) => sum + e.count, 0);
  if (asOf === undefined || late !== quality.rowsRead) return null;
  return pipelineError("noRowsBeforeAsOf", { sheet, asOf: isoDay(dayNumber(asOf)) });
}
