/**
 * The worker's path for a per-customer summary sheet: which sheet is in use, reading it
 * (src/warehouse/summarySheet.ts) with the workbook's culture, and hiding summary sheets from
 * the transaction-lines path so a summary is never read as a customers or transactions sheet.
 */
import type { WorkbookSource } from "../../analytics/input";
import type { DataChoice, WorkbookOverview } from "./engineTypes";
export { summarySheetInUse } from "./summaryInUse";
export { readSummary, type SummaryRead } from "../../warehouse/readSummarySource";

/** A source without the summary sheets, unless the user chose one of them for a kind. */
export function withoutSummarySheets(
  source: WorkbookSource,
  overview: WorkbookOverview,
  choice: DataChoice
): WorkbookSource {
  const forced = new Set(
    Object.entries(choice.sheets)
      .filter(([role]) => role !== "summary")
      .map(([, sheet]) => sheet)
  );
  const hidden = new Set(
    overview.sheets
      .filter((s) => s.detectedKind === "summary" && !forced.has(s.name))
      .map((s) => s.name)
  );
  if (hidden.size === 0) return source;
  return {
    info: () => source.info(),
    listSheets: async () => (await source.listSheets()).filter((s) => !hidden.has(s.name)),
    readSheet: (name, onProgress) => source.readSheet(name, onProgress),
  };
}
