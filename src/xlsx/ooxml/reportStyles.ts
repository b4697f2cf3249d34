/** The report's looks (fonts, fills) from the shared palette, as StyleSheet styles. */
import { palette } from "../../report/palette";
import type { CellStyle, FontStyle } from "./styleSheet";

/** Colours are ARGB: opaque "FF" + the palette's RGB. */
export function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

export const fonts = {
  title: { bold: true, size: 16, color: argb(palette.headerFill) },
  subtitle: { size: 10, color: argb(palette.mutedText) },
  tileLabel: { size: 9, color: argb(palette.mutedText) },
  tileValue: { bold: true, size: 16, color: argb(palette.text) },
  noteHeading: { bold: true, size: 11, color: argb(palette.headerFill) },
  note: { size: 10, color: argb(palette.text) },
  header: { bold: true, size: 11, color: argb(palette.headerText) },
  totals: { bold: true, size: 11 },
} satisfies Record<string, FontStyle>;

export const tileFill = argb(palette.tileFill);
/** Header cells carry the table style's look themselves, for readers without table styles. */
export const headerFill = argb(palette.headerFill);

export const tileAlignment: CellStyle["alignment"] = { horizontal: "center", vertical: "middle" };

/** Green for a rise, red for a fall, grey for no change or no previous period. */
export function changeColor(value: number | null): string {
  if (value === null || value === 0) return argb(palette.neutral);
  return argb(value > 0 ? palette.positive : palette.negative);
}
