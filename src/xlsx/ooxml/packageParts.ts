/**
 * The package's fixed parts (ECMA-376 Part 2 for content types and relationships; Part 1,
 * 18.2 for the workbook): content types, the workbook with its sheets and print names, their
 * relationships, document properties.
 */
import type { ReportModel } from "../../report/model";
import { printTitleRows } from "../../report/printLayout";
import { printAreaFormula, printTitlesFormula } from "../printAreas";
import { escapeXml, NS_MAIN, NS_REL, XML_HEAD } from "./xmlText";

const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

export const REL_TYPE = {
  worksheet: `${OFFICE_REL}/worksheet`,
  styles: `${OFFICE_REL}/styles`,
  theme: `${OFFICE_REL}/theme`,
  table: `${OFFICE_REL}/table`,
  drawing: `${OFFICE_REL}/drawing`,
} as const;

export function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${NS_PKG_RELS}">` +
    rels
      .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
      .join("") +
    "</Relationships>"
  );
}

export function contentTypesXml(counts: {
  sheets: number;
  tables: number;
  charts: number;
  drawings: number;
}): string {
  const over = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  const many = (n: number, path: (i: number) => string, type: string) =>
    Array.from({ length: n }, (_, i) => over(path(i + 1), type)).join("");
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    over("/xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`) +
    many(
      counts.sheets,
      (i) => `/xl/worksheets/sheet${i}.xml`,
      `${CT}.spreadsheetml.worksheet+xml`
    ) +
    over("/xl/theme/theme1.xml", `${CT}.theme+xml`) +
    over("/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`) +
    many(counts.tables, (i) => `/xl/tables/table${i}.xml`, `${CT}.spreadsheetml.table+xml`) +
    many(counts.charts, (i) => `/xl/charts/chart${i}.xml`, `${CT}.drawingml.chart+xml`) +
    many(counts.drawings, (i) => `/xl/drawings/drawing${i}.xml`, `${CT}.drawing+xml`) +
    over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    over("/docProps/app.xml", `${CT}.extended-properties+xml`) +
    "</Types>"
  );
}

export function rootRelationshipsXml(): string {
  return relationshipsXml([
    { id: "rId1", type: `${OFFICE_REL}/officeDocument`, target: "xl/workbook.xml" },
    {
      id: "rId2",
      type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      target: "docProps/core.xml",
    },
    { id: "rId3", type: `${OFFICE_REL}/extended-properties`, target: "docProps/app.xml" },
  ]);
}

/** The workbook part: sheets in order, then each sheet's Print_Area and Print_Titles. */
export function workbookXml(model: ReportModel): string {
  const sheets = model.sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const names: string[] = [];
  model.sheets.forEach((sheet, index) => {
    if (sheet.print.area) {
      names.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${index}">` +
          `${escapeXml(printAreaFormula(sheet.name, sheet.print.area))}</definedName>`
      );
    }
    const titleRows = printTitleRows(sheet);
    if (sheet.print.titleColumns || titleRows > 0) {
      const formula = printTitlesFormula(sheet.name, sheet.print.titleColumns, titleRows);
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(formula)}</definedName>`
      );
    }
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<workbookPr defaultThemeVersion="164011"/>` +
    `<bookViews><workbookView/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    `<calcPr calcId="171027"/></workbook>`
  );
}

/** The workbook's relationships: sheets rId1..n, then styles and theme. */
export function workbookRelationshipsXml(sheetCount: number): string {
  return relationshipsXml([
    ...Array.from({ length: sheetCount }, (_, i) => ({
      id: `rId${i + 1}`,
      type: REL_TYPE.worksheet,
      target: `worksheets/sheet${i + 1}.xml`,
    })),
    { id: `rId${sheetCount + 1}`, type: REL_TYPE.styles, target: "styles.xml" },
    { id: `rId${sheetCount + 2}`, type: REL_TYPE.theme, target: "theme/theme1.xml" },
  ]);
}

/** "2025-01-02T09:00:00Z" of an Instant (wall-clock ms read as UTC). */
function w3cdtf(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function corePropertiesXml(model: ReportModel): string {
  const when = w3cdtf(model.generatedAt);
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    "<dc:creator>CRM Analytics for Excel</dc:creator>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export function appPropertiesXml(model: ReportModel): string {
  const names = model.sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join("");
  const n = model.sheets.length;
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Microsoft Excel</Application>" +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
    `<vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    "</Properties>"
  );
}
