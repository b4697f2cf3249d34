/**
 * Writes a ReportModel into the open workbook, without ever damaging the user's data.
 *
 * 1. Survey: which sheets (and tables) exist, and which the add-in owns (ownership.ts).
 * 2. Build every new sheet under a temporary name: values in row blocks (one 2-D write of values
 *    and one of number formats per block, blocks sized by payload), then Excel Tables over the
 *    written ranges, conditional formats, column widths, frozen panes, print settings, charts.
 *    Recalculation is suspended for every bulk sync, screen updating around creation and swap.
 * 3. Swap, in one sync: delete the sheets the add-in owned, give the new sheets and tables their
 *    final names, record ownership.
 * 4. Write the model's formulas (KPI tiles, totals rows), now that names are final.
 * A failure in 1-2 (or in 3 before anything old was deleted) removes the new sheets, so the
 * workbook is as it was. A user's sheet or table named like ours is never touched: ours gets a
 * suffix. The source sheets are only ever read (by the survey).
 */
import type { SheetKey, ReportModel, ReportSheet, TableBlock, ReportBlock } from "../report/model";
import { prefixedFormat } from "../report/numberFormats";
import {
  cellA1,
  columnBodyA1,
  columnLetters,
  columnsBodyA1,
  findTable,
  hasTotalsRow,
  subtotalFormula,
  tableBodyRowCount,
  tileValuePosition,
} from "../report/ranges";
import { sheetColumnWidths } from "../report/columnWidths";
import { tableHeaderHeight, tableRowHeights } from "../report/rowHeights";
import { palette } from "../report/palette";
import { asText, planRowBlocks } from "./cellWrites";
import { type ExcelError, toExcelError } from "./excelError";
import type { ExcelHost, HostRange, HostTable, HostWorksheet } from "./host";
import { markSheet, recordOwnedSheets, type SheetSummary, surveySheets } from "./ownership";
import { rowJsonBytes, TARGET_BYTES_PER_SYNC } from "./payloadSize";
import { queueChart } from "./renderChart";
import type { RequirementCheck } from "./requirements";
import { freeSheetName, freeTableName, NameSet } from "./sheetNames";
import { SyncBatcher } from "./syncBatcher";

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

/** A formula written after the swap, on the new sheet of index `sheet`. */
interface DeferredFormula {
  sheet: number;
  address: string;
  formulas: string[][];
}

interface NamePlan {
  tempSheets: string[];
  finalSheets: string[];
  /** Model table name -> final and temporary names. */
  tables: Map<string, { final: string; temp: string }>;
}

/** Picks final and temporary names: user sheets and tables keep theirs, ours work around them. */
function planNames(model: ReportModel, existing: SheetSummary[]): NamePlan {
  const userSheets = new NameSet(existing.filter((s) => !s.ownedByUs).map((s) => s.name));
  const allSheets = new NameSet(existing.map((s) => s.name));
  const finals = new NameSet();
  const finalSheets = model.sheets.map((sheet) => {
    const name = freeSheetName(sheet.name, (n) => userSheets.has(n) || finals.has(n));
    finals.add(name);
    return name;
  });
  const temps = new NameSet();
  const tempSheets = model.sheets.map((_, i) => {
    const name = freeSheetName(
      `~crm ${i + 1}`,
      (n) => allSheets.has(n) || finals.has(n) || temps.has(n)
    );
    temps.add(name);
    return name;
  });
  const userTables = new NameSet(existing.filter((s) => !s.ownedByUs).flatMap((s) => s.tables));
  const allTables = new NameSet(existing.flatMap((s) => s.tables));
  const chosen = new NameSet();
  const tables = new Map<string, { final: string; temp: string }>();
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks) {
      if (block.kind !== "table") continue;
      const final = freeTableName(block.name, (n) => userTables.has(n) || chosen.has(n));
      chosen.add(final);
      const temp = freeTableName(`${final}_crmtmp`, (n) => allTables.has(n) || chosen.has(n));
      chosen.add(temp);
      tables.set(block.name, { final, temp });
    }
  }
  return { tempSheets, finalSheets, tables };
}

