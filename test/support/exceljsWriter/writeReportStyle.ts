/** Fonts and fills of the report's cells, from the shared palette. */
import type ExcelJS from "exceljs";
import { palette } from "../../../src/report/palette";

/** ExcelJS colours are ARGB: opaque "FF" + the palette's RGB. */
export function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

/** Calibri, Excel's default: LibreOffice substitutes its metric twin Carlito. */
const FONT = "Calibri";

export const fonts = {
  title: { name: FONT, bold: true, size: 16, color: { argb: argb(palette.headerFill) } },
  subtitle: { name: FONT, size: 10, color: { argb: argb(palette.mutedText) } },
  tileLabel: { name: FONT, size: 9, color: { argb: argb(palette.mutedText) } },
  tileValue: { name: FONT, bold: true, size: 16, color: { argb: argb(palette.text) } },
  noteHeading: { name: FONT, bold: true, size: 11, color: { argb: argb(palette.headerFill) } },
  note: { name: FONT, size: 10, color: { argb: argb(palette.text) } },
  header: { name: FONT, bold: true, size: 11, color: { argb: argb(palette.headerText) } },
} satisfies Record<string, Partial<ExcelJS.Font>>;

export const tileFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(palette.tileFill) },
};

/** Header cells carry the table style's look themselves, for readers without table styles. */
export const headerFill: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(palette.headerFill) },
};

/** Green for a rise, red for a fall, grey for no change or no previous period. */
export function changeColor(value: number | null): string {
  if (value === null || value === 0) return argb(palette.neutral);
  return argb(value > 0 ? palette.positive : palette.negative);
}
