import Papa from "papaparse";
import type { CellValue } from "../analytics/domain";

/**
 * The rows of a CSV text, one per physical line: rows[i] is line i + 1 of the file, so the row
 * numbers in messages are the line numbers a text editor shows. A record whose quoted field
 * spans several lines sits on its first line and the lines it covers are left empty (blank rows
 * are counted apart by the input layer). `malformedRows` are the indices of lines whose quoting
 * could not be made sense of: they keep their text, split at the separator, and the input
 * layer excludes them with reason "malformedCsvRow". `quotesAsTextRows` are the lines read with
 * their unpaired quotes as plain characters (the input layer notes them as a warning).
 */
export interface CsvRows {
  rows: CellValue[][];
  malformedRows: number[];
  quotesAsTextRows: number[];
}

/**
 * The text with every line ending as "\n": CRLF, LF and a lone CR (classic Mac exports, files
 * pasted together) all end a line. Papaparse picks one line ending for a whole file, so a file
 * mixing them would otherwise read several lines as one.
 */
export function normaliseLineEndings(text: string): string {
  // Most files have "\n" alone: one indexOf, not a regular expression over the whole text.
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/**
 * Reads a CSV text (line endings normalised) with papaparse and recovers from its quoting errors
 * at the line level. Papaparse reads a field that opens a quote it never closes properly
 * (`"Le Petit" Prince`, `"abc` with no closing quote) up to the next quote that looks like a
 * closing one, which may be many lines on: those lines would vanish into one field. The lines
 * of such a record are read again from its first line on (readAtLine): a line well formed on its
 * own is read as papaparse reads it; a well-quoted field over several lines stays one record;
 * a line whose quotes still make no sense is read with its quotes as plain characters (as Excel
 * treats a stray quote) when that gives the file's usual number of fields, else kept as a
 * malformed row.
 */
export function readCsvRecords(text: string, delimiter: string): CsvRows {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n", skipEmptyLines: false });
  if (parsed.errors.length === 0 && parsed.data.length === lineCount(text)) {
    // As many records as lines: no field holds a line break, each record is its line.
    for (const fields of parsed.data) asCells(fields);
    return { rows: withoutTrailingBlanks(parsed.data), malformedRows: [], quotesAsTextRows: [] };
  }
  const broken = new Set(parsed.errors.map((e) => e.row).filter((r) => r !== undefined));
  // Only a file with broken quoting needs its lines and its usual width.
  const width = broken.size > 0 ? usualWidth(parsed.data.filter((_, k) => !broken.has(k))) : 0;
  const lines = broken.size > 0 ? text.split("\n") : [];
  const rows: CellValue[][] = [];
  const malformedRows: number[] = [];
  const quotesAsTextRows: number[] = [];
  parsed.data.forEach((fields, k) => {
    let span = 1;
    for (const f of fields) span += countNewlines(f);
    if (!broken.has(k)) {
      rows.push(asCells(fields));
      for (let i = 1; i < span; i++) rows.push([]);
      return;
    }
    const end = rows.length + span;
    while (rows.length < end) {
      const read = readAtLine(lines, rows.length, end, delimiter, width);
      if (read.malformed) malformedRows.push(rows.length);
      else if (read.quotesAsText) quotesAsTextRows.push(rows.length);
      rows.push(asCells(read.fields));
      for (let i = 1; i < read.span; i++) rows.push([]);
    }
  });
  withoutTrailingBlanks(rows);
  const kept = (i: number) => i < rows.length;
  return {
    rows,
    malformedRows: malformedRows.filter(kept),
    quotesAsTextRows: quotesAsTextRows.filter(kept),
  };
}

/** How many lines a quoted field opened on a broken line may run on when read again. */
const MAX_RECORD_LINES = 50;

/**
 * The record starting at line `at` of a stretch papaparse could not read (see readCsvRecords):
 * the line on its own when papaparse reads it cleanly; when it only leaves a quoted field open,
 * the shortest run of following lines (up to MAX_RECORD_LINES, within the stretch) that closes
 * it into one clean record, as a well-quoted multi-line field after a broken line is; else the
 * line with its quotes as text, malformed unless that gives the file's usual number of fields.
 */
function readAtLine(
  lines: readonly string[],
  at: number,
  end: number,
  delimiter: string,
  width: number | undefined
): { fields: string[]; span: number; malformed: boolean; quotesAsText?: boolean } {
  const last = Math.min(end, at + MAX_RECORD_LINES);
  for (let stop = at + 1; stop <= last; stop++) {
    // A line without a quote cannot close the field left open: no need to read again.
    if (stop > at + 1 && !lines[stop - 1].includes('"')) continue;
    const text = lines.slice(at, stop).join("\n");
    const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n" });
    if (parsed.errors.length === 0 && parsed.data.length === 1) {
      return { fields: parsed.data[0], span: stop - at, malformed: false };
    }
    if (!parsed.errors.every((e) => e.code === "MissingQuotes")) break;
  }
  const literal = lines[at].split(delimiter);
  const malformed = width === undefined || literal.length !== width;
  return { fields: literal, span: 1, malformed, quotesAsText: !malformed };
}

/** The number of fields most well-read, non-blank records have (the header's, usually). */
function usualWidth(records: readonly string[][]): number | undefined {
  const counts = new Map<number, number>();
  for (const fields of records) {
    if (fields.every((f) => f === "")) continue;
    counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [width, n] of counts) if (best === undefined || n > counts.get(best)!) best = width;
  return best;
}

/** The rows without the blank ones at the end (a file's trailing line breaks), in place. */
function withoutTrailingBlanks(rows: CellValue[][]): CellValue[][] {
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return rows;
}

/**
 * The lines of a text split at "\n" (the line breaks + 1): what papaparse's records number when
 * none holds a line break, for with an error-free parse every "\n" ends a record or sits in a
 * field.
 */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function countNewlines(field: string): number {
  let n = 0;
  for (let i = field.indexOf("\n"); i >= 0; i = field.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Fields as cells: an empty field is an empty cell. Done in place, in papaparse's own array (read
 * once, by this function only): a second array per line would double the rows' garbage.
 */
function asCells(fields: string[]): CellValue[] {
  const cells: CellValue[] = fields;
  for (let i = 0; i < cells.length; i++) if (cells[i] === "") cells[i] = null;
  return cells;
}
