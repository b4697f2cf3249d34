import Papa from "papaparse";
import type { SheetColumns, TextColumn } from "../analytics/domain";
import * as textNumbering from "../analytics/textNumbering";

/**
 * Reads a CSV text (line endings normalised to "\n") straight into columns (SheetColumns): no
 * array per line and one string per distinct text of a column, where readCsvRecords makes an
 * array per line and a string per cell, a million-line file's worth of objects for the garbage
 * collector to carry (a third of read + clean went to it). A line without a quote is split at
 * the separator here (for such a line that is all papaparse does); a line with a quote is read
 * by papaparse, with the lines after it that a quoted line break takes in. The values are those
 * of readCsvRecords, row for row (checked in test/xlsx/csvColumns.property.test.ts).
 *
 * Null when the text needs readCsvRecords' repairs or its row form: a quoted record papaparse
 * reports an error for (broken quoting: malformed or quotes-as-text lines), one whose quoted
 * field runs past MAX_RECORD_LINES lines, or a line so much wider than the others that its
 * columns would cost more than the text (`lines x columns` past twice the characters + lines).
 */
export function readCsvColumns(text: string, delimiter: string): SheetColumns | null {
  if (delimiter.length !== 1) return null;
  const lineTotal = lineCount(text);
  const reader = new LineSplitter(text, delimiter.charCodeAt(0), lineTotal);
  const end = text.length;
  // The next quote and where its line starts: searched once over the text, a line holding one
  // being rare (papaparse reads it).
  let nextQuote = -1;
  let quoteLine = -1;
  let row = 0;
  for (let pos = 0; pos <= end;) {
    if (nextQuote < pos) {
      nextQuote = indexOrEnd(text, '"', pos);
      quoteLine = nextQuote === Infinity ? Infinity : text.lastIndexOf("\n", nextQuote) + 1;
    }
    if (pos === quoteLine) {
      const lineEnd = Math.min(indexOrEnd(text, "\n", pos), end);
      const record = quotedRecord(text, pos, lineEnd, delimiter);
      if (record === null || !reader.fields(row, record.fields)) return null;
      row += record.lines;
      pos = record.next;
    } else {
      pos = reader.line(row++, pos);
      if (pos < 0) return null;
    }
  }
  return reader.done(row);
}

/**
 * The columns being filled, line by line. The per-line work is in small methods, not one long
 * loop: V8 optimises a method called a million times at once, where a loop over the whole text
 * ran unoptimised for a while after each deoptimisation (the first quoted line, a new column).
 */
class LineSplitter {
  private readonly widths: Uint32Array;
  private readonly columns: ColumnBuilder[] = [];
  /** The most cells the columns may hold (see readCsvColumns). */
  private readonly maxCells: number;

  constructor(
    private readonly text: string,
    private readonly separator: number,
    private readonly lineTotal: number
  ) {
    this.widths = new Uint32Array(lineTotal);
    this.maxCells = 2 * (text.length + lineTotal);
  }

  /**
   * Row `row` from the line starting at `pos`, which holds no quote: split at the separator,
   * each field hashed as it is scanned. The position after the line, or -1 past the budget.
   */
  line(row: number, pos: number): number {
    const { text, separator } = this;
    const end = text.length;
    let c = 0;
    let start = pos;
    let hash = FNV_OFFSET;
    for (let i = pos; ; i++) {
      const code = i < end ? text.charCodeAt(i) : NEWLINE;
      if (code !== separator && code !== NEWLINE) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        continue;
      }
      if (i > start) {
        const column = this.column(c);
        if (column === null) return -1;
        column.set(row, text, start, i, hash);
      }
      if (code === NEWLINE) {
        this.widths[row] = c + 1;
        return i + 1;
      }
      c++;
      start = i + 1;
      hash = FNV_OFFSET;
    }
  }

  /** Row `row` from a record's fields (papaparse's); false past the budget. */
  fields(row: number, fields: readonly string[]): boolean {
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c];
      if (field === "") continue;
      const column = this.column(c);
      if (column === null) return false;
      column.set(row, field, 0, field.length, hashOfText(field, 0, field.length));
    }
    this.widths[row] = fields.length;
    return true;
  }

  private column(c: number): ColumnBuilder | null {
    const { columns, lineTotal, maxCells } = this;
    if (c < columns.length) return columns[c];
    return columnAt(columns, c, ColumnBuilder, lineTotal, (n) => n * lineTotal <= maxCells);
  }

  done(rows: number): SheetColumns {
    return sheetColumnsOf(this.columns, this.widths, rows);
  }
}

/** A column being built, of a text or of bytes (csvByteColumn.ts). */
interface BuiltColumn {
  readonly ids: Uint32Array;
  done(rows: number): TextColumn;
}

/**
 * The builder of column c, made (with the ones before it) on first use, of `size` cells; null
 * when `fits(n)` says n columns would pass the reader's budget.
 */
export function columnAt<C extends BuiltColumn>(
  columns: C[],
  c: number,
  Builder: new (lines: number) => C,
  size: number,
  fits: (count: number) => boolean
): C | null {
  while (columns.length <= c) {
    if (!fits(columns.length + 1)) return null;
    columns.push(new Builder(size));
  }
  return columns[c];
}

