import type { SheetColumns } from "../analytics/domain";
import * as csvColumns from "./csvColumns";
import { columnAt, MAX_RECORD_LINES, quotedRecord, sheetColumnsOf } from "./csvColumns";
import { ByteColumn, decodeUtf8, viewOf } from "./csvByteColumn";
import { ByteLines, searcherOf } from "./csvByteLines";
import { plainQuotedFields, unescaped } from "./csvPlainQuotes";
import { guessDelimiter, guessDelimiterOfPrefix } from "./csvDelimiter";
import { normaliseLineEndings } from "./csvRecords";

/**
 * readCsvSheet(decodeCsvBytes(bytes)) read from the bytes themselves, when it is columns: the
 * file's text is never made (decoding 47 MB took as long as splitting it), each line is split
 * at the separator byte, and only a column's distinct texts are decoded (a repeated one is
 * found by comparing its bytes in place). A field is bounded by ASCII bytes (separator, line
 * break), never inside a UTF-8 sequence, so its decoded text is the slice of the decoded file.
 * A line holding a quote is decoded and read by papaparse as readCsvColumns reads it.
 *
 * Null, for the caller to decode the text and read it (readCsvSheet), when the bytes are not
 * valid UTF-8 (a field failing a fatal decode: the file is Windows-1252), are UTF-16, or when
 * readCsvColumns would give null (broken quoting, a line too wide). Line endings are read as
 * normaliseLineEndings makes them (ByteLines). Every non-ASCII byte is in a field or a quoted line decoded fatally once, or
 * in one whose bytes equal such a field's: a file read here is valid UTF-8.
 */
export function readCsvBytes(data: Uint8Array): SheetColumns | null {
  // A plain Uint8Array view: a Node Buffer (a subclass) beside the encoder's arrays would make
  // every byte access polymorphic.
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.length);
  const start = textStartOf(bytes);
  const delimiter = start < 0 ? null : delimiterOf(bytes, start);
  if (delimiter === null) return null;
  const reader = new ByteLineSplitter(bytes, start, delimiter);
  const rows = reader.split();
  return rows < 0 ? null : reader.done(rows);
}

/** Where a UTF-8 file's text starts: after its byte-order marks (-1: the file is UTF-16). */
function textStartOf(bytes: Uint8Array): number {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return -1;
  }
  // TextDecoder drops one byte-order mark, readCsvSheet the one after it.
  let start = 0;
  while (start < 6 && isByteOrderMark(bytes, start)) start += 3;
  return start;
}

// Module constants, not imported bindings in the loops: an ES module run as CommonJS (tsx, jest)
// reads an imported binding through a getter at each use, which tripled the loop's time.
const { NEWLINE } = csvColumns;
const CR = 13;
const QUOTE = 34;
/** A word with 1 in each byte, and one with each byte's high bit. */
const ONES = 0x01010101;
const HIGHS = 0x80808080 | 0;
const NEWLINES = Math.imul(NEWLINE, ONES);
const CRS = Math.imul(CR, ONES);

/**
 * From `i`, the position of the first separator or line break found four bytes at a time, or
 * where the words stop (past `lastWord`) for the byte loop to go on from: the bytes of a field
 * are skipped a word per step, not a byte and three comparisons each (a 47 MB file's scan took
 * 60 % less). A byte of x is 0 when some byte of (x - ONES) & ~x has its high bit set, the
 * lowest such byte exactly (a borrow reaches only the bytes above a zero byte).
 */
function wordsWithout(view: DataView, i: number, lastWord: number, separators: number): number {
  while (i <= lastWord) {
    const word = view.getInt32(i, true);
    const s = word ^ separators;
    const n = word ^ NEWLINES;
    const r = word ^ CRS;
    const zero = (((s - ONES) & ~s) | ((n - ONES) & ~n) | ((r - ONES) & ~r)) & HIGHS;
    if (zero !== 0) return i + ((31 - Math.clz32(zero & -zero)) >> 3);
    i += 4;
  }
  return i;
}

/** The prefix decoded for the separator guess, doubled until papaparse's preview fits in it. */
const PREVIEW_BYTES = 1 << 16;

function isByteOrderMark(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
}

/** guessDelimiter of the text from `start`, from its first lines when they are enough. */
function delimiterOf(bytes: Uint8Array, start: number): string | null {
  for (let size = PREVIEW_BYTES; start + size < bytes.length; size *= 2) {
    const cut = bytes.lastIndexOf(NEWLINE, start + size - 1);
    if (cut < start) continue;
    const prefix = decodeUtf8(bytes, start, cut + 1);
    if (prefix === null) return null;
    const delimiter = guessDelimiterOfPrefix(normaliseLineEndings(prefix));
    if (delimiter !== null) return delimiter;
  }
  const text = decodeUtf8(bytes, start, bytes.length);
  return text === null ? null : guessDelimiter(normaliseLineEndings(text));
}

