import { TextNumbering } from "./textNumbering";

/**
 * A text column coded as in a columnar store's dictionary: each line holds the number of its
 * text among the column's distinct texts (-1: no text), so a million lines of ids are one
 * Int32Array and the distinct ids, not a million pointers for the garbage collector to trace,
 * and equal texts have equal numbers (numbering customers or invoices needs no Map per line).
 */
export class CodedTexts {
  /** codes[i]: line i's text number, -1 for none. */
  codes: Int32Array;
  /** The distinct texts, by number, in order of first appearance. */
  readonly texts: string[];
  private numbering: TextNumbering | null = new TextNumbering();
  private lastText: string | undefined;
  private lastCode = -1;
  /** The source `setCoded` reads, and per its code, this column's (-1: not met yet). */
  private source: readonly string[] | null = null;
  private sourceCodes = new Int32Array(0);

  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
    this.texts = this.numbering!.texts;
  }

  /** Sets line i's text (undefined: none). */
  set(i: number, text: string | undefined): void {
    if (text === undefined) {
      this.codes[i] = -1;
      return;
    }
    // A customer's or an invoice's id repeats down its lines: no look-up then.
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastCode = this.numbering!.number(text);
    }
    this.codes[i] = this.lastCode;
  }

  /**
   * Sets line i's text to source[code] (code < 0: none), for a column whose distinct texts are
   * `source` (always the same array): each text is numbered once, at its first line, not looked
   * up at each.
   */
  setCoded(i: number, code: number, source: readonly string[]): void {
    if (code < 0) {
      this.codes[i] = -1;
      return;
    }
    if (source !== this.source) {
      this.source = source;
      this.sourceCodes = new Int32Array(source.length).fill(-1);
    }
    let own = this.sourceCodes[code];
    if (own < 0) own = this.sourceCodes[code] = this.numbering!.number(source[code]);
    this.codes[i] = own;
  }

  /** Line i's text, or undefined. */
  at(i: number): string | undefined {
    const code = this.codes[i];
    return code < 0 ? undefined : this.texts[code];
  }

  /** No line will be added: the look-up table is let go, the codes trimmed to `length` lines. */
  seal(length: number): void {
    this.numbering = null;
    this.source = null;
    this.sourceCodes = new Int32Array(0);
    if (length < this.codes.length) this.codes = this.codes.slice(0, length);
  }
}
