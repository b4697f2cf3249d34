import ExcelJS from "exceljs";
import type { SampleSheet } from "./generateSample";

/**
 * Money in euros with 2 decimals, as Excel writes a euro format: after the number in the French
 * sheets, before it in the English variant (the sample is French euro data in both; the report
 * reads its currency from these formats).
 */
const EURO_FR = '#,##0.00\\ "€"';
const EURO_EN = '"€"#,##0.00';

/** Number formats by header, French and English: dates as dd/mm/yyyy, money in euros. */
const FORMATS: Record<string, string> = {
  "Date d'inscription": "dd/mm/yyyy",
  Date: "dd/mm/yyyy",
  "Date de contact": "dd/mm/yyyy",
  "Sign-up date": "dd/mm/yyyy",
  "Contact date": "dd/mm/yyyy",
  "Prix unitaire": EURO_FR,
  Montant: EURO_FR,
  "Coût par contact": EURO_FR,
  "Unit price": EURO_EN,
  Amount: EURO_EN,
  "Cost per contact": EURO_EN,
};

/** A fixed timestamp for the workbook's properties, so the same seed gives the same file. */
const FIXED_TIME = new Date(Date.UTC(2025, 0, 1));

/**
 * Builds the sample workbook with ExcelJS: one worksheet per sheet, a bold frozen header row
 * with a filter, plain ranges (not Excel Tables: the header-row detection is what is tested).
 */
export function buildSampleWorkbook(sheets: readonly SampleSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "crm-analytics sample generator";
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.headers.map((h) => ({
      header: h,
      width: Math.max(12, h.length + 4),
      style: FORMATS[h] ? { numFmt: FORMATS[h] } : {},
    }));
    ws.getRow(1).font = { bold: true };
    ws.addRows(sheet.rows);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } };
  }
  return workbook;
}

/** Writes the sample workbook to an .xlsx file. */
export async function writeSampleWorkbook(
  sheets: readonly SampleSheet[],
  file: string
): Promise<void> {
  await buildSampleWorkbook(sheets).xlsx.writeFile(file);
}
