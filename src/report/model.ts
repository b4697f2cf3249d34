/**
 * The ReportModel: the analyses turned into sheets of positioned blocks, as plain data.
 *
 * Two renderers draw it: src/xlsx/writeReport.ts (an .xlsx file, for the CLI and the browser)
 * and src/excel (Office.js, into the open workbook). Everything a renderer needs is decided
 * here, so the two place every cell, format and chart identically and never guess:
 * - blocks carry their anchor cell, computed by `layoutRows` (src/report/layout.ts);
 * - A1 addresses of tables, columns and tiles come from src/report/ranges.ts;
 * - number formats are invariant Excel format CODES ("#,##0.00"; see numberFormats.ts for why a
 *   French file uses the same codes);
 * - a string cell is ALWAYS text, even "=HYPERLINK(...)"; a formula is a distinct FormulaCell.
 *
 * Positions are zero-based like Office.js `getCell(row, col)`: { row: 0, col: 0 } is A1.
 * Colours are 6-digit RGB hex without "#" ("1F4E79"), from src/report/palette.ts.
 */
import type { Language } from "../i18n";
import type { Instant } from "../analytics/domain";

/** Stable identifiers of the sheets the add-in owns (names are localised, keys are not). */
export type SheetKey =
  | "dashboard"
  | "rfm"
  | "segments"
  | "migration"
  | "history"
  | "ltv"
  | "uplift"
  | "campaigns"
  | "dataQuality"
  | "method"
  /** The teaching workbook (src/report/teaching): scores and segments as live formulas. */
  | "teachingRfm"
  | "teachingSegments"
  | "exercises"
  | "answers";

export interface ReportModel {
  language: Language;
  /** When the report was generated (passed in by the caller; src/report never reads the clock). */
  generatedAt: Instant;
  /** Version of the add-in / engine that produced the report, for the Method sheet. */
  version: string;
  sheets: ReportSheet[];
}

/** Zero-based cell position: { row: 0, col: 0 } is A1. */
export interface CellPosition {
  row: number;
  col: number;
}

/** A size in whole cells (charts are anchored on cells so both renderers place them alike). */
export interface CellSize {
  rows: number;
  cols: number;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  /**
   * `wide`: fit to that many pages wide (true: one; false: print at `scale` %, across as many
   * pages as the columns need); `tall` true also fits to one page tall (the Dashboard).
   */
  fitToPage: { wide: boolean | number; tall: boolean };
  /** Zoom in % when nothing is fitted [100]. */
  scale?: number;
  /**
   * Print area as A1 ranges without sheet name ("A1:N40"; "A1:H20,A40:AS300" prints each range
   * from a new page); whole used range when absent.
   */
  area?: string;
  /** Columns repeated at the left of every printed page ("A:D"): the labels of a wide table. */
  titleColumns?: string;
  /**
   * Whether the frozen rows repeat on top of every printed page [true] (printTitleRows). False
   * where the printed range is beside the frozen table (the RFM sheet's cut points): its rows
   * would print as a blank band.
   */
  repeatFrozenRows?: boolean;
  /** Zero-based rows that start a new printed page (a manual break above each), e.g. a chart's top. */
  breaksBefore?: number[];
  /** Running header and footer of every page. */
  pageFrame?: PageFrame;
  /** Paper size; A4 for every sheet we write. */
  paper: "A4";
}

/**
 * Header and footer texts, left/centre/right, with Excel's page codes: "&P" the page number,
 * "&N" the number of pages, "&A" the sheet name, "&&" a literal "&" (ECMA-376 Part 1, 18.3.1.46
 * oddHeader; the same codes in Office.js HeaderFooter). Renderers pass them through unchanged.
 */
export interface PageFrame {
  header: PageFrameLine;
  footer: PageFrameLine;
}

export interface PageFrameLine {
  left?: string;
  center?: string;
  right?: string;
}

