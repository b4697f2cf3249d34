/**
 * Excel's calculated columns, as they fire on writes made through the API.
 *
 * Excel's AutoCorrect option "Fill formulas in tables to create calculated columns" (on by
 * default, and there is no Office.js switch for it) applies to API writes too:
 * - a formula entered in a table column that was EMPTY (every body cell blank) becomes the
 *   column's formula and is filled into every body cell, even cells the same write set to "" or
 *   null (office-js issues 1916 and 2093; support.microsoft.com "Use calculated columns in an
 *   Excel table": "Type a formula in an empty column");
 * - when one write puts several different formulas into an empty column, the column ends up with
 *   the bottom-most one everywhere (office-js issues 5909 and 6745);
 * - a formula entered in a calculated column replaces the formula of the whole column (the same
 *   support page: "If you type a new formula that's different from existing formulas in a
 *   calculated column, the column will automatically update");
 * - it does NOT fire when the column already held data before the write, nor when the write
 *   itself puts a constant in the column (the support page: "If you type or move a formula in a
 *   table column that already contains data, a calculated column is not automatically created";
 *   issue 5909's workaround: rows first filled with 0 then set to distinct formulas stay distinct).
 * Converting a range that already holds formulas into a table (tables.add) changes no cell.
 */
import type { Area } from "./a1";
import type { SheetModel, TableModel } from "./model";

/** A formula moved from one cell to another the way a fill does: relative A1 refs shift. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Quoted strings and structured references ([...]) are copied as they are.
  return formula.replace(
    /("[^"]*")|(\[[^\]]*\])|(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_(])/g,
    (whole, quoted, bracket, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      if (quoted !== undefined || bracket !== undefined) return whole;
      let col = 0;
      for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
      const newCol = colAbs ? col : col + cols;
      const newRow = rowAbs ? Number(digits) : Number(digits) + rows;
      let out = "";
      for (let n = newCol; n > 0; n = Math.floor((n - 1) / 26)) {
        out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
      }
      return `${colAbs}${out}${rowAbs}${newRow}`;
    }
  );
}

function isFormulaInput(input: unknown): input is string {
  return typeof input === "string" && input.startsWith("=") && input.length > 1;
}

function isConstantInput(input: unknown): boolean {
  return input !== null && input !== undefined && input !== "" && !isFormulaInput(input);
}

/** What one write does to one table column: its formulas and whether it wrote a constant. */
interface ColumnWrite {
  table: TableModel;
  /** Column offset in the table. */
  col: number;
  /** Sheet row and formula of the bottom-most formula written. */
  last?: { row: number; formula: string };
  constant: boolean;
  wasEmpty: boolean;
}

function bodyRows(table: TableModel): { first: number; count: number } {
  return { first: table.area.row + 1, count: table.area.rows - 1 };
}

/**
 * Looks at a write before it is stored: for each table column it touches, the formulas and
 * constants it brings and whether the column's body was empty. Call `after` once stored.
 */
export function beforeWrite(sheet: SheetModel, area: Area, rows: unknown[][]): { after(): void } {
  const writes: ColumnWrite[] = [];
  for (const table of sheet.tables) {
    const body = bodyRows(table);
    const top = Math.max(area.row, body.first);
    const bottom = Math.min(area.row + area.rows, body.first + body.count);
    if (top >= bottom) continue;
    const left = Math.max(area.col, table.area.col);
    const right = Math.min(area.col + area.cols, table.area.col + table.area.cols);
    for (let c = left; c < right; c++) {
      const write: ColumnWrite = {
        table,
        col: c - table.area.col,
        constant: false,
        wasEmpty: true,
      };
      for (let r = top; r < bottom; r++) {
        const input = rows[r - area.row][c - area.col];
        if (isFormulaInput(input) && sheet.grid.numberFormat(r, c) !== "@") {
          write.last = { row: r, formula: input };
        } else if (isConstantInput(input)) write.constant = true;
      }
      if (!write.last) continue;
      for (let r = body.first; r < body.first + body.count && write.wasEmpty; r++) {
        if (sheet.grid.get(r, c) !== "" || sheet.grid.formula(r, c) !== undefined) {
          write.wasEmpty = false;
        }
      }
      writes.push(write);
    }
  }
  return {
    after() {
      for (const w of writes) {
        const calculated = w.table.calculatedColumns ?? new Map<number, string>();
        const fires = calculated.has(w.col) || (w.wasEmpty && !w.constant);
        if (!fires || !w.last) continue;
        calculated.set(w.col, w.last.formula);
        w.table.calculatedColumns = calculated;
        fillColumn(sheet, w.table, w.col, w.last);
      }
    },
  };
}

/** Fills every body cell of the column with `source`'s formula, shifted to each row. */
function fillColumn(
  sheet: SheetModel,
  table: TableModel,
  col: number,
  source: { row: number; formula: string }
): void {
  const body = bodyRows(table);
  const c = table.area.col + col;
  for (let r = body.first; r < body.first + body.count; r++) {
    // A constant typed into a calculated column stays, as an exception to the column's formula.
    if (sheet.grid.get(r, c) !== "" && sheet.grid.formula(r, c) === undefined) continue;
    sheet.grid.set(r, c, "", shiftFormula(source.formula, r - source.row, 0));
  }
}
