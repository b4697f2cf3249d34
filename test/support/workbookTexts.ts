/**
 * Every number format code and every text of a written .xlsx, read from its XML parts (JSZip,
 * not ExcelJS: charts' axis and data-label formats are only in the chart parts): what a test
 * scans for a currency sign the data does not have.
 */
import JSZip from "jszip";

export interface WorkbookTexts {
  /** formatCode attributes of styles.xml and of every chart part. */
  formats: string[];
  /** Text runs of every part: cells' shared and inline strings, titles, chart text. */
  strings: string[];
}

/** XML text with the five predefined entities decoded. */
function decode(xml: string): string {
  return xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export async function workbookTexts(bytes: Uint8Array): Promise<WorkbookTexts> {
  const zip = await JSZip.loadAsync(bytes);
  const formats: string[] = [];
  const strings: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(/formatCode="([^"]*)"/g)) formats.push(decode(m[1]));
    for (const m of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\//g)) strings.push(decode(m[1]));
  }
  return { formats, strings };
}