/** A model formula with table names replaced where ours had to take another name. */
function rewriteTableNames(formula: string, plan: NamePlan): string {
  let out = formula;
  for (const [name, { final }] of plan.tables) {
    if (name === final) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(^|[^A-Za-z0-9_.])${escaped}\\[`, "g"), `$1${final}[`);
  }
  return out;
}

/** Colour of a KPI change: green up, red down, grey for none (as the .xlsx renderer does). */
function changeColor(value: number | null): string {
  if (value === null || value === 0) return palette.neutral;
  return value > 0 ? palette.positive : palette.negative;
}

/** Queues font properties on a range's format. */
function setFont(range: HostRange, font: { bold?: boolean; size?: number; color?: string }): void {
  const target = range.format.font;
  if (font.bold !== undefined) target.bold = font.bold;
  if (font.size !== undefined) target.size = font.size;
  if (font.color !== undefined) target.color = `#${font.color}`;
}

/**
 * Writes the small blocks (title, tiles, notes) of a sheet, styled like the .xlsx renderer
 * (fonts, tile fill, tiles merged across their columns); tile formulas are deferred.
 */
async function writeStaticBlock(
  batcher: SyncBatcher,
  sheet: HostWorksheet,
  block: ReportBlock,
  index: number,
  deferred: DeferredFormula[]
): Promise<void> {
  const { row, col } = block.anchor;
  const at = (r: number, c: number, rows = 1, cols = 1) =>
    sheet.getRangeByIndexes(r, c, rows, cols);
  switch (block.kind) {
    case "title": {
      const lines = [[asText(block.title)], ...block.subtitle.map((s) => [asText(s)])];
      await batcher.add(rowJsonBytes(lines.flat()) + 200, () => {
        at(row, col, lines.length).values = lines;
        setFont(at(row, col), { bold: true, size: 16, color: palette.headerFill });
        if (lines.length > 1) {
          setFont(at(row + 1, col, lines.length - 1), { size: 10, color: palette.mutedText });
        }
      });
      return;
    }
    case "kpiTiles": {
      const width = Math.max(1, block.tiles.length * block.tileCols);
      const values: (string | number | null)[][] = [0, 1, 2].map(() => new Array(width).fill(null));
      const formats: string[][] = [0, 1, 2].map(() => new Array(width).fill("General"));
      block.tiles.forEach((tile, i) => {
        const c = i * block.tileCols;
        values[0][c] = asText(tile.label);
        values[1][c] = tile.value ?? "";
        formats[1][c] = tile.format;
        if (tile.change && tile.change.value !== null) {
          values[2][c] = tile.change.value;
          formats[2][c] = prefixedFormat(tile.change.format, block.changeLabel);
        }
        if (tile.formula !== undefined) {
          deferred.push({
            sheet: index,
            address: cellA1(tileValuePosition(block, i)),
            formulas: [[`=${tile.formula}`]],
          });
        }
      });
      await batcher.add(rowJsonBytes(values.flat()) + rowJsonBytes(formats.flat()) + 200, () => {
        at(row, col, 3, width).values = values;
        at(row, col, 3, width).numberFormat = formats;
        block.tiles.forEach((_, i) => {
          const tileRange = at(row, col + i * block.tileCols, 3, block.tileCols);
          if (block.tileCols > 1) tileRange.merge(true);
          tileRange.format.fill.color = `#${palette.tileFill}`;
          tileRange.format.horizontalAlignment = "Center";
          tileRange.format.verticalAlignment = "Center";
        });
        setFont(at(row, col, 1, width), { size: 9, color: palette.mutedText });
        setFont(at(row + 1, col, 1, width), { bold: true, size: 16, color: palette.text });
        block.tiles.forEach((tile, i) => {
          const color = changeColor(tile.change?.value ?? null);
          setFont(at(row + 2, col + i * block.tileCols), { size: 9, color });
        });
      });
      return;
    }
    case "note": {
      const lines = [
        ...(block.heading === undefined ? [] : [[asText(block.heading)]]),
        ...block.paragraphs.map((p) => [asText(p)]),
      ];
      if (lines.length === 0) return;
      await batcher.add(rowJsonBytes(lines.flat()) + 100, () => {
        at(row, col, lines.length).values = lines;
        setFont(at(row, col, lines.length), { size: 10, color: palette.text });
        if (block.heading !== undefined) {
          setFont(at(row, col), { bold: true, size: 11, color: palette.headerFill });
        }
      });
      return;
    }
    default:
      return;
  }
}

/**
 * Writes a table's header and body in row blocks (values, then number formats: a value written
 * after a "@" format would be kept verbatim, apostrophe included). Formula cells and the totals
 * row are deferred.
 */
async function writeTableValues(
  batcher: SyncBatcher,
  sheet: HostWorksheet,
  table: TableBlock,
  index: number,
  finalName: string,
  options: { date1904: boolean; target: number },
  deferred: DeferredFormula[],
  progress: (rows: number) => void
): Promise<void> {
  const { row, col } = table.anchor;
  const cols = table.columns.length;
  const header = [table.columns.map((c) => asText(c.header))];
  await batcher.add(rowJsonBytes(header[0]) + 100, () => {
    sheet.getRangeByIndexes(row, col, 1, cols).values = header;
  });
  for (const block of planRowBlocks(table.rows, table.columns, options.date1904, options.target)) {
    await batcher.add(block.bytes, () => {
      const range = sheet.getRangeByIndexes(row + 1 + block.start, col, block.values.length, cols);
      range.values = block.values;
      range.numberFormat = block.numberFormat;
    });
    progress(block.end - block.start);
  }
  table.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell !== null && typeof cell === "object") {
        deferred.push({
          sheet: index,
          address: cellA1({ row: row + 1 + r, col: col + c }),
          formulas: [[`=${cell.formula}`]],
        });
      }
    })
  );
  if (hasTotalsRow(table)) {
    const totalsRow = row + 1 + tableBodyRowCount(table);
    const formulas = table.columns.map((c) => {
      if (c.total === undefined) return "";
      if ("label" in c.total) return asText(c.total.label);
      return `=${subtotalFormula(finalName, c.header, c.total.fn)}`;
    });
    deferred.push({
      sheet: index,
      address: `${cellA1({ row: totalsRow, col })}:${cellA1({ row: totalsRow, col: col + cols - 1 })}`,
      formulas: [formulas],
    });
  }
}

