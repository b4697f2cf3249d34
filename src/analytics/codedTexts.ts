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
  readonly texts: string[] = [];
  /** The texts' look-up table, made at the first `set` (`setCoded` needs none). */
  private numbering: TextNumbering | null = null;
  private lastText: string | undefined;
  private lastCode = -1;
  /** The source `setCoded` reads, and per its code, this column's (-1: not met yet). */
  private source: readonly string[] | null = null;
  private sourceCodes = new Int32Array(0);
  private sealed = false;

  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
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
      this.lastCode = this.numberOf(text);
    }
    this.codes[i] = this.lastCode;
  }

  /**
   * Sets line i's text to source[code] (code < 0: none), for a column whose texts are `source`
   * (always the same array, its texts distinct: an IdentifierColumn's): each text is numbered
   * at its first line, without a look-up while `set` is not used (a million lines of half a
   * million invoice ids: no second table of them).
   */
  setCoded(i: number, code: number, source: readonly string[]): void {
    if (code < 0) {
      this.codes[i] = -1;
      return;
    }
    if (source !== this.source) {
      // A second source may repeat the first one's texts: looked up from now on.
      if (this.source !== null) this.lookUp();
      this.source = source;
      this.sourceCodes = new Int32Array(source.length).fill(-1);
    }
    let own = this.sourceCodes[code];
    if (own < 0) {
      const text = source[code];
      own = this.numbering === null ? this.texts.push(text) - 1 : this.numberOf(text);
      this.sourceCodes[code] = own;
    }
    this.codes[i] = own;
  }

  /** The number of `text`, a new one when it is not among the texts yet. */
  private numberOf(text: string): number {
    const code = this.lookUp().number(text);
    if (code === this.texts.length) this.texts.push(text);
    return code;
  }

  /** The look-up table, made at the first need over the texts setCoded added (all distinct). */
  private lookUp(): TextNumbering {
    if (this.numbering === null) {
      if (this.sealed) throw new Error("CodedTexts: no line is added once sealed");
      this.numbering = new TextNumbering();
      for (const known of this.texts) this.numbering.number(known);
    }
    return this.numbering;
  }

  /** Line i's text, or undefined. */
  at(i: number): string | undefined {
    const code = this.codes[i];
    return code < 0 ? undefined : this.texts[code];
  }

  /** No line will be added: the look-up table is let go, the codes trimmed to `length` lines. */
  seal(length: number): void {
    this.sealed = true;
    this.numbering = null;
    this.source = null;
    this.sourceCodes = new Int32Array(0);
    if (length < this.codes.length) this.codes = this.codes.slice(0, length);
  }
}