/** The columns of the first `rows` rows, the blank ones at the end dropped (readCsvRecords'). */
export function sheetColumnsOf(
  columns: readonly BuiltColumn[],
  widths: Uint32Array,
  rows: number
): SheetColumns {
  let row = rows;
  while (row > 0 && isEmptyRow(columns, widths, row - 1)) row--;
  return {
    rowCount: row,
    widths: widths.subarray(0, row),
    columns: columns.map((column) => column.done(row)),
  };
}

/** How many lines a quoted field may run on (readCsvRecords' limit for a broken one). */
export const MAX_RECORD_LINES = 50;

/**
 * The record starting at `pos`, a line holding a quote: papaparse's read of the shortest run of
 * lines from there that it reads as one record without an error. Papaparse reads the text in
 * one pass with no look-back, so a record it reads cleanly on its own is the record it reads
 * there in the whole text. Null on any other error (readCsvRecords then repairs the file).
 */
export function quotedRecord(
  text: string,
  pos: number,
  lineEnd: number,
  delimiter: string
): { fields: string[]; lines: number; next: number } | null {
  let stop = lineEnd;
  let lines = 1;
  let quote = -1;
  for (;;) {
    const parsed = Papa.parse<string[]>(text.slice(pos, stop), { delimiter, newline: "\n" });
    if (parsed.errors.length === 0 && parsed.data.length === 1) {
      return { fields: parsed.data[0], lines, next: stop + 1 };
    }
    if (stop >= text.length || !parsed.errors.every((e) => e.code === "MissingQuotes")) return null;
    // A field is still open: take in lines up to one with a quote, which alone can close it.
    for (let quoted = false; !quoted;) {
      if (++lines > MAX_RECORD_LINES || stop >= text.length) return null;
      const from = stop + 1;
      stop = Math.min(indexOrEnd(text, "\n", from), text.length);
      if (quote < from) quote = indexOrEnd(text, '"', from);
      quoted = quote < stop;
    }
  }
}

/** The position of `search` in `text` from `from`, Infinity when there is none. */
function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? Infinity : at;
}

function isEmptyRow(
  columns: readonly { readonly ids: Uint32Array }[],
  widths: Uint32Array,
  r: number
): boolean {
  for (let c = 0; c < widths[r] && c < columns.length; c++)
    if (columns[c].ids[r] !== 0) return false;
  return true;
}

/**
 * Cells looked up before a column's count is checked: a column whose texts are mostly distinct
 * by then (invoice or line ids) stops looking its texts up, since a table of a million texts
 * costs more than it saves; a column of repeats (customers, dates, prices) keeps each once.
 */
export const PROBE_TEXTS = 16_384;

/**
 * One column being read: its texts numbered in order of first use, id 0 for an empty cell. A
 * cell is looked up where it sits in the file's text (a hash of its characters, then a compare in
 * place), so a repeated text is never copied out: only a column's distinct texts become strings.
 */
class ColumnBuilder {
  readonly ids: Uint32Array;
  private readonly texts: (string | null)[] = [null];
  /** Open addressing: the id of a text at its hash's slot or after it, 0 for a free slot. */
  private slots: Uint32Array | null = new Uint32Array(1024);
  private seen = 0;

  constructor(lines: number) {
    this.ids = new Uint32Array(lines);
  }

  /** Row `row` holds source[start..stop) (not empty), whose hashOf is `hash`. */
  set(row: number, source: string, start: number, stop: number, hash: number): void {
    const slots = this.slots;
    if (slots === null) {
      this.ids[row] = this.texts.push(source.slice(start, stop)) - 1;
      return;
    }
    const texts = this.texts;
    const length = stop - start;
    const mask = slots.length - 1;
    let slot = spread(hash) & mask;
    for (;;) {
      const id = slots[slot];
      if (id === 0) {
        const added = texts.push(source.slice(start, stop)) - 1;
        slots[slot] = added;
        this.ids[row] = added;
        if (added * 2 > slots.length) this.grow();
        break;
      }
      const text = texts[id]!;
      if (text.length === length && source.startsWith(text, start)) {
        this.ids[row] = id;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (++this.seen % PROBE_TEXTS === 0 && (texts.length - 1) * 2 > this.seen) this.slots = null;
  }

  /** The table doubled, its texts placed again. */
  private grow(): void {
    const slots = new Uint32Array(this.slots!.length * 2);
    const mask = slots.length - 1;
    for (let id = 1; id < this.texts.length; id++) {
      const text = this.texts[id]!;
      let slot = spread(hashOfText(text, 0, text.length)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }

  done(rows: number): TextColumn {
    this.slots = null;
    return { ids: this.ids.subarray(0, rows), texts: this.texts };
  }
}

export const NEWLINE = 10;
// Module constants, not imported bindings read through a getter at each use (see csvBytes.ts).
export const { FNV_OFFSET, FNV_PRIME, hashOfText, spread } = textNumbering;

/** The lines of a text split at "\n": its line breaks + 1. */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