/**
 * readCsvColumns' quotedRecord at the line starting at `pos`, on the decoded text of that line,
 * else of the MAX_RECORD_LINES + 1 lines from it (all quotedRecord may look at: the outcome is
 * the one it has on the whole text). `next` is the byte after the record's last line.
 */
function quotedBytes(
  bytes: Uint8Array,
  lines: ByteLines,
  pos: number,
  delimiter: string
): { fields: string[]; lines: number; next: number } | null {
  const end = bytes.length;
  const lineEnd = lines.endOf(pos);
  const line = decodeUtf8(bytes, pos, lineEnd);
  if (line === null) return null;
  const one = quotedRecord(line, 0, line.length, delimiter);
  if (one !== null) return { fields: one.fields, lines: 1, next: lines.next(lineEnd) };
  if (lineEnd >= end) return null;
  let windowEnd = lineEnd;
  for (let n = 1; n <= MAX_RECORD_LINES && windowEnd < end; n++) {
    windowEnd = lines.endOf(lines.next(windowEnd));
  }
  const decoded = decodeUtf8(bytes, pos, Math.min(lines.next(windowEnd), end));
  if (decoded === null) return null;
  const text = normaliseLineEndings(decoded);
  const firstEnd = text.indexOf("\n");
  const record = quotedRecord(text, 0, firstEnd < 0 ? text.length : firstEnd, delimiter);
  if (record === null) return null;
  let last = lineEnd;
  for (let n = 1; n < record.lines; n++) last = lines.endOf(lines.next(last));
  return { fields: record.fields, lines: record.lines, next: lines.next(last) };
}

/**
 * readCsvColumns' LineSplitter over bytes, a "\r\n" or a lone "\r" ending a line as "\n" does.
 * The lines are counted as they are read: the columns start at an estimate of the file's lines
 * from its first bytes (a pass to count them all took a sixth of the read) and grow past it.
 * The budget (readCsvColumns') is held from the estimate; counted exactly where the estimate
 * refuses, and checked exactly in done(), it refuses what readCsvColumns' refuses, no more.
 */
