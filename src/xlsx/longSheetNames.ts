import JSZip from "jszip";
import { InputFileError } from "./inputFileError";
import { SHEET_NAME_MAX } from "./sheetNameLimit";

export { SHEET_NAME_MAX };

const SHEET_NAME = /(<(?:\w+:)?sheet\b[^>]*?\bname=")([^"]*)(")/g;

/**
 * Workbook bytes whose sheet names ExcelJS can load. Excel never writes a sheet name over 31
 * characters, but other tools do, and ExcelJS 4.4 then fails on any such name: it truncates the
 * name once when it creates the sheet and again when it loads the sheet's model, finds the sheet
 * itself under the truncated name and throws "Worksheet name already exists", after printing
 * its warning twice. Here such names are truncated to 31 characters in xl/workbook.xml first,
 * as Excel itself would show them; two names that agree in their first 31 characters (case
 * aside) cannot both be kept and are refused with an InputFileError naming both. Bytes without
 * a long name come back unchanged; bytes JSZip cannot read too (ExcelJS then says why).
 */
export async function withExcelSheetNames(bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  let xml: string | undefined;
  try {
    zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("xl/workbook.xml")?.async("string");
  } catch {
    return bytes;
  }
  if (xml === undefined) return bytes;
  const names = [...xml.matchAll(SHEET_NAME)].map((m) => unescapeXml(m[2]));
  if (!names.some((n) => n.length > SHEET_NAME_MAX)) return bytes;

  const seen = new Map<string, string>();
  for (const name of names) {
    const key = name.slice(0, SHEET_NAME_MAX).toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputFileError("file.sheetNamesCollide", { first, second: name });
    }
    seen.set(key, name);
  }
  const renamed = xml.replace(
    SHEET_NAME,
    (_all, before: string, name: string, after: string) =>
      before + escapeXml(unescapeXml(name).slice(0, SHEET_NAME_MAX)) + after
  );
  zip.file("xl/workbook.xml", renamed);
  // Stored, not deflated: the bytes go straight to ExcelJS, and the size limits already hold.
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
