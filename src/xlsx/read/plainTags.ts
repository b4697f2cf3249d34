/**
 * The start tags of a worksheet's rows and cells read straight from the text when they are
 * written as every writer writes them (name="value", single spaces, no entity, no prefix on
 * the names read): no attribute object and no slices for each of millions of cells. Anything
 * else is NOT_PLAIN (or false), and the caller reads the tag with attributesOf: these only
 * ever accept what attributesOf would read the same way.
 */

/** A cell's attributes that matter: its column (from r), style index (s) and type (t). */
export interface CellTag {
  column: number;
  style: number;
  type: string;
}

/** A cell without an r attribute: it follows the row's previous cell. */
export const NO_REFERENCE = -1;
export const SPACE = 0x20;
export const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
/** Longest run of digits read as an integer by hand: exact in a double, as parseFloat reads it. */
export const MAX_PLAIN_DIGITS = 15;

/**
 * A cell's r, s and t read straight from its start tag's attributes, as every writer spells
 * them (name="value", single spaces, no prefix, no entity): no attribute object, no slices
 * for millions of cells. Returns false, having read nothing for sure, on anything else; the
 * caller then reads the tag with attributesOf. A cell without r gets NO_REFERENCE.
 */
export function plainCellAttributes(raw: string, from: number, to: number, cell: CellTag): boolean {
  cell.column = NO_REFERENCE;
  cell.style = 0;
  cell.type = "n";
  let i = from;
  while (i < to) {
    if (raw.charCodeAt(i) !== SPACE) return false;
    const name = raw.charCodeAt(i + 1);
    if (raw.charCodeAt(i + 2) !== EQUALS || raw.charCodeAt(i + 3) !== QUOTE) return false;
    const start = i + 4;
    const end = raw.indexOf('"', start);
    if (end < 0 || end >= to) return false;
    if (name === 0x72 /* r */) {
      if (end === start) {
        i = end + 1;
        continue; // r="": as if absent
      }
      let column = 0;
      let at = start;
      for (; at < end; at++) {
        const c = raw.charCodeAt(at);
        if (c < 0x41 || c > 0x5a) break; // A-Z
        column = column * 26 + (c - 0x40);
      }
      for (; at < end; at++) {
        const c = raw.charCodeAt(at);
        if (c < 0x30 || c > 0x39) return false;
      }
      cell.column = column;
    } else if (name === 0x73 /* s */) {
      let style = 0;
      for (let at = start; at < end; at++) {
        const c = raw.charCodeAt(at);
        if (c < 0x30 || c > 0x39) return false;
        style = style * 10 + (c - 0x30);
      }
      cell.style = style;
    } else if (name === 0x74 /* t */) {
      const length = end - start;
      const c = raw.charCodeAt(start);
      if (length === 1 && c === 0x73) cell.type = "s";
      else if (length === 1 && c === 0x6e) cell.type = "n";
      else if (!isPlainValue(raw, start, end)) return false;
      else cell.type = raw.slice(start, end);
    } else if (!isPlainValue(raw, start, end)) {
      return false; // another one-letter attribute, skipped when attributesOf would accept it
    }
    i = end + 1;
  }
  return true;
}

/** Not an attribute list plainRowNumber reads. */
export const NOT_PLAIN = -2;

/**
 * A row's r read straight from its start tag when every attribute is written name="value" with
 * single spaces and no entity (NO_REFERENCE when it has no r); NOT_PLAIN otherwise, and the
 * caller reads the tag with attributesOf.
 */
export function plainRowNumber(raw: string): number {
  let row = NO_REFERENCE;
  let i = 0;
  while (i < raw.length) {
    if (raw.charCodeAt(i) !== SPACE) return NOT_PLAIN;
    const equals = raw.indexOf("=", i + 1);
    if (equals < 0 || raw.charCodeAt(equals + 1) !== QUOTE) return NOT_PLAIN;
    const start = equals + 2;
    const end = raw.indexOf('"', start);
    if (end < 0 || !isPlainValue(raw, start, end)) return NOT_PLAIN;
    for (let at = i + 1; at < equals; at++) {
      const c = raw.charCodeAt(at);
      if (c <= SPACE || c === QUOTE || c === 0x27) return NOT_PLAIN;
    }
    // A prefixed r ("x:r") is r too (attributesOf drops prefixes): left to attributesOf.
    if (raw.charCodeAt(equals - 1) === 0x72 && raw.charCodeAt(equals - 2) === 0x3a)
      return NOT_PLAIN;
    if (equals === i + 2 && raw.charCodeAt(i + 1) === 0x72 /* r */) {
      if (end === start || end - start > MAX_PLAIN_DIGITS) return NOT_PLAIN;
      row = 0;
      for (let at = start; at < end; at++) {
        const d = raw.charCodeAt(at) - 0x30;
        if (d < 0 || d > 9) return NOT_PLAIN;
        row = row * 10 + d;
      }
    }
    i = end + 1;
  }
  return row;
}

/** Whether raw[start, end) is an attribute value as is: no entity, no white space to normalise. */
function isPlainValue(raw: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const c = raw.charCodeAt(at);
    if (c === 0x26 || c === 0x3c || c < 0x20) return false;
  }
  return true;
}