/**
 * Queues wrapping of the table's wrap columns and the row heights src/report computed for them
 * (Excel does not grow rows for text written through the API either). Runs of equal heights are
 * set in one command.
 */
function queueWrapping(sheet: HostWorksheet, table: TableBlock): void {
  for (const column of table.columns.filter((c) => c.wrap)) {
    sheet.getRange(columnBodyA1(table, column.id)).format.wrapText = true;
  }
  if (table.wrapHeaders) {
    const header = sheet.getRangeByIndexes(
      table.anchor.row,
      table.anchor.col,
      1,
      table.columns.length
    );
    header.format.wrapText = true;
    header.format.rowHeight = tableHeaderHeight(table);
  }
  const heights = [...tableRowHeights(table)].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    let j = i + 1;
    while (
      j < heights.length &&
      heights[j][0] === heights[j - 1][0] + 1 &&
      heights[j][1] === heights[i][1]
    ) {
      j++;
    }
    sheet.getRangeByIndexes(heights[i][0], table.anchor.col, j - i, 1).format.rowHeight =
      heights[i][1];
    i = j;
  }
}

/** Queues the Excel Table over a written table, and its conditional formats. */
function queueTableStructure(sheet: HostWorksheet, table: TableBlock, tempName: string): HostTable {
  const { row, col } = table.anchor;
  const rows = 1 + tableBodyRowCount(table);
  const created = sheet.tables.add(
    sheet.getRangeByIndexes(row, col, rows, table.columns.length),
    true
  );
  created.name = tempName;
  created.style = table.style;
  if (hasTotalsRow(table)) created.showTotals = true;
  queueWrapping(sheet, table);
  for (const cf of table.conditionalFormats ?? []) {
    const range = sheet.getRange(columnsBodyA1(table, cf.columns));
    switch (cf.kind) {
      case "dataBar": {
        const format = range.conditionalFormats.add("DataBar");
        format.dataBar.positiveFormat.fillColor = `#${cf.color}`;
        break;
      }
      case "colorScale": {
        const [low, mid, high] =
          cf.colors.length === 3 ? cf.colors : [cf.colors[0], undefined, cf.colors[1]];
        const format = range.conditionalFormats.add("ColorScale");
        format.colorScale.criteria = {
          minimum: { type: "LowestValue", color: `#${low}` },
          ...(mid === undefined
            ? {}
            : { midpoint: { type: "Percentile", formula: "50", color: `#${mid}` } }),
          maximum: { type: "HighestValue", color: `#${high}` },
        };
        break;
      }
      case "iconSet": {
        const format = range.conditionalFormats.add("IconSet");
        const styles = {
          "3Arrows": "ThreeArrows",
          "3TrafficLights1": "ThreeTrafficLights1",
          "3Symbols": "ThreeSymbols",
          "3Flags": "ThreeFlags",
        } as const;
        format.iconSet.style = styles[cf.iconSet];
        format.iconSet.showIconOnly = !cf.showValue;
        // The first criterion is implied (from the lowest value); Excel ignores its content.
        format.iconSet.criteria = [
          { type: "Number", operator: "GreaterThanOrEqual", formula: "=0" },
          ...cf.thresholds.map((t) => ({
            type: "Number" as const,
            operator: "GreaterThanOrEqual" as const,
            formula: `=${t}`,
          })),
        ];
        break;
      }
    }
  }
  return created;
}

