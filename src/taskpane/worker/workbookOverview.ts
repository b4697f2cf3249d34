import type { SheetKind } from "../../analytics/domain";
import {
  detectSheetKind,
  findHeaderRow,
  proposeMapping,
  type WorkbookSource,
} from "../../analytics/input";
import { chooseSheets, type SheetCandidate } from "../../analytics/pipeline";
import { engineProblemOf } from "./engineProblems";
import type { SheetOverview, WorkbookOverview } from "./engineTypes";

const kinds: readonly SheetKind[] = ["transactions", "customers", "contacts"];

/**
 * Reads every sheet of a source and says what each holds: header row, detected kind, the
 * mapping proposed for each kind (so the user can read a sheet as another kind), and the sheet
 * the pipeline would use for each kind (chooseSheets), with its warnings.
 */
export async function workbookOverview(
  source: WorkbookSource,
  sourceName: string,
  onProgress?: (fraction: number) => void
): Promise<WorkbookOverview> {
  const listing = await source.listSheets();
  const candidates: SheetCandidate[] = [];
  const sheets: SheetOverview[] = [];
  for (const [i, listed] of listing.entries()) {
    const raw = await source.readSheet(listed.name);
    const header = findHeaderRow(raw);
    candidates.push({ raw, header });
    const headers = header?.headers ?? [];
    sheets.push({
      name: raw.name,
      rowCount: raw.rows.length,
      headerRow: header?.excelRow ?? null,
      headers,
      detectedKind: header ? detectSheetKind(headers).kind : null,
      proposals: header
        ? Object.fromEntries(kinds.map((kind) => [kind, proposeMapping(headers, kind)]))
        : {},
    });
    onProgress?.((i + 1) / listing.length);
  }
  const choice = chooseSheets(candidates);
  // Without forced sheets chooseSheets cannot fail; the guard keeps the types honest.
  const chosen = "error" in choice ? [] : choice.chosen;
  const warnings = "error" in choice ? [] : choice.warnings;
  return {
    sourceName,
    sheets,
    chosen: Object.fromEntries(chosen.map((c) => [c.kind, c.raw.name])),
    warnings: warnings.map(engineProblemOf),
  };
}
