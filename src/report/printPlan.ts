/**
 * The board pack's print settings, applied to every sheet once it is built: the running header
 * and footer (report name, sheet, as-of date, page x of y), and for each sheet the zoom that
 * fits its printed columns and a page break before every page (printLayout.ts says why).
 * A sheet fitted to one page (the Dashboard) keeps its fit and gets no breaks.
 */
import type { Instant } from "../analytics/domain";
import type { PageFrame, ReportSheet } from "./model";
import {
  fittedScale,
  pageStarts,
  parseRange,
  PRINTABLE,
  printTitleRows,
  rangeWidthPoints,
  sheetRowHeights,
  type PrintRange,
} from "./printLayout";
import { blockEnd } from "./ranges";
import { formatInstant, type ReportContext } from "./reportContext";

/** Smallest zoom a wide table is printed at: below it, it takes more pages across instead. */
const READABLE_SCALE = 50;

/** "&" is a code in a header or footer: a literal one is written "&&". */
const literal = (text: string) => text.replace(/&/g, "&&");

/**
 * Header: the report's name left, the sheet's name centre, the as-of date right (the generation
 * time when there is none). Footer: when it was generated left, "Page x of y" right.
 */
export function pageFrame(ctx: ReportContext, asOf: Instant | null): PageFrame {
  const { t } = ctx;
  const generated = formatInstant(ctx.generatedAt);
  return {
    header: {
      left: literal(t("report:print.reportName")),
      center: "&A",
      right: literal(
        asOf === null
          ? t("report:print.generated", { date: generated })
          : t("report:print.asOf", { date: new Date(asOf).toISOString().slice(0, 10) })
      ),
    },
    footer: {
      left: literal(t("report:print.generated", { date: generated })),
      right: t("report:print.page"),
    },
  };
}

/** The ranges a sheet prints: its print area's, or every block's extent from A1. */
function printedRanges(sheet: ReportSheet): PrintRange[] {
  if (sheet.print.area) return sheet.print.area.split(",").map(parseRange);
  const ends = sheet.blocks.map(blockEnd);
  return [
    {
      top: 0,
      left: 0,
      bottom: Math.max(0, ...ends.map((e) => e.row)),
      right: Math.max(0, ...ends.map((e) => e.col)),
    },
  ];
}

/** "A:D" -> width of those columns in points. */
function titleColumnsPoints(sheet: ReportSheet): number {
  const columns = sheet.print.titleColumns;
  if (!columns) return 0;
  const [left, right] = columns.split(":").map((c) => parseRange(`${c}1`).left);
  return rangeWidthPoints(sheet, left, right);
}

/** Zoom at which a range prints: one page wide, or pages across at a readable zoom with titles. */
function rangeScale(sheet: ReportSheet, range: PrintRange): number {
  const width = rangeWidthPoints(sheet, range.left, range.right);
  const orientation = sheet.print.orientation;
  const oneWide = fittedScale(width, orientation);
  const titles = titleColumnsPoints(sheet);
  if (oneWide >= READABLE_SCALE || titles === 0) return oneWide;
  const page = (PRINTABLE[orientation].width * 0.9 * 100) / READABLE_SCALE;
  const pagesWide = Math.max(1, Math.ceil((width - titles) / Math.max(1, page - titles)));
  return fittedScale(width, orientation, pagesWide, titles);
}

/** The sheet with its header and footer, zoom and page breaks. */
export function planPrint(sheet: ReportSheet, frame: PageFrame): ReportSheet {
  const print = { ...sheet.print, pageFrame: frame };
  if (print.fitToPage.tall) return { ...sheet, print };
  const ranges = printedRanges(sheet);
  const scale = Math.min(...ranges.map((r) => rangeScale(sheet, r)));
  const height = sheetRowHeights(sheet);
  const titleRows = printTitleRows(sheet);
  let repeated = 0;
  for (let r = 0; r < titleRows; r++) repeated += height(r);
  const breaksBefore = ranges.flatMap((r) => pageStarts(sheet, r, scale, repeated, titleRows));
  return {
    ...sheet,
    print: { ...print, fitToPage: { wide: false, tall: false }, scale, breaksBefore },
  };
}