class ByteLineSplitter {
  private widths: Uint32Array;
  private readonly columns: ByteColumn[] = [];
  /** The lines counted (lines.count()) when the estimate did not allow a column; else -1. */
  private exactLines = -1;
  /** The position of the last line break (-1: none): a line starting up to it ends at one. */
  private readonly lastBreak: number;
  private readonly view: DataView;
  private readonly separator: number;
  /** The separator in each byte of a word (wordsWithout). */
  private readonly separatorWord: number;
  private readonly lines: ByteLines;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly delimiter: string
  ) {
    this.lines = new ByteLines(bytes, start);
    this.separator = delimiter.charCodeAt(0);
    this.separatorWord = Math.imul(this.separator, ONES);
    this.view = viewOf(bytes);
    this.lastBreak = this.lines.lastBreak();
    this.widths = new Uint32Array(this.lines.estimate());
  }

  /** The file's lines into rows: how many rows, or -1 when they do not read into columns. */
  split(): number {
    const { bytes, lines, delimiter } = this;
    const end = bytes.length;
    const quotes = searcherOf(bytes);
    let nextQuote = -1;
    let quoteLine = -1;
    let row = 0;
    for (let pos = this.start; pos <= end;) {
      if (row >= this.widths.length && !this.grow(row + 1, pos)) return -1;
      if (nextQuote < pos) {
        nextQuote = quotes.indexOf(QUOTE, pos);
        // Past every position, and a small integer (Infinity deoptimised the loop where quotes end).
        if (nextQuote < 0) nextQuote = quoteLine = end + 1;
        else quoteLine = lines.startOf(nextQuote);
      }
      if (pos === quoteLine) {
        const lineEnd = lines.endOf(pos);
        const plain = plainQuotedFields(bytes, pos, lineEnd, this.separator);
        if (plain !== null) {
          if (!this.byteFields(row++, plain)) return -1;
          pos = lines.next(lineEnd);
          continue;
        }
        const record = quotedBytes(bytes, lines, pos, delimiter);
        if (record === null || !this.fields(row, record.fields)) return -1;
        row += record.lines;
        pos = record.next;
      } else {
        pos = this.line(row++, pos);
        if (pos < 0) return -1;
      }
    }
    return row;
  }

  /**
   * Row `row` from the line at `pos`, which holds no quote, split at the separator. The
   * position after the line, or -1 (past the budget, not UTF-8).
   */
  line(row: number, pos: number): number {
    if (pos <= this.lastBreak) return this.splitLine(this.bytes, this.view, row, pos);
    // The last line, not ended by a line break: split from a copy that is.
    const { bytes } = this;
    const tail = new Uint8Array(bytes.length - pos + 1);
    tail.set(bytes.subarray(pos));
    tail[tail.length - 1] = NEWLINE;
    const next = this.splitLine(tail, viewOf(tail), row, 0);
    return next < 0 ? next : pos + next;
  }

  /**
   * Row `row` from source[pos..], a line ended by a line break in `source`: the scan of a field
   * stops at a separator or line break with no test of the end of the bytes.
   */
  private splitLine(source: Uint8Array, view: DataView, row: number, pos: number): number {
    const { separator, separatorWord } = this;
    const lastWord = source.length - 4;
    let c = 0;
    let start = pos;
    for (let i = pos; ; i++) {
      i = wordsWithout(view, i, lastWord, separatorWord);
      let code = source[i];
      while (code !== separator && code !== NEWLINE && code !== CR) code = source[++i];
      if (i > start) {
        const column = this.column(c);
        if (column === null || !column.set(row, view, start, i)) return -1;
      }
      if (code !== separator) {
        this.widths[row] = c + 1;
        return code === CR && source[i + 1] === NEWLINE ? i + 2 : i + 1;
      }
      c++;
      start = i + 1;
    }
  }

  /** Row `row` from plainQuotedFields' triples; false past the budget or not UTF-8. */
  byteFields(row: number, fields: readonly number[]): boolean {
    for (let f = 0; f < fields.length; f += 3) {
      let [start, stop] = [fields[f], fields[f + 1]];
      if (start === stop) continue;
      const column = this.column(f / 3);
      if (column === null) return false;
      let source = this.bytes;
      if (fields[f + 2] === 1) {
        source = unescaped(source, start, stop);
        [start, stop] = [0, source.length];
      }
      if (!column.set(row, source === this.bytes ? this.view : viewOf(source), start, stop)) {
        return false;
      }
    }
    this.widths[row] = fields.length / 3;
    return true;
  }

  /** Row `row` from a record's fields (papaparse's); false past the budget. */
  fields(row: number, fields: readonly string[]): boolean {
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c];
      if (field === "") continue;
      const column = this.column(c);
      if (column === null) return false;
      column.setText(row, field, (encoder ??= new TextEncoder()).encode(field));
    }
    this.widths[row] = fields.length;
    return true;
  }

  private column(c: number): ByteColumn | null {
    const { columns, widths } = this;
    if (c < columns.length) return columns[c];
    return columnAt(columns, c, ByteColumn, widths.length, (n) => this.allows(n, widths.length));
  }

  /**
   * Room for `rows` rows, the next one starting at `pos`: as many more as the lines so far
   * promise for the bytes left, a little over. False when the budget refuses the columns at
   * that many lines.
   */
  private grow(rows: number, pos: number): boolean {
    const exact = this.exactLines;
    const read = Math.max(1, pos - this.start);
    const promised = Math.ceil(((rows * (this.bytes.length - this.start)) / read) * 1.05);
    const capacity = Math.max(
      rows,
      exact >= 0 ? exact : Math.max(promised, Math.ceil(this.widths.length * 1.1)) + 1024
    );
    if (!this.allows(this.columns.length, capacity)) return false;
    const widths = new Uint32Array(capacity);
    widths.set(this.widths);
    this.widths = widths;
    for (const column of this.columns) column.growTo(capacity);
    return true;
  }

  /**
   * Whether `columns` columns of `lines` cells are within readCsvColumns' budget (twice the
   * characters and lines); where they are not, the file's lines are counted and the columns
   * held to that.
   */
  private allows(columns: number, lines: number): boolean {
    const within = (n: number) => columns * n <= 2 * (this.bytes.length - this.start + n);
    if (this.exactLines >= 0) return within(this.exactLines);
    if (within(lines)) return true;
    this.exactLines = this.lines.count();
    return within(this.exactLines);
  }

  /** readCsvColumns' done, null past its budget counted in UTF-16 units. */
  done(rows: number): SheetColumns | null {
    // The last record may take lines past the last row set.
    if (rows > this.widths.length && !this.grow(rows, this.bytes.length)) return null;
    const { columns, widths } = this;
    const lineTotal = rows;
    const size = this.bytes.length - this.start;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: under this bound no count is needed.
    const cells = columns.length * lineTotal;
    if (cells > 2 * (Math.floor(size / 3) + lineTotal)) {
      const length = utf16Length(this.bytes, this.start) - this.lines.crlfCount();
      if (cells > 2 * (length + lineTotal)) return null;
    }
    return sheetColumnsOf(columns, widths, rows);
  }
}

// Made on first use, as csvByteColumn.ts's decoders (jsdom has no TextEncoder either).
let encoder: TextEncoder | undefined;

/** The UTF-16 length of valid UTF-8 bytes[start..]: a unit per lead byte, two for a 4-byte one. */
function utf16Length(bytes: Uint8Array, start: number): number {
  let n = 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}
