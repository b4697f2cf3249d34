/**
 * The shared string table (xl/sharedStrings.xml, ECMA-376 Part 1, 18.4) as plain strings: a
 * rich text string is its runs' text joined, phonetic guides (rPh) are left out, and Excel's
 * escapes of characters XML cannot hold ("_x000D_", 22.9.2.19) are decoded, as ExcelJS did.
 */
import { XmlScanner } from "./xmlScanner";
import type { BytesRead, ZipPackage } from "./zipPackage";

/** Excel's escape of a UTF-16 unit as "_xHHHH_" (upper-case hex, as ExcelJS decoded it). */
const EXCEL_ESCAPE = /_x([0-9A-F]{4})_/g;

export function unescapeExcelText(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(EXCEL_ESCAPE, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The strings of the table in order. An item with neither text nor runs is null (ExcelJS
 * gave such a cell no value).
 */
export async function readSharedStrings(
  pkg: ZipPackage,
  part: string,
  onBytes?: BytesRead
): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  let item: string[] | null = null;
  let hasText = false;
  let inText = false;
  let phonetic = 0;
  const scanner = new XmlScanner({
    open(name) {
      if (name === "si") {
        item = [];
        hasText = false;
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0 && item) {
        inText = true;
        hasText = true;
      }
    },
    close(name) {
      if (name === "si" && item) {
        strings.push(hasText ? item.join("") : null);
        item = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(text) {
      item?.push(unescapeExcelText(text));
    },
    wantsText: () => inText,
  });
  await pkg.streamAsync(part, (text) => scanner.push(text), onBytes);
  scanner.end();
  return strings;
}
