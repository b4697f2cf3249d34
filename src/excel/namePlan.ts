/**
 * The names a write uses. New sheets and tables are built under temporary names (formulas
 * included: they name our tables by their temporary names, and Excel rewrites those references
 * when the tables are renamed). Final names are chosen at swap time, from a listing of the
 * workbook taken in the last sync before the swap, so a sheet the user added meanwhile keeps its
 * name and ours takes the next free one.
 */
import type { ReportModel } from "../report/model";
import { excelTableName } from "../report/excelNames";
import { freeSheetName, freeTableName, NameSet } from "./sheetNames";

/** A sheet of the workbook as a listing sees it. */
export interface ListedSheet {
  id: string;
  name: string;
  tables: string[];
}

/** Names used while building: temporary sheets and tables, nothing final yet. */
export interface BuildNames {
  tempSheets: string[];
  /** Model table name -> temporary table name. */
  tempTables: Map<string, string>;
  /** Temporary names the old report sheets and their tables step aside to during the swap. */
  parkedSheets: string[];
  parkedTables: Map<string, string>;
}

/** Final names of the new sheets and tables, as chosen at swap time. */
export interface FinalNames {
  sheets: string[];
  /** Model table name -> final table name. */
  tables: Map<string, string>;
}

/** Temporary names for every new sheet and table, and for the old report's to step aside. */
export function planBuildNames(
  model: ReportModel,
  existing: ListedSheet[],
  oldSheets: ListedSheet[]
): BuildNames {
  const sheets = new NameSet(existing.map((s) => s.name));
  const tables = new NameSet(existing.flatMap((s) => s.tables));
  const pick = (base: string) => {
    const name = freeSheetName(base, (n) => sheets.has(n));
    sheets.add(name);
    return name;
  };
  const pickTable = (base: string) => {
    const name = freeTableName(base, (n) => tables.has(n));
    tables.add(name);
    return name;
  };
  const tempSheets = model.sheets.map((_, i) => pick(`~crm ${i + 1}`));
  const parkedSheets = oldSheets.map((_, i) => pick(`~crm old ${i + 1}`));
  const tempTables = new Map<string, string>();
  let n = 0;
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks) {
      if (block.kind === "table") tempTables.set(block.name, pickTable(`crmTemp${++n}`));
    }
  }
  const parkedTables = new Map<string, string>();
  for (const name of oldSheets.flatMap((s) => s.tables)) {
    parkedTables.set(name, pickTable(`crmOld${++n}`));
  }
  return { tempSheets, tempTables, parkedSheets, parkedTables };
}

/**
 * Final names against the workbook as it is now: every sheet and table that is neither ours
 * (new, under a temporary name) nor the old report's keeps its name, ours work around them.
 */
export function planFinalNames(
  model: ReportModel,
  current: ListedSheet[],
  ours: { newIds: Set<string>; oldIds: Set<string> }
): FinalNames {
  const others = current.filter((s) => !ours.newIds.has(s.id) && !ours.oldIds.has(s.id));
  const taken = new NameSet(others.map((s) => s.name));
  const sheets = model.sheets.map((sheet) => {
    const name = freeSheetName(sheet.name, (n) => taken.has(n));
    taken.add(name);
    return name;
  });
  const takenTables = new NameSet(others.flatMap((s) => s.tables));
  const tables = new Map<string, string>();
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks) {
      if (block.kind !== "table") continue;
      const name = freeTableName(excelTableName(block.name), (n) => takenTables.has(n));
      takenTables.add(name);
      tables.set(block.name, name);
    }
  }
  return { sheets, tables };
}

/**
 * A model formula with each of our table names replaced by the name it has in the workbook
 * (one pass, longest names first, so "Seg" never rewrites part of "Segments").
 */
export function renameTablesInFormula(formula: string, names: Map<string, string>): string {
  const from = [...names.keys()].sort((a, b) => b.length - a.length);
  if (from.length === 0) return formula;
  const escaped = from.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(^|[^A-Za-z0-9_.\\\\])(${escaped.join("|")})\\[`, "gi");
  const lower = new Map(from.map((n) => [n.toLowerCase(), names.get(n) ?? n]));
  return formula.replace(
    pattern,
    (_whole, before: string, name: string) => `${before}${lower.get(name.toLowerCase())}[`
  );
}
