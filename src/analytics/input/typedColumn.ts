import type { CellValue, TextColumn } from "../domain";
import type { RejectReason } from "./parseTypes";
import { isBlankCell } from "./values/cellText";
import { cellErrorCode } from "./values/errorValue";

/** What a cell of a typed column held: a value, nothing, an error value, or unreadable text. */
export const CELL_OK = 0;
export const CELL_BLANK = 1;
export const CELL_ERROR = 2;
/** Not readable as the column's type. */
export const CELL_BAD = 3;
/** Not readable as a date, being a number past Excel's last day (a sentinel). */
export const CELL_PAST_LAST_DAY = 4;

/** Why a required date was not read, from its status in the typed column (requiredDate's reasons). */
export function dateRejection(status: number): RejectReason {
  if (status === CELL_ERROR) return "errorCell";
  if (status === CELL_BLANK) return "missingDate";
  return status === CELL_PAST_LAST_DAY ? "implausibleDate" : "badDate";
}

/**
 * One column's cells read once into numbers (amounts, or dates as Instants), indexed as the
 * sheet's rows: `values[i]` is the number of rows[i] when `status[i]` is CELL_OK. Reading a
 * column at a time, in typed arrays, spares the per-cell calls and garbage of a row-at-a-time
 * read; the record readers then take each row's value and status from here.
 */
export interface TypedColumn {
  values: Float64Array;
  status: Uint8Array;
}

/**
 * The cells of `column` in rows[from..] read by `read` (a pure parse, null when unreadable):
 * error values first (cellErrorCode), then blanks (isBlankCell), then the parse, as the
 * reader's required and optional values test them. `pastLastDay` tells an unreadable date that
 * is a number past Excel's last day. An unmapped column is blank throughout.
 */
export function readTypedColumn(
  rows: readonly (CellValue[] | undefined)[],
  from: number,
  column: number | undefined,
  read: (value: CellValue) => number | null,
  pastLastDay?: (value: CellValue) => boolean
): TypedColumn {
  const n = rows.length;
  const values = new Float64Array(n);
  const status = new Uint8Array(n).fill(CELL_BLANK);
  if (column === undefined) return { values, status };
  // Exports repeat a text down consecutive lines (an invoice's date, a price): read it once.
  let lastText: string | undefined;
  let lastValue = 0;
  let lastStatus = CELL_BLANK;
  for (let i = from; i < n; i++) {
    const value = rows[i]?.[column] ?? null;
    if (value === null) continue;
    if (value === lastText) {
      values[i] = lastValue;
      status[i] = lastStatus;
      continue;
    }
    if (cellErrorCode(value)) status[i] = CELL_ERROR;
    else if (isBlankCell(value)) continue;
    else {
      const number = read(value);
      if (number === null) {
        status[i] = pastLastDay?.(value) ? CELL_PAST_LAST_DAY : CELL_BAD;
      } else {
        values[i] = number;
        status[i] = CELL_OK;
      }
    }
    if (typeof value === "string") {
      lastText = value;
      lastValue = values[i];
      lastStatus = status[i];
    }
  }
  return { values, status };
}

/**
 * readTypedColumn of a columnar sheet's column (RawSheet.columns): each distinct text read once,
 * then every row takes its text's value and status by its id (id 0, an empty cell, is blank).
 * The same values and statuses as readTypedColumn of the rows: both test and parse each cell by
 * its value alone. The texts are read in the order of their ids, those of rows above `from`
 * (a header) too: a read is a pure function of the text, and the rows' loop then has no branch.
 */
export function readTypedTextColumn(
  rowCount: number,
  from: number,
  column: TextColumn | undefined,
  read: (value: CellValue) => number | null,
  pastLastDay?: (value: CellValue) => boolean
): TypedColumn {
  const values = new Float64Array(rowCount);
  const status = new Uint8Array(rowCount).fill(CELL_BLANK);
  if (column === undefined) return { values, status };
  const { ids, texts } = column;
  const textValues = new Float64Array(texts.length);
  const textStatus = new Uint8Array(texts.length).fill(CELL_BLANK);
  for (let id = 1; id < texts.length; id++) {
    const value = texts[id];
    if (cellErrorCode(value)) textStatus[id] = CELL_ERROR;
    else if (!isBlankCell(value)) {
      const number = read(value);
      if (number === null) textStatus[id] = pastLastDay?.(value) ? CELL_PAST_LAST_DAY : CELL_BAD;
      else {
        textValues[id] = number;
        textStatus[id] = CELL_OK;
      }
    }
  }
  for (let i = from; i < rowCount; i++) {
    const id = ids[i];
    values[i] = textValues[id];
    status[i] = textStatus[id];
  }
  return { values, status };
}
