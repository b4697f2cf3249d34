/** Analysis results -> ReportModel, and the helpers both renderers share. */
export * from "./model";
export { buildReport, type ReportInput, type ReportOptions } from "./buildReport";
export {
  createReportContext,
  sheetName,
  landscapeA4,
  formatInstant,
  type ReportContext,
} from "./reportContext";
export type { MethodContribution, MethodParameter, MethodDefinition } from "./methodContribution";
export type { ReportSink } from "./reportSink";
export { layoutRows, type LayoutRow, type LayoutOptions } from "./layout";
export * from "./ranges";
export { sheetColumnWidths, fittedColumnWidth } from "./columnWidths";
export { tableRowHeights, wrappedLines, LINE_HEIGHT } from "./rowHeights";
export {
  FORMAT,
  currencyFormat,
  defaultFormat,
  pointsFormat,
  prefixedFormat,
} from "./numberFormats";
export { palette, seriesColor, TABLE_STYLE } from "./palette";
export { excelSheetName, excelTableName, MAX_SHEET_NAME } from "./excelNames";
export { validateModel, assertValidModel, MAX_CELL_TEXT, type ModelIssue } from "./validateModel";
export { buildDataQualitySheet, DATA_QUALITY_TABLES } from "./sheets/dataQualitySheet";
export { buildMethodSheet, METHOD_TABLES } from "./sheets/methodSheet";
