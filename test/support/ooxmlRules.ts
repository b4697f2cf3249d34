/**
 * Schema rules of ECMA-376 Part 1 that are cheap to check on the parts we write: the table
 * parts (18.5 Tables: CT_Table, CT_TableColumn) and the chart parts (21.2 DrawingML Charts:
 * the element order of each chart group and series type, axis ids). Each rule returns the
 * problems it finds as sentences naming the part, so a failing test says what to fix.
 */
import JSZip from "jszip";
import { parseXml, type XmlElement } from "../xlsx/xmlTree";

/** Attributes of CT_Table (18.5.1.2); prefixed attributes (xmlns, mc:, xr:) are other schemas'. */
const TABLE_ATTRIBUTES = new Set([
  "id",
  "name",
  "displayName",
  "comment",
  "ref",
  "tableType",
  "headerRowCount",
  "insertRow",
  "insertRowShift",
  "totalsRowCount",
  "totalsRowShown",
  "published",
  "headerRowDxfId",
  "dataDxfId",
  "totalsRowDxfId",
  "headerRowBorderDxfId",
  "tableBorderDxfId",
  "totalsRowBorderDxfId",
  "headerRowCellStyle",
  "dataCellStyle",
  "totalsRowCellStyle",
  "connectionId",
]);
const TABLE_CHILDREN = ["autoFilter", "sortState", "tableColumns", "tableStyleInfo", "extLst"];

/** Attributes of CT_TableColumn (18.5.1.3). */
const TABLE_COLUMN_ATTRIBUTES = new Set([
  "id",
  "uniqueName",
  "name",
  "totalsRowFunction",
  "totalsRowLabel",
  "queryTableFieldId",
  "headerRowDxfId",
  "dataDxfId",
  "totalsRowDxfId",
  "headerRowCellStyle",
  "dataCellStyle",
  "totalsRowCellStyle",
]);
const TABLE_COLUMN_CHILDREN = [
  "calculatedColumnFormula",
  "totalsRowFormula",
  "xmlColumnPr",
  "extLst",
];
/** ST_TotalsRowFunction (18.18.80). */
const TOTALS_FUNCTIONS = new Set([
  "none",
  "sum",
  "min",
  "max",
  "average",
  "count",
  "countNums",
  "stdDev",
  "var",
  "custom",
]);
const DXF_ATTRIBUTES = ["headerRowDxfId", "dataDxfId", "totalsRowDxfId"];

/** Sequences of the chart groups and series (21.2.2), repeats allowed where the schema has them. */
const CHART_SEQUENCES: Record<string, string[]> = {
  "c:barChart": [
    "c:barDir",
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:gapWidth",
    "c:overlap",
    "c:serLines",
    "c:axId",
    "c:extLst",
  ],
  "c:lineChart": [
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:dropLines",
    "c:hiLowLines",
    "c:upDownBars",
    "c:marker",
    "c:smooth",
    "c:axId",
    "c:extLst",
  ],
  "c:scatterChart": ["c:scatterStyle", "c:varyColors", "c:ser", "c:dLbls", "c:axId", "c:extLst"],
  "c:pieChart": ["c:varyColors", "c:ser", "c:dLbls", "c:firstSliceAng", "c:extLst"],
  "c:doughnutChart": [
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:firstSliceAng",
    "c:holeSize",
    "c:extLst",
  ],
  "c:areaChart": [
    "c:grouping",
    "c:varyColors",
    "c:ser",
    "c:dLbls",
    "c:dropLines",
    "c:axId",
    "c:extLst",
  ],
};
const SERIES_SEQUENCES: Record<string, string[]> = {
  "c:barChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:invertIfNegative",
    "c:pictureOptions",
    "c:dPt",
    "c:dLbls",
    "c:trendline",
    "c:errBars",
    "c:cat",
    "c:val",
    "c:shape",
    "c:extLst",
  ],
  "c:lineChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:marker",
    "c:dPt",
    "c:dLbls",
    "c:trendline",
    "c:errBars",
    "c:cat",
    "c:val",
    "c:smooth",
    "c:extLst",
  ],
  "c:scatterChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:marker",
    "c:dPt",
    "c:dLbls",
    "c:trendline",
    "c:errBars",
    "c:xVal",
    "c:yVal",
    "c:smooth",
    "c:extLst",
  ],
  "c:pieChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:explosion",
    "c:dPt",
    "c:dLbls",
    "c:cat",
    "c:val",
    "c:extLst",
  ],
  "c:doughnutChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:explosion",
    "c:dPt",
    "c:dLbls",
    "c:cat",
    "c:val",
    "c:extLst",
  ],
  "c:areaChart": [
    "c:idx",
    "c:order",
    "c:tx",
    "c:spPr",
    "c:pictureOptions",
    "c:dPt",
    "c:dLbls",
    "c:trendline",
    "c:errBars",
    "c:cat",
    "c:val",
    "c:extLst",
  ],
};
/** CT_ErrBars (21.2.2.55). */
const ERROR_BARS_SEQUENCE = [
  "c:errDir",
  "c:errBarType",
  "c:errValType",
  "c:noEndCap",
  "c:plus",
  "c:minus",
  "c:val",
  "c:spPr",
  "c:extLst",
];
const AXES = ["c:catAx", "c:valAx", "c:dateAx", "c:serAx"];

