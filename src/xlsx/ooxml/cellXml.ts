/**
 * One cell as SpreadsheetML (ECMA-376 Part 1, 18.3.1.4 c). Strings are inline strings, always
 * text, never formulas, so "=HYPERLINK(...)" from the data stays inert; a formula carries its
 * computed value (t="str" for text) so readers that do not recalculate show it.
 */
import { escapeXml } from "./xmlText";

export type CellValue = string | number | boolean | null;

/** Leading or trailing whitespace is kept only with xml:space="preserve". */
function textElement(text: string): string {
  const escaped = escapeXml(text);
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** `<c>` of a plain value; a non-finite number is an empty (styled) cell. */
export function valueCellXml(ref: string, style: number, value: CellValue): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value)
        ? `<c r="${ref}"${s}><v>${value}</v></c>`
        : `<c r="${ref}"${s}/>`;
    case "string":
      return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
    case "boolean":
      return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  }
}

/** `<c>` of a formula (without "=") with its cached result. */
export function formulaCellXml(
  ref: string,
  style: number,
  formula: string,
  result: CellValue
): string {
  const s = style ? ` s="${style}"` : "";
  const f = `<f>${escapeXml(formula)}</f>`;
  if (result === null || (typeof result === "number" && !Number.isFinite(result))) {
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  switch (typeof result) {
    case "number":
      return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
    case "string":
      return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(result)}</v></c>`;
    case "boolean":
      return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  }
}
