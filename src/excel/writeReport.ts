/**
 * Writes a ReportModel into the open workbook, without ever damaging the user's data.
 *
 * 1. Survey: which sheets (and tables) exist, and which the add-in owns (ownership.ts).
 * 2. Build every new sheet, complete, under a temporary name: values in row blocks (writeBlocks),
 *    the Excel Tables over them (under temporary names) with their layout (sheetLayout), then
 *    the formulas, one 2-D write per block, then the charts over cells that now hold their data.
 *    Recalculation is suspended for every bulk sync (the swap recalculates).
 * 3. List the workbook again and choose the final names against it (namePlan), so a sheet or
 *    table the user added meanwhile keeps its name.
 * 4. Swap, in one sync (swapSheets): recalculate, old report aside, new names, ownership, old
 *    sheets deleted. Excel rewrites our formulas' table references as the tables are renamed.
 * A failure anywhere before the swap's deletions leaves the workbook as it was: the new sheets
 * are deleted and the old report gets its names back. A user's sheet or table named like ours
 * is never touched: ours gets a suffix. The source sheets are only ever read (by the survey).
 */
import type { SheetKey, ReportModel } from "../report/model";
import { findTable } from "../report/ranges";
import { type ExcelError, toExcelError } from "./excelError";
import type {
  ExcelHost,
  HostTable,
  HostTableCollection,
  HostWorksheet,
  HostWorksheetCollection,
} from "./host";
import { type BuildNames, type ListedSheet, planBuildNames, planFinalNames } from "./namePlan";
import { markSheet, ownedWorkbookOf, ownedWorkbookOfModel, surveySheets } from "./ownership";
import { TARGET_BYTES_PER_SYNC } from "./payloadSize";
import { queueChart } from "./renderChart";
import type { RequirementCheck } from "./requirements";
import { queueSheetSettings, queueTableStructure } from "./sheetLayout";
import {
  finishSwap,
  type NewReport,
  type OldReport,
  presentSheetIds,
  queueSwap,
  undoSwap,
} from "./swapSheets";
import { SyncBatcher } from "./syncBatcher";
import {
  writeStaticBlock,
  writeTableFormulas,
  writeTableValues,
  writeTileFormulas,
} from "./writeBlocks";

export { widthInPoints } from "./sheetLayout";

export interface WriteReportOptions {
  supports: RequirementCheck;
  /** The workbook uses the 1904 date system (from WorkbookSource.info()): shifts serial dates. */
  date1904?: boolean;
  /** Aim for this many bytes per sync [3 MiB]. */
  targetBytesPerSync?: number;
  /** Table rows written so far out of all table rows. */
  onProgress?: (rowsWritten: number, rowsTotal: number) => void;
}

export type WriteReportResult =
  | {
      ok: true;
      /** The sheets written, in model order, with the names they got. */
      sheets: { key: SheetKey; name: string }[];
      /** Names of the add-in's previous sheets that were replaced. */
      replaced: string[];
    }
  | { ok: false; error: ExcelError };

/** Bytes a batch of table and layout commands is counted for. */
const STRUCTURE_BYTES = 1000;
/** Bytes a chart's commands are counted for (more for long titles and bands: renderChart). */
const CHART_BYTES = 500;
/** Bytes of a load of the sheets' ids. */
const LISTING_BYTES = 100;

/** Step 2, first sync: the new sheets, empty, under temporary names, with their ids. */
async function createSheets(
  context: ExcelHost,
  model: ReportModel,
  names: BuildNames,
  supports: RequirementCheck
): Promise<HostWorksheet[]> {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  const handles = model.sheets.map((sheet, i) => {
    const handle = context.workbook.worksheets.add(names.tempSheets[i]);
    markSheet(handle, sheet.key, supports);
    if (sheet.tabColor) handle.tabColor = `#${sheet.tabColor}`;
    return handle.load("id");
  });
  await context.sync();
  return handles;
}

/** Step 2, the rest: cells, tables and layout, formulas, charts; each a run of batched syncs. */
async function buildSheets(
  model: ReportModel,
  handles: HostWorksheet[],
  names: BuildNames,
  batcher: SyncBatcher,
  options: WriteReportOptions & { target: number }
): Promise<Map<string, HostTable>> {
  const date1904 = options.date1904 ?? false;
  const rowsTotal = model.sheets
    .flatMap((s) => s.blocks)
    .reduce((sum, b) => sum + (b.kind === "table" ? b.rows.length : 0), 0);
  let rowsWritten = 0;
  const progress = (rows: number) => {
    rowsWritten += rows;
    options.onProgress?.(Math.min(rowsWritten, rowsTotal), rowsTotal);
  };
  for (const [i, sheet] of model.sheets.entries()) {
    for (const block of sheet.blocks) {
      if (block.kind === "table") {
        const settings = { date1904, target: options.target };
        await writeTableValues(batcher, handles[i], block, settings, progress);
      } else if (block.kind !== "chart") {
        await writeStaticBlock(batcher, handles[i], block);
      }
    }
  }
  const tables = new Map<string, HostTable>();
  for (const [i, sheet] of model.sheets.entries()) {
    await batcher.add(STRUCTURE_BYTES, () => {
      for (const block of sheet.blocks) {
        if (block.kind !== "table") continue;
        const temp = names.tempTables.get(block.name) ?? block.name;
        tables.set(block.name, queueTableStructure(handles[i], block, temp));
      }
      queueSheetSettings(handles[i], sheet);
    });
  }
  for (const [i, sheet] of model.sheets.entries()) {
    for (const block of sheet.blocks) {
      if (block.kind === "table") {
        await writeTableFormulas(batcher, handles[i], block, names.tempTables, options.target);
      } else {
        await writeTileFormulas(batcher, handles[i], block, names.tempTables);
      }
    }
  }
  for (const [i, sheet] of model.sheets.entries()) {
    for (const block of sheet.blocks) {
      if (block.kind !== "chart") continue;
      const found = findTable(model, block.table);
      if (!found) continue;
      const tableSheet = handles[model.sheets.indexOf(found.sheet)];
      await batcher.add(CHART_BYTES, () => queueChart(handles[i], block, found.table, tableSheet));
    }
  }
  return tables;
}

