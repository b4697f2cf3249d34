/**
 * Print areas of several ranges ("A1:H20,A40:AS300": each range prints from a new page). ExcelJS
 * writes one range per `_xlnm.Print_Area` name, and several names for one sheet when given more
 * (a workbook may define a name once per sheet: ECMA-376 Part 1, 18.2.5 definedName), so the
 * writer hands it the first range and this step writes the sheet's full list into that name.
 */
import type JSZip from "jszip";
import type { ReportModel } from "../report/model";

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
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Rewrites the Print_Area names of the sheets whose area has several ranges. */
export async function fixPrintAreas(zip: JSZip, model: ReportModel): Promise<void> {
  const several = model.sheets
    .map((sheet, index) => ({ sheet, index }))
    .filter(
      ({ sheet }) => sheet.print.area !== undefined && printRanges(sheet.print.area).length > 1
    );
  if (several.length === 0) return;
  const file = zip.file("xl/workbook.xml");
  if (file === null) throw new Error("the package has no xl/workbook.xml");
  let xml = await file.async("string");
  for (const { sheet, index } of several) {
    const name = new RegExp(
      `(<definedName\\b(?=[^>]*name="_xlnm\\.Print_Area")(?=[^>]*localSheetId="${index}")[^>]*>)[^<]*(</definedName>)`
    );
    if (!name.test(xml)) throw new Error(`no print area written for sheet "${sheet.name}"`);
    xml = xml.replace(
      name,
      (_, open: string, close: string) =>
        `${open}${escapeXml(printAreaFormula(sheet.name, sheet.print.area!))}${close}`
    );
  }
  zip.file("xl/workbook.xml", xml);
}
