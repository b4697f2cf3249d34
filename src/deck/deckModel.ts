/**
 * The board deck as data: slides of text, one table and one native chart at most, and speaker
 * notes. Built from the analysis results (buildDeck) with the report's labels, formats and
 * periods, then drawn by a renderer (renderPptx). Numbers in text are already formatted; chart
 * values stay numbers, with the Excel format code the report uses for them.
 */
export interface DeckModel {
  /** File metadata and the title slide's heading. */
  title: string;
  /** One line at the foot of every slide: the data quality in a sentence. */
  footer: string;
  slides: DeckSlide[];
}

export type DeckSlideKey =
  "title" | "kpis" | "segments" | "history" | "migration" | "ltv" | "campaign" | "coverage";

export interface DeckSlide {
  key: DeckSlideKey;
  title: string;
  subtitle?: string;
  /** Short sentences, one a bullet. */
  bullets?: string[];
  table?: DeckTable;
  chart?: DeckChart;
  /** Speaker notes: the Method sheet's definitions of the figures on the slide. */
  notes: string[];
}

export interface DeckTable {
  header: string[];
  rows: string[][];
  /** Relative widths of the columns (any unit); equal when absent. */
  widths?: number[];
  /**
   * Columns whose body cells are set on one line (figures such as "+14.07 pts" must not break):
   * each is made as wide as its longest cell; the others share the rest by `widths`.
   */
  oneLine?: number[];
}

export interface DeckChart {
  kind: "bar" | "stackedColumn" | "intervalMarkers";
  /** Bars run horizontally (long category names read better). */
  horizontal?: boolean;
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Excel number format code of the values (axis and labels), as the report formats them. */
  format: string;
  /** A shorter code for the value axis (fewer decimals), so its labels stay level and apart. */
  axisFormat?: string;
}
