/**
 * A streaming scanner of the XML a workbook's parts hold, for the values-only reader: it cuts
 * text into start tags, end tags and character data and hands them to a handler, keeping an
 * unfinished tag for the next chunk. It knows just enough XML for SpreadsheetML (elements,
 * attributes, the five predefined entities and character references, comments, CDATA,
 * processing instructions) and refuses a document type declaration outright: a DTD's entities
 * are how a "billion laughs" file expands a few bytes into gigabytes, and no workbook Excel or
 * LibreOffice writes has one. Namespace prefixes are dropped ("x:c" is "c").
 */
import { InputFileError } from "../inputFileError";

export interface XmlHandler {
  /** A start tag; `attributes` is the raw text after the name (read it with attributesOf). */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, entities decoded and line ends normalised; only while `wantsText()`. */
  text(text: string): void;
  /** Whether character data at this point matters (most of a sheet's is layout whitespace). */
  wantsText(): boolean;
  /**
   * Offered each start tag at text[lt] before it is tokenised: a handler that reads the whole
   * element there itself (start tag to end tag, nothing in it but what it checked) returns the
   * index after it; -1 lets the scanner tokenise it. The hot path of a worksheet's cells.
   */
  element?(text: string, lt: number): number;
}

/**
 * The longest token (tag, text, comment) carried over between chunks: far past anything a
 * workbook holds (a cell holds at most 32,767 characters), far under what would make the
 * rescans of an endless token cost minutes.
 */
const MAX_UNFINISHED = 4 * 1024 * 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

export class XmlScanner {
  private rest = "";
  /** Elements open: a document that ends inside one (a truncated part) is malformed. */
  private depth = 0;
  private elements = 0;

  constructor(private readonly handler: XmlHandler) {}

  /** Scans `chunk` after what is left of the previous one. */
  push(chunk: string): void {
    const text = this.rest === "" ? chunk : this.rest + chunk;
    this.rest = text.slice(this.scan(text));
    // A tag or a text that never ends would be carried and rescanned with every chunk.
    if (this.rest.length > MAX_UNFINISHED) throw damaged();
  }

  /** The end of the document: anything left unfinished makes it malformed. */
  end(): void {
    if (this.rest.trim() !== "" || this.depth !== 0 || this.elements === 0) throw damaged();
  }

  /** Scans complete tokens of `text`; returns where the unfinished rest starts. */
  private scan(text: string): number {
    const handler = this.handler;
    let at = 0;
    for (;;) {
      const lt = text.indexOf("<", at);
      if (lt < 0) return at; // the text up to the next tag may not be whole yet
      if (lt > at && handler.wantsText()) handler.text(decodeText(text.slice(at, lt)));
      const next = text.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION) {
        const end = this.special(text, lt);
        if (end < 0) return lt;
        at = end;
        continue;
      }
      if (next === SLASH) {
        const gt = text.indexOf(">", lt);
        if (gt < 0) return lt;
        if (--this.depth < 0) throw damaged();
        let nameEnd = gt;
        while (nameEnd > lt + 2 && text.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
        handler.close(tagName(text, lt + 2, nameEnd));
        at = gt + 1;
        continue;
      }
      if (handler.element) {
        const end = handler.element(text, lt);
        if (end >= 0) {
          this.elements++;
          at = end;
          continue;
        }
      }
      const nameEnd = endOfName(text, lt + 1);
      const gt = tagEnd(text, nameEnd);
      if (gt < 0) return lt;
      const selfClosing = text.charCodeAt(gt - 1) === SLASH;
      const name = tagName(text, lt + 1, nameEnd);
      const attributesEnd = selfClosing ? gt - 1 : gt;
      this.elements++;
      handler.open(
        name,
        nameEnd < attributesEnd ? text.slice(nameEnd, attributesEnd) : "",
        selfClosing
      );
      if (selfClosing) handler.close(name);
      else this.depth++;
      at = gt + 1;
    }
  }

