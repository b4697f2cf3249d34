/**
 * The number format of each cell style (xl/styles.xml: cellXfs and numFmts, ECMA-376 Part 1,
 * 18.8), for the two things the reader needs from styles: which numbers are dates, and the
 * formats that hint at the workbook's currency and culture. Formats are found as ExcelJS found
 * them, so a workbook reads the same as it did: the part's own numFmts, else the built-in
 * formats of ids 1-49 that have a fixed code (18.8.30), none for style 0 or format id 0.
 */
import { eachTag } from "./packageParts";
import type { ZipPackage } from "./zipPackage";

/** Built-in number formats with a code independent of the locale (18.8.30; ExcelJS's table). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Whether a format shows a date or time: after removing bracketed sections ("[$€-40C]",
 * "[Red]") and quoted text, any of y m d h s b (ExcelJS's rule, kept so numbers read as they
 * did: "Standard" would count, no workbook we know uses it on numbers).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

export class CellFormats {
  private constructor(
    private readonly formats: readonly (string | undefined)[],
    private readonly dates: readonly boolean[]
  ) {}

  static readonly none = new CellFormats([], []);

  static read(pkg: ZipPackage, part: string | undefined): CellFormats {
    const xml = part === undefined ? undefined : pkg.text(part);
    if (xml === undefined) return CellFormats.none;
    const custom = new Map<number, string>();
    const styleFormatIds: number[] = [];
    let inCellXfs = false;
    eachTag(xml, (name, a) => {
      if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined) {
        // ExcelJS dropped the backslash of escaped characters ("\\ " is " "); formats read as before.
        custom.set(Number(a.numFmtId), a.formatCode.replace(/\\(.)/g, "$1"));
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "cellStyleXfs" || name === "cellStyles") inCellXfs = false;
      else if (name === "xf" && inCellXfs) styleFormatIds.push(Number(a.numFmtId ?? 0));
    });
    const formats = styleFormatIds.map((id) =>
      id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined
    );
    return new CellFormats(formats, formats.map(isDateFormat));
  }

  /**
   * The number format of style `index` (a cell's s attribute). Style 0, the default, gives
   * none, whatever its format: ExcelJS looked up only non-zero styles.
   */
  formatOf(index: number): string | undefined {
    return index > 0 ? this.formats[index] : undefined;
  }

  isDate(index: number): boolean {
    return index > 0 && this.dates[index] === true;
  }
}
