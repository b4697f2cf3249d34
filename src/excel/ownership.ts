/**
 * Which sheets the add-in owns, so a re-run replaces only those and never a user's sheet.
 *
 * Ownership is a mark carried by the sheet itself, written on every sheet the add-in writes:
 * - a worksheet custom property (ExcelApi 1.12), when the host has them;
 * - always, a hidden defined name scoped to the sheet (Worksheet.names, ExcelApi 1.4) whose
 *   formula is the same text: what a 1.9 host can read, and what a workbook written on a 1.12
 *   host still carries when opened on an older one.
 * Both are saved in the file with the sheet, follow it through renames and go when it is
 * deleted. A sheet is ours when either mark says so.
 * Never worksheet ids: "the ID remains constant within a single session but will change between
 * sessions" (maintainer, OfficeDev/office-js-docs#297), also between hosts (OfficeDev/office-js
 * #1390), and reissued ids are not random: the first sheet of every new Excel on the web file is
 * {00000000-0001-0000-0000-000000000000} (OfficeDev/office-js#552), so a remembered id may miss
 * our sheet or, worse, name a user's sheet after a reopen. Nor a workbook setting: Excel's
 * settings and the document's property bag (Office.context.document.settings, saved whole by
 * saveAsync) are one per-document store, which the pane's own saveAsync and refreshAsync can
 * overwrite (OfficeDev/office-js#594: refreshAsync wipes settings; #360: Excel settings not
 * persisted on the web).
 */
import type { ReportModel, SheetKey } from "../report/model";
import type { ExcelHost, HostWorksheet } from "./host";
import type { RequirementCheck } from "./requirements";

/** Custom property key on each sheet the add-in writes; its value is `${OWNER}:${sheetKey}`. */
export const OWNER_PROPERTY = "crmAnalytics.owner";
export const OWNER = "crm-analytics";
/** Sheet-scoped defined name holding the same mark (a valid name: letters, dots, no spaces). */
export const OWNER_NAME = "crmAnalytics.owner";
/**
 * Workbook setting in which earlier versions listed the owned sheets' ids. Neither read nor
 * written any more (see above); kept so tests can check a write leaves it as it was.
 */
export const OWNED_SHEETS_SETTING = "crmAnalytics.ownedSheets";

export interface SheetSummary {
  /** This session's id of the sheet: only good within one run (see the module comment). */
  id: string;
  name: string;
  ownedByUs: boolean;
  /** The sheet key in the add-in's mark ("dashboard"), null on a sheet that is not ours. */
  ownerKey: string | null;
  /** Names of the Excel Tables on the sheet (table names are unique in the workbook). */
  tables: string[];
}

/** The sheet key of an add-in's mark (`crm-analytics:<sheet key>`), null when not ours. */
function keyOfMark(text: unknown): string | null {
  return typeof text === "string" && text.startsWith(`${OWNER}:`)
    ? text.slice(OWNER.length + 1)
    : null;
}

/**
 * The two workbooks the add-in writes into one Excel workbook, each replacing only its own
 * earlier sheets: the report, and the teaching workbook beside it (writing one never takes the
 * other away). A mark with a key this version does not know counts as the report's.
 */
export type OwnedWorkbook = "report" | "teaching";

const TEACHING_KEYS: ReadonlySet<string> = new Set<SheetKey>([
  "teachingRfm",
  "teachingSegments",
  "exercises",
  "answers",
]);

export function ownedWorkbookOf(key: string): OwnedWorkbook {
  return TEACHING_KEYS.has(key) ? "teaching" : "report";
}

/** Which of the two a model is, by its first sheet. */
export function ownedWorkbookOfModel(model: Pick<ReportModel, "sheets">): OwnedWorkbook {
  return model.sheets.length > 0 ? ownedWorkbookOf(model.sheets[0].key) : "report";
}

/** Every sheet of the workbook, in order, with its tables and whether the add-in owns it. Two syncs. */
export async function surveySheets(
  context: ExcelHost,
  supports: RequirementCheck
): Promise<{ sheets: SheetSummary[]; handles: HostWorksheet[] }> {
  const collection = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const handles = collection.items;
  const properties = supports("ExcelApi", "1.12")
    ? handles.map((sheet) =>
        sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value")
      )
    : undefined;
  const names = handles.map((sheet) => sheet.names.getItemOrNullObject(OWNER_NAME).load("value"));
  const tables = handles.map((sheet) => sheet.tables.load("items/name"));
  await context.sync();
  const sheets = handles.map((sheet, i) => {
    const property = properties?.[i];
    const name = names[i];
    const byProperty =
      property !== undefined && !property.isNullObject ? keyOfMark(property.value) : null;
    const byName = name.isNullObject ? null : keyOfMark(name.value);
    const ownerKey = byProperty ?? byName;
    return {
      id: sheet.id,
      name: sheet.name,
      ownedByUs: ownerKey !== null,
      ownerKey,
      tables: tables[i].items.map((t) => t.name),
    };
  });
  return { sheets, handles };
}

/**
 * Queues both marks on a sheet the add-in has just added (so it carries neither yet): the
 * custom property when the host supports it, and the hidden sheet-scoped name.
 */
export function markSheet(sheet: HostWorksheet, key: string, supports: RequirementCheck): void {
  const mark = `${OWNER}:${key}`;
  if (supports("ExcelApi", "1.12")) sheet.customProperties.add(OWNER_PROPERTY, mark);
  const name = sheet.names.add(OWNER_NAME, `="${mark.replace(/"/g, '""')}"`, "CRM Analytics");
  name.visible = false;
}
