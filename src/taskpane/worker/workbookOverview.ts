import type { SheetKind } from "../../analytics/domain";
import {
  detectSheetKind,
  findHeaderRow,
  proposeMapping,
  sheetRowCount,
  type WorkbookSource,
} from "../../analytics/input";
import { chooseSheets, type SheetCandidate } from "../../analytics/pipeline";
import { matchSummaryHeaders } from "../../warehouse/summaryHeaders";
import { engineProblemOf } from "./engineProblems";
import type { SheetOverview, WorkbookOverview } from "./engineTypes";

const kinds: readonly SheetKind[] = ["transactions", "customers", "contacts"];

/**
 * Reads every sheet of a source and says what each holds: header row, detected kind, the
 * mapping proposed for each kind (so the user can read a sheet as another kind), its reading as
 * a customer summary, and the sheet the pipeline would use for each kind (chooseSheets, over the
 * sheets that are not summaries) and the summary sheet, with the warnings.
 */
export async function workbookOverview(
  source: WorkbookSource,
  sourceName: string,
  onProgress?: (fraction: number) => void
): Promise<WorkbookOverview> {
  const listing = await source.listSheets();
  const candidates: SheetCandidate[] = [];
  const summaries: SheetOverview[] = [];
  const sheets: SheetOverview[] = [];
  for (const [i, listed] of listing.entries()) {
    const raw = await source.readSheet(listed.name);
    const header = findHeaderRow(raw);
    const headers = header?.headers ?? [];
    // A sheet with a summary's columns (frequency, recency, T...) holds one row a customer:
    // never transaction lines, even when its days and revenue read as a date and an amount.
    const summary = header ? matchSummaryHeaders(headers) : null;
    const overview: SheetOverview = {
      name: raw.name,
      rowCount: sheetRowCount(raw),
      headerRow: header?.excelRow ?? null,
      headers,
      detectedKind: summary?.convention ? "summary" : header ? detectSheetKind(headers).kind : null,
      proposals: header
        ? Object.fromEntries(kinds.map((kind) => [kind, proposeMapping(headers, kind)]))
        : {},
      summary,
    };
    sheets.push(overview);
    if (summary?.convention) summaries.push(overview);
    else candidates.push({ raw, header });
    onProgress?.((i + 1) / listing.length);
  }
  const choice = chooseSheets(candidates);
  // Without forced sheets chooseSheets cannot fail; the guard keeps the types honest.
  const chosen = "error" in choice ? [] : choice.chosen;
  const warnings = "error" in choice ? [] : choice.warnings;
  return {
    sourceName,
    sheets,
    chosen: {
      ...Object.fromEntries(chosen.map((c) => [c.kind, c.raw.name])),
      ...(bestSummary(summaries) ? { summary: bestSummary(summaries) } : {}),
    },
    warnings: warnings.map(engineProblemOf),
  };
}

/** The summary sheet to use: the first warehouse summary, else the first lifetimes one. */
function bestSummary(summaries: readonly SheetOverview[]): string | undefined {
  return (summaries.find((s) => s.summary?.convention === "warehouse") ?? summaries[0])?.name;
}
