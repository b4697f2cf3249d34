/**
 * Which sheets the add-in owns, so a re-run replaces only those and never a user's sheet.
 *
 * Two marks, both written on every run: a worksheet custom property (ExcelApi 1.12; it travels
 * with the sheet, survives renames) when the host supports it, and always a workbook setting
 * listing the owned sheets' ids (ExcelApi 1.4; what a 1.9 host can use). A sheet is ours when
 * either mark says so, so a workbook written on one host is recognised on the other.
 */
import type { ExcelHost, HostWorksheet } from "./host";
import type { RequirementCheck } from "./requirements";

/** Custom property key on each sheet the add-in writes; its value is `${OWNER}:${sheetKey}`. */
export const OWNER_PROPERTY = "crmAnalytics.owner";
export const OWNER = "crm-analytics";
/** Workbook setting holding a JSON array of the ids of the sheets the add-in owns. */
export const OWNED_SHEETS_SETTING = "crmAnalytics.ownedSheets";

export interface SheetSummary {
  id: string;
  name: string;
  ownedByUs: boolean;
  /** Names of the Excel Tables on the sheet (table names are unique in the workbook). */
  tables: string[];
}

function parseIds(value: unknown): string[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** Every sheet of the workbook, in order, with its tables and whether the add-in owns it. Two syncs. */
export async function surveySheets(
  context: ExcelHost,
  supports: RequirementCheck
): Promise<{ sheets: SheetSummary[]; handles: HostWorksheet[] }> {
  const collection = context.workbook.worksheets.load("items/name,items/id");
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING).load("value");
  await context.sync();
  const handles = collection.items;
  const marks = supports("ExcelApi", "1.12")
    ? handles.map((sheet) =>
        sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value")
      )
    : undefined;
  const tables = handles.map((sheet) => sheet.tables.load("items/name"));
  await context.sync();
  const listed = new Set(setting.isNullObject ? [] : parseIds(setting.value));
  const sheets = handles.map((sheet, i) => {
    const mark = marks?.[i];
    const marked = mark !== undefined && !mark.isNullObject && mark.value.startsWith(OWNER);
    return {
      id: sheet.id,
      name: sheet.name,
      ownedByUs: marked || listed.has(sheet.id),
      tables: tables[i].items.map((t) => t.name),
    };
  });
  return { sheets, handles };
}

/** Queues the custom-property mark on a sheet the add-in writes (when the host supports it). */
export function markSheet(sheet: HostWorksheet, key: string, supports: RequirementCheck): void {
  if (supports("ExcelApi", "1.12")) sheet.customProperties.add(OWNER_PROPERTY, `${OWNER}:${key}`);
}

/** Queues the workbook setting listing the sheets the add-in now owns (replacing the old list). */
export function recordOwnedSheets(context: ExcelHost, ids: string[]): void {
  context.workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify(ids));
}
