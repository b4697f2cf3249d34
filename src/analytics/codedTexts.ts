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
  private index: Map<string, number> | null = new Map();
  private lastText: string | undefined;
  private lastCode = -1;

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
      const index = this.index!;
      let code = index.get(text);
      if (code === undefined) {
        code = this.texts.length;
        index.set(text, code);
        this.texts.push(text);
      }
      this.lastText = text;
      this.lastCode = code;
    }
    this.codes[i] = this.lastCode;
  }

  /** Line i's text, or undefined. */
  at(i: number): string | undefined {
    const code = this.codes[i];
    return code < 0 ? undefined : this.texts[code];
  }

  /** No line will be added: the look-up map is let go, the codes trimmed to `length` lines. */
  seal(length: number): void {
    this.index = null;
    if (length < this.codes.length) this.codes = this.codes.slice(0, length);
  }
}