/**
 * Step 3: the workbook as it is now (every sheet with its tables) and handles on the old
 * report's tables, in two syncs (the first rides on the last build commands), the sheet names
 * read in the second, the last before the swap.
 */
async function listWorkbook(
  context: ExcelHost,
  batcher: SyncBatcher,
  oldSheets: HostWorksheet[]
): Promise<{ listed: ListedSheet[]; oldTables: HostTable[][] }> {
  let first: HostWorksheetCollection | undefined;
  await batcher.add(LISTING_BYTES, () => {
    first = context.workbook.worksheets.load("items/id");
  });
  await batcher.flush();
  if (!first) throw new Error("the workbook listing was not queued");
  const tables = new Map<string, HostTableCollection>(
    first.items.map((s) => [s.id, s.tables.load("items/name")])
  );
  const oldTables = oldSheets.map((s) => s.tables.load("items/name"));
  oldSheets.forEach((s) => s.load("visibility"));
  // Names again in this last sync before the swap: a sheet added or renamed meanwhile counts.
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const listed = sheets.items.map((s) => ({
    id: s.id,
    name: s.name,
    tables: tables.get(s.id)?.items.map((t) => t.name) ?? [],
  }));
  return { listed, oldTables: oldTables.map((c) => c.items) };
}

/**
 * Writes `model` into the workbook of `context` (see the module comment for the steps and
 * guarantees). Never throws for an Office failure: the result says what went wrong, as an i18n
 * code with parameters. Run it in `Excel.run({ delayForCellEdit: true }, ...)` (excelRun).
 */
export async function writeReport(
  context: ExcelHost,
  model: ReportModel,
  options: WriteReportOptions
): Promise<WriteReportResult> {
  const target = options.targetBytesPerSync ?? TARGET_BYTES_PER_SYNC;
  const batcher = new SyncBatcher(context, target);
  const params = { sheets: model.sheets.length };
  let phase: "build" | "swap" = "build";
  let names: BuildNames | undefined;
  let handles: HostWorksheet[] = [];
  const old: OldReport = { sheets: [], tables: [] };
  try {
    const survey = await surveySheets(context, options.supports);
    const kind = ownedWorkbookOfModel(model);
    old.sheets = survey.sheets.flatMap((s, i) =>
      s.ownerKey !== null && ownedWorkbookOf(s.ownerKey) === kind
        ? [{ handle: survey.handles[i], id: s.id, name: s.name }]
        : []
    );
    const oldIds = new Set(old.sheets.map((s) => s.id));
    names = planBuildNames(
      model,
      survey.sheets,
      survey.sheets.filter((s) => oldIds.has(s.id))
    );
    handles = await createSheets(context, model, names, options.supports);
    const tables = await buildSheets(model, handles, names, batcher, { ...options, target });
    const { listed, oldTables } = await listWorkbook(
      context,
      batcher,
      old.sheets.map((s) => s.handle)
    );
    old.tables = oldTables.flat().map((handle) => ({ handle, name: handle.name }));
    old.sheets.forEach((s) => (s.veryHidden = s.handle.visibility === "VeryHidden"));
    const built: NewReport = { sheets: handles, ids: handles.map((h) => h.id), tables };
    const finals = planFinalNames(model, listed, { newIds: new Set(built.ids), oldIds });

    phase = "swap";
    queueSwap(context, old, built, names, finals);
    await context.sync();
    return {
      ok: true,
      sheets: model.sheets.map((s, i) => ({ key: s.key, name: finals.sheets[i] })),
      replaced: old.sheets.map((s) => s.name),
    };
  } catch (thrown) {
    const error = toExcelError(thrown, "pane:excel.writeFailed", params);
    try {
      const present = phase === "swap" ? await presentSheetIds(context) : undefined;
      if (present && !old.sheets.every((s) => present.has(s.id))) {
        // The swap stopped while deleting the old sheets: the new report is complete; finish.
        error.code = "pane:excel.writeFailedAfterSwap";
        await finishSwap(context, old, present);
      } else if (names) {
        const ids = new Set(handles.flatMap((h) => loadedId(h)));
        const tempNames = new Set(names.tempSheets.map((n) => n.toLowerCase()));
        await undoSwap(context, phase === "swap" ? old : { sheets: [], tables: [] }, {
          ids,
          tempNames,
        });
      }
    } catch {
      // Recovery itself failed (Excel gone?): report the original failure.
    }
    return { ok: false, error };
  }
}

/** A new sheet's id, when its creation sync came back. */
function loadedId(handle: HostWorksheet): string[] {
  try {
    return [handle.id];
  } catch {
    return [];
  }
}
