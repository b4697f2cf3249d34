/**
 * Print areas of several ranges ("A1:H20,A40:AS300": each range prints from a new page). ExcelJS
 * writes one range per `_xlnm.Print_Area` name, and several names for one sheet when given more
 * (a workbook may define a name once per sheet: ECMA-376 Part 1, 18.2.5 definedName), so the
 * writer hands it the first range and this step writes the sheet's full list into that name;
 * the same for the repeated rows and columns (Print_Titles).
 */
import type JSZip from "jszip";
import type { ReportModel } from "../report/model";
import { printTitleRows } from "../report/printLayout";

/** "A1:H20,A40:AS300" -> ["A1:H20", "A40:AS300"]. */
export function printRanges(area: string): string[] {
  return area.split(",").map((range) => range.trim());
}

/** "'It''s'!$A$1:$H$20,'It''s'!$A$40:$AS$300": a sheet's ranges as a defined name's formula. */
export function printAreaFormula(sheetName: string, area: string): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return printRanges(area)
    .map((range) => `${quoted}!${range.replace(/\$?([A-Z]+)\$?(\d+)/g, "$$$1$$$2")}`)
    .join(",");
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/'/g, "&apos;");
}

/** The Print_Titles formula: the repeated columns, then the repeated rows ("'S'!$A:$D,'S'!$1:$6"). */
export function printTitlesFormula(sheetName: string, columns?: string, rows?: number): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const parts: string[] = [];
  if (columns) parts.push(`${quoted}!${columns.replace(/([A-Z]+)/g, "$$$1")}`);
  if (rows) parts.push(`${quoted}!$1:$${rows}`);
  return parts.join(",");
}

/**
 * Writes every sheet's Print_Area and Print_Titles names from the model: all the ranges of an
 * area, and the sheet name quoted as Excel requires (ExcelJS leaves the "'" of "It's" single).
 */
export async function fixPrintAreas(zip: JSZip, model: ReportModel): Promise<void> {
  const file = zip.file("xl/workbook.xml");
  if (file === null) throw new Error("the package has no xl/workbook.xml");
  let xml = await file.async("string");
  const setName = (name: string, index: number, formula: string, sheet: string) => {
    const element = new RegExp(
      `(<definedName\\b(?=[^>]*name="${name.replace(".", "\\.")}")(?=[^>]*localSheetId="${index}")[^>]*>)[^<]*(</definedName>)`
    );
    if (!element.test(xml)) throw new Error(`no ${name} written for sheet "${sheet}"`);
    xml = xml.replace(
      element,
      (_, open: string, close: string) => `${open}${escapeXml(formula)}${close}`
    );
  };
  model.sheets.forEach((sheet, index) => {
    if (sheet.print.area) {
      setName(
        "_xlnm.Print_Area",
        index,
        printAreaFormula(sheet.name, sheet.print.area),
        sheet.name
      );
    }
    const titleRows = printTitleRows(sheet);
    if (sheet.print.titleColumns || titleRows > 0) {
      const formula = printTitlesFormula(sheet.name, sheet.print.titleColumns, titleRows);
      setName("_xlnm.Print_Titles", index, formula, sheet.name);
    }
  });
  zip.file("xl/workbook.xml", xml);
}