/** Column widths in Excel character units to points (Calibri 11: 7 px a character + 5 px padding). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Queues widths, frozen rows and print settings of a sheet. */
function queueSheetSettings(sheet: HostWorksheet, model: ReportSheet): void {
  sheetColumnWidths(model).forEach((width, c) => {
    if (width > 0) {
      const letters = columnLetters(c);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(width);
    }
  });
  if (model.freezeRows) sheet.freezePanes.freezeRows(model.freezeRows);
  queuePageSetup(sheet, model);
}

/**
 * The model's print setup through Excel.PageLayout (ExcelApi 1.9), the same settings the .xlsx
 * writer puts in the file: https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout
 * Manual breaks: `horizontalPageBreaks.add` puts a break above the range
 * (https://learn.microsoft.com/en-gb/office/dev/Add-ins/excel/excel-add-ins-worksheet-display).
 * Header and footer codes (&P, &N, &A) are Excel's, as in the file
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter).
 */
function queuePageSetup(sheet: HostWorksheet, model: ReportSheet): void {
  const { print } = model;
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  const wide = print.fitToPage.wide === true ? 1 : print.fitToPage.wide || 0;
  const tall = print.fitToPage.tall;
  page.zoom =
    wide > 0 || tall
      ? {
          ...(wide > 0 ? { horizontalFitToPages: wide } : {}),
          ...(tall ? { verticalFitToPages: 1 } : {}),
        }
      : { scale: print.scale ?? 100 };
  if (print.area) page.setPrintArea(print.area);
  // The frozen header rows repeat on every printed page, as they stay on screen.
  if (model.freezeRows) page.setPrintTitleRows(`$1:$${model.freezeRows}`);
  if (print.titleColumns) {
    page.setPrintTitleColumns(print.titleColumns.replace(/([A-Z]+)/g, "$$$1"));
  }
  for (const row of print.breaksBefore ?? []) {
    if (row > 0) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
  if (print.pageFrame) {
    const frame = page.headersFooters.defaultForAllPages;
    const { header, footer } = print.pageFrame;
    frame.leftHeader = header.left ?? "";
    frame.centerHeader = header.center ?? "";
    frame.rightHeader = header.right ?? "";
    frame.leftFooter = footer.left ?? "";
    frame.centerFooter = footer.center ?? "";
    frame.rightFooter = footer.right ?? "";
  }
}

/** Deletes the sheets a failed write created, so the workbook is as it was. */
async function rollback(context: ExcelHost, tempNames: string[]): Promise<void> {
  const temps = new NameSet(tempNames);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const ours = sheets.items.filter((s) => temps.has(s.name));
  ours.forEach((s) => s.delete());
  if (ours.length > 0) await context.sync();
}

/** Ids of the sheets now in the workbook. */
async function presentSheetIds(context: ExcelHost): Promise<Set<string>> {
  const sheets = context.workbook.worksheets.load("items/id");
  await context.sync();
  return new Set(sheets.items.map((s) => s.id));
}

/** What the build step made: the new sheets, their tables, and the formulas still to write. */
interface Built {
  handles: HostWorksheet[];
  tables: { handle: HostTable; final: string }[];
  deferred: DeferredFormula[];
}

/** Step 2: every new sheet, complete, under its temporary name. */
async function buildNewSheets(
  context: ExcelHost,
  model: ReportModel,
  names: NamePlan,
  batcher: SyncBatcher,
  options: WriteReportOptions & { target: number }
): Promise<Built> {
  const date1904 = options.date1904 ?? false;
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  const handles = model.sheets.map((sheet, i) => {
    const handle = context.workbook.worksheets.add(names.tempSheets[i]);
    markSheet(handle, sheet.key, options.supports);
    if (sheet.tabColor) handle.tabColor = `#${sheet.tabColor}`;
    return handle.load("id");
  });
  await context.sync();

  const deferred: DeferredFormula[] = [];
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
        const finalName = names.tables.get(block.name)?.final ?? block.name;
        const settings = { date1904, target: options.target };
        await writeTableValues(
          batcher,
          handles[i],
          block,
          i,
          finalName,
          settings,
          deferred,
          progress
        );
      } else if (block.kind !== "chart") {
        await writeStaticBlock(batcher, handles[i], block, i, deferred);
      }
    }
  }

  const tables: Built["tables"] = [];
  for (const [i, sheet] of model.sheets.entries()) {
    await batcher.add(1000, () => {
      for (const block of sheet.blocks) {
        if (block.kind !== "table") continue;
        const name = names.tables.get(block.name) ?? { final: block.name, temp: block.name };
        const handle = queueTableStructure(handles[i], block, name.temp);
        tables.push({ handle, final: name.final });
      }
      queueSheetSettings(handles[i], sheet);
    });
  }
  for (const [i, sheet] of model.sheets.entries()) {
    for (const block of sheet.blocks) {
      if (block.kind !== "chart") continue;
      const found = findTable(model, block.table);
      if (!found) continue;
      const tableSheet = handles[model.sheets.indexOf(found.sheet)];
      await batcher.add(500, () => queueChart(handles[i], block, found.table, tableSheet));
    }
  }
  await batcher.flush();
  return { handles, tables, deferred };
}

