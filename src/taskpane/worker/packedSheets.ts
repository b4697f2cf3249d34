/**
 * Sheets read from Excel, packed for the hand-over to the analysis worker. Posting RawSheets
 * structured-clones every row array and every cell's string (a full sheet is 1M arrays and 4M
 * strings: seconds on the pane's thread to serialise, more in the worker to rebuild). Packed,
 * a sheet is three typed arrays (moved to the worker without a copy) and its texts joined into
 * one string (one memory copy), from which the worker rebuilds RawSheets equal to the posted
 * ones, with each text of a column of repeats held once.
 */
import type { CellValue, RawSheet } from "../../analytics/domain";

/** What a cell holds (0: empty); its value (number, instant, index of its text) is in `values`. */
const CellKind = {
  Number: 1,
  Text: 2,
  False: 3,
  True: 4,
  Date: 5,
  Error: 6,
  /** A hole or undefined in a row array: read as empty, as a clone's hole is. */
  Missing: 7,
} as const;

/**
 * Texts per joined string: well under V8's longest string (2^29 - 24 characters), so even a
 * sheet of long distinct texts packs. A text longer than this has a string of its own.
 */
const CHUNK_CHARS = 1 << 24;

/** One sheet packed: its small fields as they are, its cells in three transferable arrays. */
export interface PackedSheet extends Omit<RawSheet, "rows"> {
  /** Row r's cells are at rowStarts[r] .. rowStarts[r + 1] - 1 (rows may differ in length). */
  readonly rowStarts: Uint32Array;
  /** Each cell's CellKind. */
  readonly kinds: Uint8Array;
  /** Each cell's number, date (milliseconds since 1970) or index in the text table. */
  readonly values: Float64Array;
}

/** Sheets packed, with the text table they share. */
export interface PackedSheets {
  readonly sheets: readonly PackedSheet[];
  /**
   * The texts (cell texts and error codes; a column's repeats once) in order of use, joined into
   * a few strings (one for all but huge tables): a string is copied in one piece.
   */
  readonly texts: readonly string[];
  /** Where each text ends in its joined string. */
  readonly textEnds: Uint32Array;
  /** How many texts each joined string holds. */
  readonly textCounts: Uint32Array;
}

/**
 * Packs sheets for the worker; `transferablesOf` lists what to move rather than copy.
 * `chunkChars` bounds each joined string of texts (tests make it small).
 */
export function packSheets(sheets: readonly RawSheet[], chunkChars = CHUNK_CHARS): PackedSheets {
  const table = new TextTable();
  const packed = sheets.map((sheet) => packSheet(sheet, table));
  return { sheets: packed, ...table.joined(chunkChars) };
}

function packSheet(sheet: RawSheet, table: TextTable): PackedSheet {
  const { rows, ...rest } = sheet;
  const rowStarts = new Uint32Array(rows.length + 1);
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    rowStarts[r] = cells;
    cells += rows[r].length;
  }
  rowStarts[rows.length] = cells;
  const kinds = new Uint8Array(cells);
  const values = new Float64Array(cells);
  const columns: ((text: string) => number)[] = [];
  const errorCodes = table.column();
  let at = 0;
  for (const row of rows) {
    // An index loop, not for..of: it visits holes too (as undefined), so lengths are kept.
    for (let c = 0; c < row.length; c++, at++) {
      const cell = row[c] as CellValue | undefined;
      if (cell === null) continue; // Empty, 0
      switch (typeof cell) {
        case "number":
          kinds[at] = CellKind.Number;
          values[at] = cell;
          break;
        case "string":
          kinds[at] = CellKind.Text;
          values[at] = (columns[c] ??= table.column())(cell);
          break;
        case "boolean":
          kinds[at] = cell ? CellKind.True : CellKind.False;
          break;
        case "undefined":
          kinds[at] = CellKind.Missing;
          break;
        default:
          if (cell instanceof Date) {
            kinds[at] = CellKind.Date;
            values[at] = cell.getTime();
          } else {
            kinds[at] = CellKind.Error;
            values[at] = errorCodes(cell.error);
          }
      }
    }
  }
  return { ...rest, rowStarts, kinds, values };
}

