/**
 * Shared cell styles: one xf per distinct look (font, fill, alignment, number format), however
 * many cells use it, and the table columns' number formats as dxfs. A million cells of a column
 * share one style index instead of carrying a style object each (what made ExcelJS slow).
 */
import { escapeXml, NS_MAIN, XML_HEAD } from "./xmlText";

export interface FontStyle {
  bold?: boolean;
  size: number;
  /** ARGB; absent: the theme's text colour. */
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  /** Solid fill colour, ARGB. */
  fill?: string;
  numFmt?: string;
  alignment?: {
    horizontal?: "center";
    vertical?: "middle" | "top";
    wrapText?: boolean;
    shrinkToFit?: boolean;
  };
}

/** Built-in number formats (ECMA-376 Part 1, 18.8.30): written by id, as Excel itself does. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

const FONT_NAME = "Calibri";

export class StyleSheet {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([["", 0]]);
  private readonly fills = new Map<string, number>([
    ["none", 0],
    ["gray125", 1],
  ]);
  // The default look (no format, font, fill or alignment) is xf 0, never a copy of it: a cell
  // pointing at a copy reads back with an explicit font where Excel's default is meant.
  private readonly xfs = new Map<string, number>([["0|0|0|", 0]]);
  private readonly xfXml: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly dxfXml: string[] = [];

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private fontId(font: FontStyle): number {
    const xml =
      `<font>${font.bold ? "<b/>" : ""}${font.color ? `<color rgb="${font.color}"/>` : ""}` +
      `<sz val="${font.size}"/><name val="${FONT_NAME}"/></font>`;
    let id = this.fonts.get(xml);
    if (id === undefined) {
      id = this.fonts.size;
      this.fonts.set(xml, id);
    }
    return id;
  }

  private fillId(argb: string): number {
    let id = this.fills.get(argb);
    if (id === undefined) {
      id = this.fills.size;
      this.fills.set(argb, id);
    }
    return id;
  }

  /** The xf index of a look, added on first use. */
  xf(style: CellStyle): number {
    const numFmtId = style.numFmt === undefined ? 0 : this.numFmtId(style.numFmt);
    const fontId = style.font ? this.fontId(style.font) : 0;
    const fillId = style.fill ? this.fillId(style.fill) : 0;
    const a = style.alignment;
    const alignment = a
      ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ""}` +
        `${a.vertical ? ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"` : ""}` +
        `${a.wrapText ? ' wrapText="1"' : ""}${a.shrinkToFit ? ' shrinkToFit="1"' : ""}/>`
      : "";
    const key = `${numFmtId}|${fontId}|${fillId}|${alignment}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfXml.length;
      this.xfs.set(key, id);
      const apply =
        (numFmtId ? ' applyNumberFormat="1"' : "") +
        (fontId ? ' applyFont="1"' : "") +
        (fillId ? ' applyFill="1"' : "") +
        (alignment ? ' applyAlignment="1"' : "");
      const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${apply}`;
      this.xfXml.push(alignment ? `${open}>${alignment}</xf>` : `${open}/>`);
      this.xfs.set(key, id);
    }
    return id;
  }

  /** A differential format carrying a table column's number format (its dataDxfId). */
  dxf(numFmt: string): number {
    const id = this.numFmtId(numFmt);
    this.dxfXml.push(`<dxf><numFmt numFmtId="${id}" formatCode="${escapeXml(numFmt)}"/></dxf>`);
    return this.dxfXml.length - 1;
  }

  /** xl/styles.xml with every look registered so far. */
  xml(): string {
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    const fonts = [...this.fonts.keys()].map((xml, i) =>
      i === 0
        ? `<font><sz val="11"/><color theme="1"/><name val="${FONT_NAME}"/><family val="2"/><scheme val="minor"/></font>`
        : xml
    );
    const fills = [...this.fills.keys()].map((key) =>
      key === "none" || key === "gray125"
        ? `<fill><patternFill patternType="${key}"/></fill>`
        : `<fill><patternFill patternType="solid"><fgColor rgb="${key}"/></patternFill></fill>`
    );
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
      `<fills count="${fills.length}">${fills.join("")}</fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="${this.dxfXml.length}">${this.dxfXml.join("")}</dxfs>` +
      `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }
}
