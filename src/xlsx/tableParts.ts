/**
 * Makes ExcelJS's table parts valid OOXML. ExcelJS writes a column's number format as
 * `<tableColumn ... dxfId="n"/>`, an attribute CT_TableColumn does not have (ECMA-376 Part 1,
 * 18.5.1.3 tableColumn: headerRowDxfId, dataDxfId, totalsRowDxfId); strict readers (openpyxl)
 * refuse the file and Excel may offer to repair it. The format is the column's data-area format,
 * which the schema calls `dataDxfId`.
 */
import type JSZip from "jszip";

/** One table part's XML with every tableColumn's `dxfId` renamed `dataDxfId`. */
export function validTableXml(xml: string): string {
  return xml.replace(/<tableColumn\b[^>]*>/g, (tag) => tag.replace(/\sdxfId="/, ' dataDxfId="'));
}

/** Rewrites every table part (xl/tables/*.xml) of the package in place. */
export async function fixTableParts(zip: JSZip): Promise<void> {
  const parts = zip.file(/^xl\/tables\/[^/]+\.xml$/);
  for (const part of parts) zip.file(part.name, validTableXml(await part.async("string")));
}
