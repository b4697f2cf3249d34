import Papa from "papaparse";
import type { SheetColumns, TextColumn } from "../analytics/domain";

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
  const lineTotal = lineCount(text);
  const widths = new Uint32Array(lineTotal);
  const columns: ColumnBuilder[] = [];
  const maxCells = 2 * (text.length + lineTotal);
  const end = text.length;
  const step = delimiter.length;
  // Where the next separator and the next quote are: each searched once over the text, not
  // from every field (a file with no separator at all would otherwise be read over and over).
  let nextDelimiter = -1;
  let nextQuote = -1;
  let row = 0;
  for (let pos = 0; pos <= end;) {
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0) lineEnd = end;
    if (nextQuote < pos) nextQuote = indexOrEnd(text, '"', pos);
    if (nextQuote < lineEnd) {
      const record = quotedRecord(text, pos, lineEnd, delimiter);
      if (record === null) return null;
      const { fields } = record;
      for (let c = 0; c < fields.length; c++) {
        if (fields[c] === "") continue;
        const column = columnAt(columns, c, lineTotal, maxCells);
        if (column === null) return null;
        column.set(row, fields[c]);
      }
      widths[row] = fields.length;
      row += record.lines;
      pos = record.next;
      continue;
    }
    let c = 0;
    for (let start = pos; ; c++) {
      if (nextDelimiter < start) nextDelimiter = indexOrEnd(text, delimiter, start);
      const stop = nextDelimiter < lineEnd ? nextDelimiter : lineEnd;
      if (stop > start) {
        const column = columnAt(columns, c, lineTotal, maxCells);
        if (column === null) return null;
        column.set(row, text.slice(start, stop));
      }
      if (stop === lineEnd) break;
      start = stop + step;
    }
    widths[row++] = c + 1;
    pos = lineEnd + 1;
  }
  // Trailing blank lines (a file's last line breaks) are dropped, as readCsvRecords drops them.
  while (row > 0 && isEmptyRow(columns, widths, row - 1)) row--;
  return {
    rowCount: row,
    widths: widths.subarray(0, row),
    columns: columns.map((column) => column.done(row)),
  };
}

/** How many lines a quoted field may run on (readCsvRecords' limit for a broken one). */
const MAX_RECORD_LINES = 50;

/**
 * The record starting at `pos`, a line holding a quote: papaparse's read of the shortest run of
 * lines from there that it reads as one record without an error. Papaparse reads the text in
 * one pass with no look-back, so a record it reads cleanly on its own is the record it reads
 * there in the whole text. Null on any other error (readCsvRecords then repairs the file).
 */
function quotedRecord(
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

/** The builder of column c, made (with the ones before it) on first use; null past the budget. */
function columnAt(
  columns: ColumnBuilder[],
  c: number,
  lines: number,
  maxCells: number
): ColumnBuilder | null {
  while (columns.length <= c) {
    if ((columns.length + 1) * lines > maxCells) return null;
    columns.push(new ColumnBuilder(lines));
  }
  return columns[c];
}

function isEmptyRow(columns: readonly ColumnBuilder[], widths: Uint32Array, r: number): boolean {
  for (let c = 0; c < widths[r] && c < columns.length; c++)
    if (columns[c].ids[r] !== 0) return false;
  return true;
}

/**
 * Cells looked up before a column's count is checked: a column whose texts are mostly distinct
 * by then (invoice or line ids) stops looking its texts up, since a table of a million texts
 * costs more than it saves; a column of repeats (customers, dates, prices) keeps each once.
 */
const PROBE_TEXTS = 16_384;

/** One column being read: its texts numbered in order of first use, id 0 for an empty cell. */
class ColumnBuilder {
  readonly ids: Uint32Array;
  private readonly texts: (string | null)[] = [null];
  private index: Map<string, number> | null = new Map();
  private seen = 0;

  constructor(lines: number) {
    this.ids = new Uint32Array(lines);
  }

  set(row: number, text: string): void {
    const index = this.index;
    if (index === null) {
      this.ids[row] = this.texts.push(text) - 1;
      return;
    }
    let id = index.get(text);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      index.set(text, id);
    }
    this.ids[row] = id;
    if (++this.seen % PROBE_TEXTS === 0 && index.size * 2 > this.seen) this.index = null;
  }

  done(rows: number): TextColumn {
    this.index = null;
    return { ids: this.ids.subarray(0, rows), texts: this.texts };
  }
}

/** The lines of a text split at "\n": its line breaks + 1. */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
