/**
 * The layout of a report sheet once its cells are written: the Excel Tables over the written
 * ranges (with wrapping, row heights and conditional formats), column widths, frozen rows and
 * print settings. Everything here is queued; the caller syncs.
 */
import type { ReportSheet, TableBlock } from "../report/model";
import {
  columnBodyA1,
  columnLetters,
  columnsBodyA1,
  hasTotalsRow,
  tableBodyRowCount,
} from "../report/ranges";
import { sheetColumnWidths } from "../report/columnWidths";
import { printTitleRows } from "../report/printLayout";
import { tableHeaderHeight, tableRowHeights } from "../report/rowHeights";
import type { HostTable, HostWorksheet } from "./host";

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
export function queueTableStructure(
  sheet: HostWorksheet,
  table: TableBlock,
  tempName: string
): HostTable {
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
export function queueSheetSettings(sheet: HostWorksheet, model: ReportSheet): void {
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
  // Both fits always set: a fit left out keeps whatever Excel had (1 page on some hosts). 0 is
  // "automatic", as many pages as needed (fitToWidth/fitToHeight="0" in the file format).
  page.zoom =
    wide > 0 || tall
      ? { horizontalFitToPages: wide, verticalFitToPages: tall ? 1 : 0 }
      : { scale: print.scale ?? 100 };
  if (print.area) page.setPrintArea(print.area);
  // The frozen header rows repeat on every printed page, as they stay on screen (unless the
  // printed range is beside them: printTitleRows).
  const titleRows = printTitleRows(model);
  if (titleRows > 0) page.setPrintTitleRows(`$1:$${titleRows}`);
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
