/**
 * The parts of a worksheet around its cells (ECMA-376 Part 1, 18.3.1.99 CT_Worksheet, whose
 * children come in a fixed order): properties, view with frozen rows, column widths before the
 * rows; merges, conditional formats, page setup, header and footer, manual breaks, the drawing
 * that holds the charts and the table parts after them.
 */
import type { ConditionalFormat, PageFrameLine, ReportSheet } from "../../report/model";
import { columnLetters } from "../../report/ranges";
import { argb } from "./reportStyles";
import { escapeXml, NS_MAIN, NS_REL, XML_HEAD } from "./xmlText";

/** Excel's paper size code for A4 (ECMA-376 Part 1, 18.3.1.63 pageSetup, paperSize). */
const PAPER_A4 = 9;
const NS_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const NS_XM = "http://schemas.microsoft.com/office/excel/2006/main";
/** The extension URIs Excel uses to tie a dataBar rule to its 2010 options (solid, no gradient). */
const DATABAR_RULE_EXT = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const CONDITIONAL_FORMATS_EXT = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

/** "&L...&C...&R..." of a header or footer line (ECMA-376 Part 1, 18.3.1.46). */
export function headerFooterText(line: PageFrameLine): string {
  return (
    (line.left ? `&L${line.left}` : "") +
    (line.center ? `&C${line.center}` : "") +
    (line.right ? `&R${line.right}` : "")
  );
}

/** Pages wide the sheet is fitted to; 0: printed at its scale. */
function pagesWide(print: ReportSheet["print"]): number {
  return print.fitToPage.wide === true ? 1 : print.fitToPage.wide || 0;
}

/** Everything before <sheetData>. */
export function worksheetHead(sheet: ReportSheet, widths: number[], dimension: string): string {
  const { print } = sheet;
  const fit = pagesWide(print) > 0 || print.fitToPage.tall;
  const props =
    (sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : "") +
    (fit ? '<pageSetUpPr fitToPage="1"/>' : "");
  const pane = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>` +
      '<selection pane="bottomLeft"/>'
    : "";
  const cols = widths
    .map((width, i) =>
      width > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>` : ""
    )
    .join("");
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (props ? `<sheetPr>${props}</sheetPr>` : "") +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView showGridLines="0" workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "")
  );
}

/** A conditional format on `ref`, with its rule; `id` ties a dataBar to its extension. */
export interface PlacedFormat {
  ref: string;
  format: ConditionalFormat;
}

function ruleXml(format: ConditionalFormat, id: string): string {
  switch (format.kind) {
    case "colorScale": {
      const cfvo =
        format.colors.length === 3
          ? '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>'
          : '<cfvo type="min"/><cfvo type="max"/>';
      const colors = format.colors.map((c) => `<color rgb="${argb(c)}"/>`).join("");
      return `<cfRule type="colorScale" priority="1"><colorScale>${cfvo}${colors}</colorScale></cfRule>`;
    }
    case "dataBar":
      return (
        `<cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/>` +
        `<color rgb="${argb(format.color)}"/></dataBar>` +
        `<extLst><ext uri="${DATABAR_RULE_EXT}" xmlns:x14="${NS_X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule>`
      );
    case "iconSet":
      return (
        `<cfRule type="iconSet" priority="1"><iconSet iconSet="${format.iconSet}" showValue="${format.showValue ? 1 : 0}">` +
        `<cfvo type="num" val="${Number.MIN_SAFE_INTEGER}"/><cfvo type="num" val="${format.thresholds[0]}"/>` +
        `<cfvo type="num" val="${format.thresholds[1]}"/></iconSet></cfRule>`
      );
  }
}

/** A fixed GUID per dataBar of the sheet: equal models give equal files. */
function dataBarId(n: number): string {
  return `{00000000-0000-4000-8000-${n.toString(16).padStart(12, "0").toUpperCase()}}`;
}

/** Everything after </sheetData>. */
export function worksheetTail(
  sheet: ReportSheet,
  merges: string[],
  formats: PlacedFormat[],
  tableRelIds: string[],
  drawingRelId: string | undefined
): string {
  const { print } = sheet;
  let bars = 0;
  const barExt: string[] = [];
  const conditional = formats
    .map(({ ref, format }) => {
      const id = dataBarId(++bars);
      if (format.kind === "dataBar") {
        barExt.push(
          `<x14:conditionalFormatting xmlns:xm="${NS_XM}"><x14:cfRule type="dataBar" id="${id}">` +
            '<x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="min"/><x14:cfvo type="max"/></x14:dataBar>' +
            `</x14:cfRule><xm:sqref>${ref}</xm:sqref></x14:conditionalFormatting>`
        );
      }
      return `<conditionalFormatting sqref="${ref}">${ruleXml(format, id)}</conditionalFormatting>`;
    })
    .join("");
  const wide = pagesWide(print);
  const fit = wide > 0 || print.fitToPage.tall;
  const pageSetup =
    `<pageSetup paperSize="${PAPER_A4}" orientation="${print.orientation}"` +
    (fit
      ? ` fitToWidth="${wide}" fitToHeight="${print.fitToPage.tall ? 1 : 0}"/>`
      : ` scale="${print.scale ?? 100}"/>`);
  const frame = print.pageFrame;
  const header = frame ? headerFooterText(frame.header) : "";
  const footer = frame ? headerFooterText(frame.footer) : "";
  const headerFooter =
    header || footer
      ? `<headerFooter>${header ? `<oddHeader>${escapeXml(header)}</oddHeader>` : ""}` +
        `${footer ? `<oddFooter>${escapeXml(footer)}</oddFooter>` : ""}</headerFooter>`
      : "";
  // A manual break above a zero-based row r is a break after one-based row r.
  const breaks = (print.breaksBefore ?? []).filter((row) => row > 0);
  const rowBreaks = breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
      breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("") +
      "</rowBreaks>"
    : "";
  return (
    (merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "") +
    conditional +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetup +
    headerFooter +
    rowBreaks +
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : "") +
    (tableRelIds.length
      ? `<tableParts count="${tableRelIds.length}">${tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
      : "") +
    (barExt.length
      ? `<extLst><ext uri="${CONDITIONAL_FORMATS_EXT}" xmlns:x14="${NS_X14}"><x14:conditionalFormattings>` +
        `${barExt.join("")}</x14:conditionalFormattings></ext></extLst>`
      : "") +
    "</worksheet>"
  );
}

/** "A1:R4754" of a zero-based used range. */
export function dimensionRef(
  b: { top: number; left: number; bottom: number; right: number } | null
): string {
  if (b === null) return "A1";
  return `${columnLetters(b.left)}${b.top + 1}:${columnLetters(b.right)}${b.bottom + 1}`;
}