/** The buffers of packed sheets, to transfer (they are unusable on the sender afterwards). */
export function transferablesOf(packed: PackedSheets): ArrayBuffer[] {
  const buffers = packed.sheets.flatMap((s) => [s.rowStarts, s.kinds, s.values]);
  return [...buffers, packed.textEnds, packed.textCounts].map((a) => a.buffer as ArrayBuffer);
}

/** The RawSheets that were packed: equal cell for cell to what a structured clone gives. */
export function unpackSheets(packed: PackedSheets): RawSheet[] {
  const texts = textsOf(packed);
  return packed.sheets.map(({ rowStarts, kinds, values, ...rest }) => {
    const rows = new Array<CellValue[]>(rowStarts.length - 1);
    for (let r = 0; r < rows.length; r++) {
      const start = rowStarts[r];
      // Sized once, as a clone's rows are: a row grown by push holds twice the room it needs.
      const row = new Array<CellValue>(rowStarts[r + 1] - start);
      for (let c = 0; c < row.length; c++)
        row[c] = cellOf(kinds[start + c], values[start + c], texts);
      rows[r] = row;
    }
    return { ...rest, rows };
  });
}

function cellOf(kind: number, value: number, texts: readonly string[]): CellValue {
  switch (kind) {
    case CellKind.Number:
      return value;
    case CellKind.Text:
      return texts[value];
    case CellKind.False:
      return false;
    case CellKind.True:
      return true;
    case CellKind.Date:
      return new Date(value);
    case CellKind.Error:
      return { error: texts[value] };
    case CellKind.Missing:
      return undefined as unknown as CellValue;
    default:
      return null;
  }
}

function textsOf({ texts, textEnds, textCounts }: PackedSheets): string[] {
  const out = new Array<string>(textEnds.length);
  let i = 0;
  for (let k = 0; k < texts.length; k++) {
    const joined = texts[k];
    let start = 0;
    for (const last = i + textCounts[k]; i < last; i++) {
      out[i] = joined.slice(start, textEnds[i]);
      start = textEnds[i];
    }
  }
  return out;
}

/**
 * Texts of a column looked up before a count is checked: a column whose texts are mostly
 * distinct by then (invoice ids) is added text by text from there on, since a lookup table of a
 * million texts costs more than it saves; a column of repeated texts (channels, products,
 * customers) keeps each once.
 */
const PROBE_TEXTS = 16_384;

/** Texts in order of use, those of a column of repeats held once. */
class TextTable {
  readonly texts: string[] = [];

  /** A lookup for one column's texts (or a sheet's error codes). */
  column(): (text: string) => number {
    const texts = this.texts;
    let index: Map<string, number> | null = new Map();
    let seen = 0;
    return (text) => {
      if (index === null) return texts.push(text) - 1;
      let i = index.get(text);
      if (i === undefined) {
        i = texts.push(text) - 1;
        index.set(text, i);
      }
      if (++seen % PROBE_TEXTS === 0 && index.size * 2 > seen) index = null;
      return i;
    };
  }

  /** The texts joined into strings of at most `chunkChars` (or one longer text each). */
  joined(chunkChars: number): Pick<PackedSheets, "texts" | "textEnds" | "textCounts"> {
    const all = this.texts;
    const textEnds = new Uint32Array(all.length);
    const texts: string[] = [];
    const counts: number[] = [];
    let first = 0;
    let end = 0;
    for (let i = 0; i <= all.length; i++) {
      const length = i < all.length ? all[i].length : 0;
      if (i === all.length || (end > 0 && end + length > chunkChars)) {
        if (i > first) {
          texts.push(all.slice(first, i).join(""));
          counts.push(i - first);
        }
        first = i;
        end = 0;
      }
      if (i < all.length) textEnds[i] = end += length;
    }
    return { texts, textEnds, textCounts: Uint32Array.from(counts) };
  }
}
