/**
 * One restrained palette for the task pane and the workbook: a deep blue for the main series,
 * muted companions for the others, greys for text and grid, and a white-to-blue scale for heat
 * maps. Colours are 6-digit RGB hex without "#" (what .xlsx and Office.js both accept; the pane
 * prefixes "#").
 */
export const palette = {
  /** Series colours in order of use; the first is the brand blue. */
  series: ["1F4E79", "5B9BD5", "A9B8C9", "C55A11", "70AD47", "7F6084", "BF9000", "264478"],
  text: "262626",
  mutedText: "595959",
  grid: "D9D9D9",
  tileFill: "F2F5F9",
  headerFill: "1F4E79",
  headerText: "FFFFFF",
  positive: "2E7D32",
  negative: "C62828",
  neutral: "8C8C8C",
  /** Heat-map scale: low, middle, high. */
  heat: ["F7FBFF", "9ECAE1", "08519C"] as [string, string, string],
  /** Data bars. */
  bar: "5B9BD5",
  /** Tab colour of the sheets the add-in owns, so users see which sheets a re-run replaces. */
  tab: "1F4E79",
} as const;

/** The series colour for the i-th series, cycling through the palette. */
export function seriesColor(index: number): string {
  return palette.series[
    ((index % palette.series.length) + palette.series.length) % palette.series.length
  ];
}

/** The built-in table style every table uses (blue, banded rows: matches the palette). */
export const TABLE_STYLE = "TableStyleMedium2";
