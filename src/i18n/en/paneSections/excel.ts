/**
 * Pane strings: excel (en), the failures of the Excel layer (src/excel/excelError.ts codes
 * "pane:excel.*"). Keys must match the other language (test/i18n.test.ts). A code whose params
 * sometimes name a sheet has a "_sheet" variant (i18next context), chosen by
 * src/taskpane/flow/hostProblem.ts; the plain key never needs a parameter.
 */
const excel = {
  sheetNotFound:
    "The sheet “{{sheet}}” is no longer in this workbook: it may have been renamed or deleted. Click “Find my data” again.",
  payloadTooLarge:
    "Excel refused a request as too large. Close other workbooks and try again; if it happens again, split the data across several sheets.",
  payloadTooLarge_sheet:
    "Excel refused to read the sheet “{{sheet}}” in one request as too large. Close other workbooks and try again; if it happens again, split the data across several sheets.",
  apiNotSupported:
    "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
  readFailed: "The workbook could not be read. Leave any cell you are editing and try again.",
  readFailed_sheet:
    "The sheet “{{sheet}}” could not be read. Leave any cell you are editing and try again.",
  writeFailed:
    "The report could not be written; your workbook is unchanged. Leave any cell you are editing and try again.",
  writeFailedAfterSwap:
    "The report sheets were replaced but some formulas (KPI tiles, totals) could not be written. Your own sheets are unchanged. Run the analysis and write the report again.",
  unexpected: "Excel reported an unexpected error. Leave any cell you are editing and try again.",
} as const;
export default excel;
