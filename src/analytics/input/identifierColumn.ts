import type { CellValue, TextColumn } from "../domain";
import { TextNumbering } from "../textNumbering";
import { cellErrorCode } from "./values/errorValue";
import { identifierText } from "./values/identifierText";

/** IdentifierColumn.codes of a cell that gives no identifier (blank, spaces, unmapped). */
export const ID_NONE = -1;
/** IdentifierColumn.codes of an error value (#N/A, ...). */
export const ID_ERROR = -2;

/**
 * A column's identifiers (identifierText of each cell) read once over all rows, as TypedColumn
 * reads numbers: `codes[i]` numbers rows[i]'s identifier among the column's distinct ones,
 * `texts`, or is ID_NONE or ID_ERROR. The parsers then take a row's code instead of reading,
 * testing and looking up its text (a million lines, two id columns: 0.5 s). An unmapped
 * column's codes are empty (read through codeAt): no array of a million ID_NONE.
 */
export interface IdentifierColumn {
  readonly codes: Int32Array;
  readonly texts: readonly string[];
}

/** The code of row i in `column` (ID_NONE past its codes: an unmapped column). */
export function codeAt(column: IdentifierColumn, i: number): number {
  return i < column.codes.length ? column.codes[i] : ID_NONE;
}

const UNMAPPED: IdentifierColumn = { codes: new Int32Array(0), texts: [] };

/** The code of one cell, its identifier numbered by `numbering`. */
function codeOf(value: CellValue, numbering: TextNumbering): number {
  if (cellErrorCode(value)) return ID_ERROR;
  const text = identifierText(value);
  return text === "" ? ID_NONE : numbering.number(text);
}

/** The identifiers of `column` in rows[from..] of a row-major sheet (unmapped: none). */
export function readIdentifierColumn(
  rows: readonly (CellValue[] | undefined)[],
  from: number,
  column: number | undefined
): IdentifierColumn {
  if (column === undefined) return UNMAPPED;
  const codes = new Int32Array(rows.length).fill(ID_NONE);
  const numbering = new TextNumbering();
  // An id repeats down its lines: read once.
  let lastText: string | undefined;
  let lastCode = ID_NONE;
  for (let i = from; i < rows.length; i++) {
    const value = rows[i]?.[column] ?? null;
    if (typeof value === "string" && value === lastText) {
      codes[i] = lastCode;
      continue;
    }
    codes[i] = codeOf(value, numbering);
    if (typeof value === "string") {
      lastText = value;
      lastCode = codes[i];
    }
  }
  return { codes, texts: numbering.texts };
}

/**
 * readIdentifierColumn of a columnar sheet's column (RawSheet.columns): each distinct text of
 * the column read once, by its id; a column read as one text per cell (mostly distinct ids)
 * compares a cell with the one above it first.
 */
export function readIdentifierTextColumn(
  rowCount: number,
  from: number,
  column: TextColumn | undefined
): IdentifierColumn {
  if (column === undefined) return UNMAPPED;
  const codes = new Int32Array(rowCount).fill(ID_NONE);
  const { ids, texts } = column;
  // At most a number per distinct text of the column, told when the column numbers repeats once
  // (a column of mostly distinct texts has a text per cell: far more than its identifiers).
  const numbering = new TextNumbering(2 * texts.length < rowCount ? texts.length - 1 : 0);
  // Per text id: its code + 3 (0: not read yet).
  const known = new Int32Array(texts.length);
  let lastText: string | null = null;
  let lastCode = ID_NONE;
  for (let i = from; i < rowCount; i++) {
    const id = ids[i];
    if (id === 0) continue;
    let code = known[id] - 3;
    if (code === -3) {
      const text = texts[id];
      code = text === lastText ? lastCode : codeOf(text, numbering);
      known[id] = code + 3;
      lastText = text;
      lastCode = code;
    }
    codes[i] = code;
  }
  return { codes, texts: numbering.texts };
}
