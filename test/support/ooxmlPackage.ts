/**
 * A minimal .xlsx package written part by part (JSZip), for reader tests that need XML no
 * writer we have produces: prefixed element names, inline strings, ISO date cells, a DTD, a
 * lying size in the zip directory.
 */
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface PackageSheet {
  name: string;
  /** The worksheet's XML as is (see `worksheet`). */
  xml: string;
}

/** A worksheet part around `sheetData` content (and what follows it, e.g. mergeCells). */
export function worksheet(sheetData: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

export async function ooxmlPackage(options: {
  sheets: PackageSheet[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  compression?: "STORE" | "DEFLATE";
}): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheetRels = options.sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
    )
    .join("");
  const extraRels =
    (options.sharedStrings
      ? `<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : "") +
    (options.styles ? `<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>` : "");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  const sheets = options.sheets
    .map(
      (s, i) => `<sheet name="${escapeAttribute(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
    )
    .join("");
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${options.workbookPr ?? ""}<sheets>${sheets}</sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}${extraRels}</Relationships>`
  );
  options.sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  if (options.sharedStrings) zip.file("xl/sharedStrings.xml", options.sharedStrings);
  if (options.styles) zip.file("xl/styles.xml", options.styles);
  return zip.generateAsync({ type: "uint8array", compression: options.compression ?? "DEFLATE" });
}

export function sharedStringsXml(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
}

/** A styles part whose cellXfs use the given number format ids (custom formats from 164). */
export function stylesXml(formatIds: number[], custom: Record<number, string> = {}): string {
  const numFmts = Object.entries(custom)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`)
    .join("");
  const xfs = formatIds
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="${Object.keys(custom).length}">${numFmts}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${formatIds.length}">${xfs}</cellXfs></styleSheet>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