export interface ReportSheet {
  key: SheetKey;
  /** Localised and Excel-valid: at most 31 characters, none of []:*?/\ (see excelNames.ts). */
  name: string;
  blocks: ReportBlock[];
  /** Rows kept visible at the top when scrolling (e.g. down to a table's header row). */
  freezeRows?: number;
  /** Column widths in Excel character units; index 0 is column A. Missing entries: default. */
  columnWidths?: number[];
  print: PrintSetup;
  tabColor?: string;
}

export type ReportBlock = TitleBlock | KpiTilesBlock | TableBlock | ChartBlock | NoteBlock;

/** A block before layout gives it an anchor (what sheet builders produce). */
export type UnplacedBlock = ReportBlock extends infer B
  ? B extends ReportBlock
    ? Omit<B, "anchor">
    : never
  : never;

/** One kind of block before layout, e.g. Unplaced<TableBlock>. */
export type Unplaced<T> = Omit<T, "anchor">;

/** Common to every block: where its top-left cell is. */
interface Anchored {
  anchor: CellPosition;
}

/** A title row, then one row per subtitle line (as-of date, data source, parameters). */
export interface TitleBlock extends Anchored {
  kind: "title";
  title: string;
  subtitle: string[];
}

/**
 * A row of KPI tiles. Each tile takes `tileCols` columns and four rows: label, value, change,
 * previous value (the change is a formula over the value and previous cells, see ranges.ts).
 * The value cell is a formula over a table when `formula` is set (a controller can click it and
 * see where the number comes from), with `value` as its computed result.
 */
export interface KpiTilesBlock extends Anchored {
  kind: "kpiTiles";
  tiles: KpiTile[];
  tileCols: number;
  /** Text shown before each change, e.g. "vs previous period". */
  changeLabel: string;
}

export interface KpiTile {
  id: string;
  label: string;
  value: number | null;
  /** Number format code of the value (invariant, e.g. "#,##0"). */
  format: string;
  /** Excel formula without "=", English function names, e.g. "SUM(Segments[Revenue])". */
  formula?: string;
  change?: KpiChange;
}

/**
 * Change vs the previous period: relative (a fraction, shown as %) or absolute (points). With a
 * `previous` value, renderers write it under the change (tile's format, after `previousLabel`)
 * and the change as a formula over the two cells (tileChangeFormula), `value` its result.
 */
export interface KpiChange {
  value: number | null;
  /** The previous period's value of the tile, when known. */
  previous?: number | null;
  /** Names the previous period, e.g. "previous: 12 months to 2024-11-30". */
  previousLabel?: string;
  basis: "relative" | "absolute";
  /** Format code of the change; for relative changes usually "+0.0%;-0.0%;0.0%". */
  format: string;
}

export type ColumnType = "integer" | "decimal" | "currency" | "percent" | "date" | "text";

export type TotalsFunction = "sum" | "average" | "count" | "min" | "max";

/** What a column shows in the table's totals row: an aggregate, or a label ("Total"). */
export type ColumnTotal = { fn: TotalsFunction } | { label: string };

export interface TableColumn {
  /** Stable id used by charts, conditional formats and formulas of the model. */
  id: string;
  /** Localised header; unique within the table (Excel requires it). */
  header: string;
  type: ColumnType;
  /** Invariant number format code: "#,##0", "0.0%", "yyyy-mm-dd", "@" for text, ... */
  format: string;
  /** Column width in Excel character units. */
  width?: number;
  /** Long text wraps within the width and the row grows (row numbers, explanations). */
  wrap?: boolean;
  total?: ColumnTotal;
}

/**
 * An Excel formula (without the leading "=", English function names, A1 or structured
 * references) and its computed value, so readers that do not recalculate still show a number.
 */
export interface FormulaCell {
  formula: string;
  value: number | string | boolean | null;
}

/**
 * One table cell. A string is text and only text, whatever it starts with; a number in a "date"
 * column is an Instant (ms since epoch, wall clock read as UTC) that renderers turn into an Excel
 * serial date with `excelSerialFromInstant`; null is an empty cell.
 */
export type TableCell = string | number | boolean | null | FormulaCell;

