/** XML text helpers shared by the chart parts. */

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // eslint-disable-next-line no-control-regex -- removing the control characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
  );
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

/** Relationship types (ECMA-376 Part 1, 15.2). */
export const REL = {
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
} as const;

export const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;

/** A solid fill of an RGB colour. */
export function solidFill(rgb: string): string {
  return `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
}
