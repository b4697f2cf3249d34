/** A1 addresses for the fake: "B3", "B3:D9", "C:C", "2:4", optionally prefixed by "Sheet!". */
import { invalidArgument } from "./errors";

/** A rectangle of cells, zero-based like Office's rowIndex / columnIndex. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(text: string, address: string): Corner {
  const m = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(text);
  if (m === null || (m[1] === "" && m[2] === "")) throw invalidArgument(`bad address ${address}`);
  return {
    col: m[1] === "" ? undefined : columnIndex(m[1]),
    row: m[2] === "" ? undefined : Number(m[2]) - 1,
  };
}

/** Parses an A1 address (any sheet prefix is ignored) into an area; throws InvalidArgument. */
export function parseA1(address: string): Area {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second = first] = local.split(":");
  const a = parseCorner(first, address);
  const b = parseCorner(second, address);
  const row = Math.min(a.row ?? 0, b.row ?? 0);
  const col = Math.min(a.col ?? 0, b.col ?? 0);
  const lastRow = a.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row ?? a.row);
  const lastCol = a.col === undefined ? MAX_COLS - 1 : Math.max(a.col, b.col ?? a.col);
  const area = { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
  if (row < 0 || col < 0 || lastRow >= MAX_ROWS || lastCol >= MAX_COLS) {
    throw invalidArgument(`address out of the sheet: ${address}`);
  }
  return area;
}

/** "Sheet1!B3:D9" (Office quotes names with spaces or punctuation). */
export function formatA1(sheet: string, area: Area): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const from = `${columnLetters(area.col)}${area.row + 1}`;
  const to = `${columnLetters(area.col + area.cols - 1)}${area.row + area.rows}`;
  return `${quoted}!${area.rows === 1 && area.cols === 1 ? from : `${from}:${to}`}`;
}
