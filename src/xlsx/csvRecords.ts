import Papa from "papaparse";
import type { CellValue } from "../analytics/domain";

/**
 * The rows of a CSV text, one per physical line: rows[i] is line i + 1 of the file, so the row
 * numbers in messages are the line numbers a text editor shows. A record whose quoted field
 * spans several lines sits on its first line and the lines it covers are left empty (blank rows
 * are counted apart by the input layer). `malformedRows` are the indices of lines whose quoting
 * could not be made sense of: they keep their text, split at the separator, and the input
 * layer excludes them with reason "malformedCsvRow".
 */
export interface CsvRows {
  rows: CellValue[][];
  malformedRows: number[];
}

/**
 * The text with every line ending as "\n": CRLF, LF and a lone CR (classic Mac exports, files
 * pasted together) all end a line. Papaparse picks one line ending for a whole file, so a file
 * mixing them would otherwise read several lines as one.
 */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Reads a CSV text (line endings normalised) with papaparse and recovers from its quoting errors
 * at the line level. Papaparse reads a field that opens a quote it never closes properly
 * (`"Le Petit" Prince`, `"abc` with no closing quote) up to the next quote that looks like a
 * closing one, which may be many lines on: those lines would vanish into one field. Each line
 * of such a record is read again on its own: as papaparse reads it when it is well formed alone;
 * else with its quotes as plain characters (as Excel treats a stray quote) when that gives the
 * file's usual number of fields; else it is kept as a malformed row.
 */
export function readCsvRecords(text: string, delimiter: string): CsvRows {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n", skipEmptyLines: false });
  const broken = new Set(parsed.errors.map((e) => e.row).filter((r) => r !== undefined));
  const width = usualWidth(parsed.data.filter((_, k) => !broken.has(k)));
  const lines = broken.size > 0 ? text.split("\n") : [];
  const rows: CellValue[][] = [];
  const malformedRows: number[] = [];
  parsed.data.forEach((fields, k) => {
    const span = 1 + fields.reduce((n, f) => n + countNewlines(f), 0);
    if (!broken.has(k)) {
      rows.push(cellsOf(fields));
      for (let i = 1; i < span; i++) rows.push([]);
      return;
    }
    const first = rows.length;
    for (const line of lines.slice(first, first + span)) {
      const read = readLine(line, delimiter, width);
      if (read.malformed) malformedRows.push(rows.length);
      rows.push(cellsOf(read.fields));
    }
  });
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return { rows, malformedRows: malformedRows.filter((i) => i < rows.length) };
}

/** One line of a record papaparse could not read, read on its own (see readCsvRecords). */
function readLine(
  line: string,
  delimiter: string,
  width: number | undefined
): { fields: string[]; malformed: boolean } {
  const alone = Papa.parse<string[]>(line, { delimiter, newline: "\n" });
  if (alone.errors.length === 0 && alone.data.length === 1) {
    return { fields: alone.data[0], malformed: false };
  }
  const literal = line.split(delimiter);
  return { fields: literal, malformed: width === undefined || literal.length !== width };
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

function countNewlines(field: string): number {
  let n = 0;
  for (let i = field.indexOf("\n"); i >= 0; i = field.indexOf("\n", i + 1)) n++;
  return n;
}

/** Fields as cells: an empty field is an empty cell. */
function cellsOf(fields: readonly string[]): CellValue[] {
  return fields.map((f) => (f === "" ? null : f));
}