export interface TableBlock extends Anchored {
  kind: "table";
  /** Excel-valid table name, unique in the workbook (see excelNames.ts). */
  name: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Built-in table style, e.g. "TableStyleMedium2". */
  style: string;
  /** A totals row is written when any column has a `total`. */
  conditionalFormats?: ConditionalFormat[];
  /**
   * Headers wrap on up to three lines and columns are as wide as their values and the header's
   * longest word (a 45-column table that prints on a few pages, not a dozen across).
   */
  wrapHeaders?: boolean;
}

/** A format on the data body of one or more adjacent columns of its table. */
export type ConditionalFormat = ColorScaleFormat | DataBarFormat | IconSetFormat;

interface ColumnsFormat {
  /** Column ids; several ids must be adjacent and then form one range (a heat map). */
  columns: string[];
}

/** Two- or three-colour scale from the lowest to the highest value (mid at the 50th percentile). */
export interface ColorScaleFormat extends ColumnsFormat {
  kind: "colorScale";
  colors: [string, string] | [string, string, string];
}

export interface DataBarFormat extends ColumnsFormat {
  kind: "dataBar";
  color: string;
}

export type IconSetName = "3Arrows" | "3TrafficLights1" | "3Symbols" | "3Flags";

/**
 * Three icons: the first from the lowest value, the second from `thresholds[0]`, the third from
 * `thresholds[1]` (numbers compared with >=). Verdicts use a numeric code column (-1, 0, 1).
 */
export interface IconSetFormat extends ColumnsFormat {
  kind: "iconSet";
  iconSet: IconSetName;
  thresholds: [number, number];
  showValue: boolean;
}

/**
 * "interval": one vertical interval a category, from its low to its high value, with a marker at
 * the estimate (a 95 % interval around an uplift). Its series are exactly three, in the order a
 * high-low-close stock chart takes them: high, low, estimate (INTERVAL_SERIES_ORDER). Both hosts
 * draw it natively as that stock chart: an .xlsx <c:stockChart> with high-low lines, Office.js
 * ChartType "StockHLC". Error bars were the other way, but Office.js cannot give error bars
 * custom amounts (office-js issue #3311, https://github.com/OfficeDev/office-js/issues/3311).
 */
export type ChartType =
  "column" | "bar" | "line" | "pie" | "doughnut" | "scatter" | "area" | "interval";

/** The roles of an interval chart's three series, in their order. */
export const INTERVAL_SERIES_ORDER = ["high", "low", "estimate"] as const;

export type LegendPosition = "right" | "bottom" | "top" | "left" | "none";

/**
 * One series of a chart: a value column of the bound table. `errorBars` names the columns holding
 * the distances below and above each value (e.g. the margin of a 95 % interval, the same column
 * twice when symmetric): error bars are drawn from cell references, so they follow edits and
 * LibreOffice draws them too (it ignores literal error values).
 */
export interface ChartSeries {
  column: string;
  name: string;
  color?: string;
  errorBars?: { minusColumn: string; plusColumn: string };
}

export interface ChartBlock extends Anchored {
  kind: "chart";
  type: ChartType;
  title: string;
  /** Name of the TableBlock the chart plots (on any sheet of the model). */
  table: string;
  /** Column of categories (x values for a scatter chart). */
  categoryColumn: string;
  /** Each series is one value column ("series by columns"). Pie and doughnut use the first. */
  seriesBy: "columns";
  series: ChartSeries[];
  /** Column and bar charts: the series stacked (parts of a whole, e.g. segments) [clustered]. */
  stacked?: boolean;
  axisTitles?: { category?: string; value?: string };
  /** Number format of the value axis, e.g. "#,##0". */
  valueAxisFormat?: string;
  dataLabels?: { showValue: boolean; showPercent: boolean; numberFormat?: string };
  legend: LegendPosition;
  /** The chart covers this many cells from its anchor. */
  size: CellSize;
}

/** Free text, one paragraph a row, spanning `widthCols` columns (definitions, caveats). */
export interface NoteBlock extends Anchored {
  kind: "note";
  heading?: string;
  paragraphs: string[];
  widthCols: number;
}