  /** Comments, CDATA sections and processing instructions; returns the index after them, or -1. */
  private special(text: string, lt: number): number {
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantsText()) this.handler.text(normaliseLineEnds(text.slice(lt + 9, end)));
      return end + 3;
    }
    if (text.charCodeAt(lt + 1) === QUESTION) {
      const end = text.indexOf("?>", lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    // "<!DOCTYPE" (or "<!ENTITY" and the like): never in a workbook, and the way to an
    // entity expansion attack. Wait for enough text to tell it from a comment or CDATA.
    if (text.length - lt < 9) return -1;
    throw damaged();
  }
}

/** Where a tag's name that starts at `from` ends: white space, "/", ">" or the text's end. */
function endOfName(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === GT || c === SLASH || c <= 0x20) break;
  }
  return i;
}

/** The index of the ">" that ends a tag, looking from `from` (quotes may hold ">"), or -1. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === GT) return i;
    else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) quote = c;
    else if (c === LT) throw damaged();
  }
  return -1;
}

/**
 * The local name of the tag name text[from, to). The names a sheet repeats for every cell come
 * back as constants: slicing them afresh for each of millions of tags only feeds the garbage
 * collector.
 */
function tagName(text: string, from: number, to: number): string {
  const length = to - from;
  if (length === 1) {
    const c = text.charCodeAt(from);
    if (c === 0x63) return "c";
    if (c === 0x76) return "v";
    if (c === 0x74) return "t";
    if (c === 0x66) return "f";
    if (c === 0x72) return "r";
  } else if (length === 3 && text.startsWith("row", from)) return "row";
  else if (length === 2 && text.startsWith("si", from)) return "si";
  return localName(text.slice(from, to).trim());
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

const EQUALS = 0x3d;
const AMPERSAND = 0x26;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * The attributes of a start tag by local name ("r:id" is "id"), values decoded (a hand loop:
 * this runs for every cell of a sheet).
 */
export function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const n = raw.length;
  let i = 0;
  while (i < n) {
    while (i < n && raw.charCodeAt(i) <= 0x20) i++;
    const nameStart = i;
    while (i < n && raw.charCodeAt(i) !== EQUALS && raw.charCodeAt(i) > 0x20) i++;
    const name = raw.slice(nameStart, i);
    while (i < n && raw.charCodeAt(i) <= 0x20) i++;
    if (i >= n) break;
    if (raw.charCodeAt(i) !== EQUALS) throw damaged();
    i++;
    while (i < n && raw.charCodeAt(i) <= 0x20) i++;
    const quote = raw.charCodeAt(i);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) throw damaged();
    const end = raw.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 1);
    if (end < 0) throw damaged();
    attributes[localName(name)] = attributeValue(raw.slice(i + 1, end));
    i = end + 1;
  }
  return attributes;
}

/** Attribute-value normalisation (XML 1.0, 3.3.3): white space characters become spaces. */
function attributeValue(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === AMPERSAND || c === TAB || c === LINE_FEED || c === CARRIAGE_RETURN) {
      return decodeEntities(raw.replace(/[\t\n\r]/g, " "));
    }
  }
  return raw;
}

/** Character data as an XML parser hands it over: line ends normalised, entities decoded. */
export function decodeText(raw: string): string {
  return decodeEntities(normaliseLineEnds(raw));
}

function normaliseLineEnds(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/**
 * The predefined entities and character references decoded; any other entity reference is
 * refused (it could only come from a DTD, which is refused too).
 */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&\s]*);?/g, (all, name: string) => {
    if (!all.endsWith(";")) throw damaged();
    if (name.startsWith("#x")) return codePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return codePoint(parseInt(name.slice(1), 10));
    const predefined = PREDEFINED[name];
    if (predefined === undefined) throw damaged();
    return predefined;
  });
}

function codePoint(code: number): string {
  if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw damaged();
  return String.fromCodePoint(code);
}

function damaged(): InputFileError {
  return new InputFileError("file.damagedWorkbook");
}
