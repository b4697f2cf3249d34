/** Escaping of text and attribute values in the parts this writer emits. */

// eslint-disable-next-line no-control-regex -- finding the control characters XML 1.0 forbids
const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/;

/**
 * Text safe for XML content and attributes: markup characters escaped, the control characters
 * XML 1.0 cannot carry dropped (a customer name with a stray \u0001 still writes a valid file),
 * a carriage return kept as a character reference (a parser would turn it into a line feed).
 */
export function escapeXml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      .replace(/\r/g, "&#13;")
      // eslint-disable-next-line no-control-regex -- removing the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
