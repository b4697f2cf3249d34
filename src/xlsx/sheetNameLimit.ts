/**
 * Excel's longest sheet name, in UTF-16 units as ExcelJS counts them. Its own module so that
 * the workbook reader (read/packageParts) can know it without loading JSZip through
 * longSheetNames: the pane's worker opens workbooks without JSZip.
 */
export const SHEET_NAME_MAX = 31;