const unprefixed = (attribute: string) => !attribute.includes(":") && attribute !== "xmlns";

/** Problems when the children of `element` are not in `sequence` order or not in it at all. */
function sequenceProblems(element: XmlElement, sequence: string[], where: string): string[] {
  const problems: string[] = [];
  let last = 0;
  for (const child of element.children) {
    const at = sequence.indexOf(child.name);
    if (at < 0) problems.push(`${where}: <${child.name}> is not allowed in <${element.name}>`);
    else if (at < last)
      problems.push(`${where}: <${child.name}> comes too late in <${element.name}>`);
    else last = at;
  }
  return problems;
}

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** CT_Table and CT_TableColumn rules for one table part; `dxfCount` from the styles part. */
export function tablePartProblems(xml: string, part: string, dxfCount: number): string[] {
  const table = parseXml(xml).children[0];
  const problems: string[] = [];
  for (const name of Object.keys(table.attributes).filter(unprefixed)) {
    if (!TABLE_ATTRIBUTES.has(name)) problems.push(`${part}: <table> has no attribute ${name}`);
  }
  problems.push(...sequenceProblems(table, TABLE_CHILDREN, part));
  const list = childrenNamed(table, "tableColumns")[0];
  if (list === undefined) return [...problems, `${part}: <table> has no <tableColumns>`];
  const columns = childrenNamed(list, "tableColumn");
  if (Number(list.attributes.count) !== columns.length) {
    problems.push(
      `${part}: tableColumns count ${list.attributes.count} for ${columns.length} columns`
    );
  }
  const [from, to] = table.attributes.ref.split(":").map((a) => a.replace(/\d+/g, ""));
  const width = columnNumber(to) - columnNumber(from) + 1;
  if (width !== columns.length)
    problems.push(
      `${part}: ref ${table.attributes.ref} spans ${width} columns, not ${columns.length}`
    );
  const names = new Set<string>();
  columns.forEach((column, i) => {
    const where = `${part} column ${i + 1}`;
    for (const name of Object.keys(column.attributes).filter(unprefixed)) {
      if (!TABLE_COLUMN_ATTRIBUTES.has(name))
        problems.push(`${where}: <tableColumn> has no attribute ${name}`);
    }
    problems.push(...sequenceProblems(column, TABLE_COLUMN_CHILDREN, where));
    const fn = column.attributes.totalsRowFunction;
    if (fn !== undefined && !TOTALS_FUNCTIONS.has(fn))
      problems.push(`${where}: totalsRowFunction ${fn}`);
    for (const attribute of DXF_ATTRIBUTES) {
      const id = column.attributes[attribute];
      if (id !== undefined && !(Number(id) >= 0 && Number(id) < dxfCount)) {
        problems.push(`${where}: ${attribute}=${id} but the styles part has ${dxfCount} dxfs`);
      }
    }
    const key = (column.attributes.name ?? "").toLowerCase();
    if (names.has(key)) problems.push(`${where}: duplicate column name ${column.attributes.name}`);
    names.add(key);
  });
  return problems;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Chart group and series order, error bars, and axis ids for one chart part. */
export function chartPartProblems(xml: string, part: string): string[] {
  const space = parseXml(xml).children[0];
  if (space.name !== "c:chartSpace") return [`${part}: root is <${space.name}>`];
  const plotArea = childrenNamed(childrenNamed(space, "c:chart")[0] ?? space, "c:plotArea")[0];
  if (plotArea === undefined) return [`${part}: no <c:plotArea>`];
  const problems: string[] = [];
  const axes = plotArea.children.filter((c) => AXES.includes(c.name));
  const axisIds = new Set(axes.map((a) => childrenNamed(a, "c:axId")[0]?.attributes.val));
  for (const axis of axes) {
    const crossAx = childrenNamed(axis, "c:crossAx")[0]?.attributes.val;
    if (!axisIds.has(crossAx)) problems.push(`${part}: axis crosses unknown axis ${crossAx}`);
  }
  for (const group of plotArea.children.filter((c) => c.name in CHART_SEQUENCES)) {
    problems.push(...sequenceProblems(group, CHART_SEQUENCES[group.name], part));
    for (const series of childrenNamed(group, "c:ser")) {
      problems.push(...sequenceProblems(series, SERIES_SEQUENCES[group.name], `${part} series`));
      for (const bars of childrenNamed(series, "c:errBars")) {
        problems.push(...sequenceProblems(bars, ERROR_BARS_SEQUENCE, `${part} error bars`));
      }
    }
    for (const id of childrenNamed(group, "c:axId")) {
      if (!axisIds.has(id.attributes.val))
        problems.push(`${part}: <${group.name}> uses unknown axis ${id.attributes.val}`);
    }
  }
  return problems;
}

/** Every table and chart part of an .xlsx package checked against the rules above. */
export async function packageProblems(xlsx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const dxfCount = Number(/<dxfs\s+count="(\d+)"/.exec(styles)?.[1] ?? 0);
  const problems: string[] = [];
  for (const file of zip.file(/^xl\/tables\/[^/]+\.xml$/)) {
    problems.push(...tablePartProblems(await file.async("string"), file.name, dxfCount));
  }
  for (const file of zip.file(/^xl\/charts\/chart\d+\.xml$/)) {
    problems.push(...chartPartProblems(await file.async("string"), file.name));
  }
  return problems;
}