/**
 * Step 3, queued: delete the add-in's old sheets (those still present), give the new sheets and
 * tables their final names, record ownership. Also how a swap interrupted halfway is finished.
 */
function queueSwap(
  context: ExcelHost,
  oldSheets: HostWorksheet[],
  built: Built,
  names: NamePlan
): void {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  oldSheets.forEach((sheet) => sheet.delete());
  built.handles.forEach((handle, i) => (handle.name = names.finalSheets[i]));
  built.tables.forEach((t) => (t.handle.name = t.final));
  recordOwnedSheets(
    context,
    built.handles.map((h) => h.id)
  );
  built.handles[0]?.activate();
}

/**
 * Writes `model` into the workbook of `context` (see the module comment for the steps and
 * guarantees). Never throws for an Office failure: the result says what went wrong, as an i18n
 * code with parameters.
 */
export async function writeReport(
  context: ExcelHost,
  model: ReportModel,
  options: WriteReportOptions
): Promise<WriteReportResult> {
  const target = options.targetBytesPerSync ?? TARGET_BYTES_PER_SYNC;
  const batcher = new SyncBatcher(context, target);
  const params = { sheets: model.sheets.length };
  let phase: "build" | "swap" | "formulas" = "build";
  let names: NamePlan | undefined;
  let built: Built | undefined;
  let old: { summary: SheetSummary; handle: HostWorksheet }[] = [];
  try {
    const survey = await surveySheets(context, options.supports);
    old = survey.sheets.flatMap((summary, i) =>
      summary.ownedByUs ? [{ summary, handle: survey.handles[i] }] : []
    );
    names = planNames(model, survey.sheets);
    built = await buildNewSheets(context, model, names, batcher, { ...options, target });

    phase = "swap";
    queueSwap(
      context,
      old.map((o) => o.handle),
      built,
      names
    );
    await context.sync();

    phase = "formulas";
    for (const f of built.deferred) {
      const formulas = f.formulas.map((row) => row.map((x) => rewriteTableNames(x, names!)));
      const sheet = built.handles[f.sheet];
      await batcher.add(rowJsonBytes(formulas.flat()) + 100, () => {
        sheet.getRange(f.address).formulas = formulas;
      });
    }
    await batcher.flush();
    return {
      ok: true,
      sheets: model.sheets.map((s, i) => ({ key: s.key, name: names!.finalSheets[i] })),
      replaced: old.map((o) => o.summary.name),
    };
  } catch (thrown) {
    if (phase === "formulas") {
      return { ok: false, error: toExcelError(thrown, "pane:excel.writeFailedAfterSwap", params) };
    }
    const error = toExcelError(thrown, "pane:excel.writeFailed", params);
    try {
      const present = phase === "swap" ? await presentSheetIds(context) : undefined;
      const untouched = !present || old.every((o) => present.has(o.summary.id));
      if (untouched) {
        if (names) await rollback(context, names.tempSheets);
      } else if (built && names) {
        // The swap stopped halfway: old sheets partly deleted. Going back is impossible, so
        // finish it: one set of sheets under the right names (the formulas are not written).
        error.code = "pane:excel.writeFailedAfterSwap";
        const remaining = old.filter((o) => present.has(o.summary.id)).map((o) => o.handle);
        queueSwap(context, remaining, built, names);
        await context.sync();
      }
    } catch {
      // Recovery itself failed (Excel gone?): report the original failure.
    }
    return { ok: false, error };
  }
}
