/**
 * The swap: the one sync that turns the new sheets, built under temporary names, into the
 * report, and the way back when it fails.
 *
 * Its commands run in an order that keeps every failure undoable until the last step: Excel
 * applies a batch in order and stops at the first failing command, earlier ones staying applied.
 * 1. recalculate (calculation was suspended for the bulk syncs: suspendApiCalculationUntilNextSync
 *    leaves the recalculation to the add-in, learn.microsoft.com Excel.Application);
 * 2. the old report's sheets and tables step aside to parked names;
 * 3. the new sheets and tables take their final names (a sheet the user has just added with one
 *    of those names makes this fail: nothing is deleted yet);
 * 4. the first new sheet is shown, a VeryHidden old sheet made Hidden (else it cannot go);
 * 5. the old sheets are deleted (their tables go with them); the new sheets carry their
 *    ownership marks from the build (ownership.ts).
 * A failure before the first deletion is undone by `undoSwap`; a failure after it leaves the new
 * report complete, and `finishSwap` deletes the old sheets still there.
 */
import type { ExcelHost, HostTable, HostWorksheet } from "./host";
import type { BuildNames, FinalNames } from "./namePlan";

/** The old report: its sheets and tables, with the names they had. */
export interface OldReport {
  /** `veryHidden`: Excel refuses to delete a VeryHidden sheet, so it is first made Hidden. */
  sheets: { handle: HostWorksheet; id: string; name: string; veryHidden?: boolean }[];
  tables: { handle: HostTable; name: string }[];
}

/** The new report, under temporary names. */
export interface NewReport {
  sheets: HostWorksheet[];
  ids: string[];
  /** Model table name -> table handle. */
  tables: Map<string, HostTable>;
}

/** Queues the swap (see the module comment for the order and why). */
export function queueSwap(
  context: ExcelHost,
  old: OldReport,
  built: NewReport,
  names: BuildNames,
  finals: FinalNames
): void {
  const app = context.workbook.application;
  app.suspendScreenUpdatingUntilNextSync();
  app.calculate("Full");
  old.tables.forEach((t) => (t.handle.name = names.parkedTables.get(t.name) ?? t.name));
  old.sheets.forEach((s, i) => (s.handle.name = names.parkedSheets[i]));
  built.sheets.forEach((sheet, i) => (sheet.name = finals.sheets[i]));
  for (const [modelName, handle] of built.tables) {
    handle.name = finals.tables.get(modelName) ?? modelName;
  }
  built.sheets[0]?.activate();
  // Worksheet.delete fails on a VeryHidden sheet (learn.microsoft.com, Excel.Worksheet.delete).
  old.sheets.filter((s) => s.veryHidden).forEach((s) => (s.handle.visibility = "Hidden"));
  old.sheets.forEach((s) => s.handle.delete());
}

/** Ids of the sheets now in the workbook. */
export async function presentSheetIds(context: ExcelHost): Promise<Set<string>> {
  const sheets = context.workbook.worksheets.load("items/id");
  await context.sync();
  return new Set(sheets.items.map((s) => s.id));
}

/**
 * Puts the workbook back as it was before the write: deletes the new sheets still present
 * (found by id, or by temporary name when their ids never came back), and gives the old
 * report's sheets and tables their names again. One sync after one listing.
 */
export async function undoSwap(
  context: ExcelHost,
  old: OldReport,
  created: { ids: Set<string>; tempNames: Set<string> }
): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  await context.sync();
  const ours = sheets.items.filter(
    (s) => created.ids.has(s.id) || created.tempNames.has(s.name.toLowerCase())
  );
  ours.forEach((s) => s.delete());
  old.sheets.forEach((s) => (s.handle.name = s.name));
  old.sheets.filter((s) => s.veryHidden).forEach((s) => (s.handle.visibility = "VeryHidden"));
  old.tables.forEach((t) => (t.handle.name = t.name));
  if (ours.length > 0 || old.sheets.length > 0) await context.sync();
}

/**
 * Finishes a swap that stopped after its first deletion: deletes the old sheets still there
 * (the new ones carry their ownership marks from the build).
 */
export async function finishSwap(
  context: ExcelHost,
  old: OldReport,
  present: Set<string>
): Promise<void> {
  old.sheets.filter((s) => present.has(s.id)).forEach((s) => s.handle.delete());
  await context.sync();
}
