/**
 * REFERENCE ONLY (tests and bench): the ExcelJS in-memory writer the streaming writer replaced
 * (src/xlsx/writeReport.ts). Kept to check the new writer reads back the same workbook.
 *
 * The .xlsx renderer of a ReportModel, for the CLI and the standalone browser mode.
 *
 * ExcelJS writes the cells, Excel Tables, number and conditional formats, frozen panes, widths
 * and print setup. ExcelJS cannot write charts, so the native charts are added afterwards to the
 * zip it produced (src/xlsx/chart/): DrawingML chart parts bound to the tables' ranges, with
 * cached values so readers that do not recalculate still draw them.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type {
  PageFrameLine,
  ReportBlock,
  ReportModel,
  ReportSheet,
} from "../../../src/report/model";
import { sheetColumnWidths } from "../../../src/report/columnWidths";
import { printTitleRows } from "../../../src/report/printLayout";
import { assertValidModel } from "../../../src/report/validateModel";
import { addChartsToPackage } from "../../../src/xlsx/chart/addCharts";
import { fixPrintAreas, printRanges } from "../../../src/xlsx/printAreas";
import { fixTableParts } from "../../../src/xlsx/tableParts";
import { writeKpiTiles, writeNote, writeTitle } from "./writeReportBlocks";
import { writeTable } from "./writeReportTable";
import { argb } from "./writeReportStyle";

/** Excel's paper size code for A4 (ECMA-376 Part 1, 18.3.1.63 pageSetup, paperSize). */
const PAPER_A4 = 9;

/**
 * Writes the report as an .xlsx file: every sheet of the model, in order, with its tables,
 * tiles, notes and native charts. Works in Node and in the browser (no file system). Throws,
 * before writing anything, when the model breaks one of Excel's rules (validateModel.ts).
 */
export async function writeReportXlsxExcelJs(model: ReportModel): Promise<Uint8Array> {
  assertValidModel(model);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CRM Analytics for Excel";
  // An Instant is wall-clock ms read as UTC, which is what ExcelJS writes for a Date.
  workbook.created = new Date(model.generatedAt);
  workbook.modified = workbook.created;
  for (const sheet of model.sheets) writeSheet(workbook, sheet);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await fixTableParts(zip);
  await fixPrintAreas(zip, model);
  await addChartsToPackage(zip, model);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * "A1:P43" as "A$1:P$43": ExcelJS adds the column's "$" itself but not the row's, and a print
 * area that is not fully absolute ('Dashboard'!$A1:$P43) is ignored by LibreOffice.
 */
export function absoluteRows(area: string): string {
  return area.replace(/([A-Z]+)\$?(\d+)/g, "$1$$$2");
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): void {
  const ws = workbook.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: [
      sheet.freezeRows
        ? { state: "frozen", ySplit: sheet.freezeRows, showGridLines: false }
        : { state: "normal", showGridLines: false },
    ],
    pageSetup: pageSetup(sheet),
  });
  if (sheet.print.pageFrame) {
    ws.headerFooter = {
      oddHeader: headerFooterText(sheet.print.pageFrame.header),
      oddFooter: headerFooterText(sheet.print.pageFrame.footer),
    };
  }
  sheetColumnWidths(sheet).forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const block of sheet.blocks) writeBlock(ws, block);
  // A manual break above a zero-based row is ExcelJS's break after the (one-based) row before it.
  for (const row of sheet.print.breaksBefore ?? []) if (row > 0) ws.getRow(row).addPageBreak();
}

/** The model's print setup as ExcelJS page setup (fit, scale, area, repeated rows and columns). */
export function pageSetup(sheet: ReportSheet): Partial<ExcelJS.PageSetup> {
  const { print } = sheet;
  const wide = print.fitToPage.wide === true ? 1 : print.fitToPage.wide || 0;
  return {
    paperSize: PAPER_A4,
    orientation: print.orientation,
    ...(wide > 0 || print.fitToPage.tall
      ? { fitToPage: true, fitToWidth: wide, fitToHeight: print.fitToPage.tall ? 1 : 0 }
      : { fitToPage: false, scale: print.scale ?? 100 }),
    // Several ranges: ExcelJS gets the first, fixPrintAreas writes them all.
    ...(print.area ? { printArea: absoluteRows(printRanges(print.area)[0]) } : {}),
    // The frozen header rows repeat on every printed page, as they stay on screen.
    ...(printTitleRows(sheet) > 0 ? { printTitlesRow: `1:${printTitleRows(sheet)}` } : {}),
    ...(print.titleColumns ? { printTitlesColumn: print.titleColumns } : {}),
  };
}

/** "&L...&C...&R..." of a header or footer line (ECMA-376 Part 1, 18.3.1.46). */
export function headerFooterText(line: PageFrameLine): string {
  return (
    (line.left ? `&L${line.left}` : "") +
    (line.center ? `&C${line.center}` : "") +
    (line.right ? `&R${line.right}` : "")
  );
}

function writeBlock(ws: ExcelJS.Worksheet, block: ReportBlock): void {
  switch (block.kind) {
    case "title":
      return writeTitle(ws, block);
    case "kpiTiles":
      return writeKpiTiles(ws, block);
    case "table":
      return writeTable(ws, block);
    case "note":
      return writeNote(ws, block);
    case "chart":
      // drawn by addCharts once the cells are written
      return;
  }
}
