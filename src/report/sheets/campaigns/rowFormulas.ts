/**
 * Row formulas of a placed table: a cell computed from other cells of its row ("=D12/C12"), so a
 * controller clicking a rate sees what it divides. Written once the layout has anchored the table,
 * since the formula needs its row's A1 addresses.
 */
import type { FormulaCell, ReportBlock, TableBlock, TableCell } from "../../model";
import { cellA1, tableColumnIndex } from "../../ranges";

/** The A1 address of another column of the same row, by column id. */
export type RowRef = (columnId: string) => string;

/** The number a cell holds (a FormulaCell's computed value), or null. */
export function cellNumber(cell: TableCell): number | null {
  const v = cell !== null && typeof cell === "object" ? cell.value : cell;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/**
 * The table with column `columnId` turned into formulas built by `formula` from its row's
 * addresses; each keeps the cell's current value as its computed result. Rows whose `formula`
 * returns undefined keep their value (e.g. no control group: no rate to compute).
 */
export function withRowFormulas(
  table: TableBlock,
  columnId: string,
  formula: (ref: RowRef, row: TableCell[]) => string | undefined
): TableBlock {
  const target = tableColumnIndex(table, columnId);
  const rows = table.rows.map((row, i) => {
    const r = table.anchor.row + 1 + i;
    const ref: RowRef = (id) =>
      cellA1({ row: r, col: table.anchor.col + tableColumnIndex(table, id) });
    const text = formula(ref, row);
    if (text === undefined) return row;
    const current = row[target];
    const value = current !== null && typeof current === "object" ? current.value : current;
    const cell: FormulaCell = { formula: text, value: value ?? null };
    return row.map((c, j) => (j === target ? cell : c));
  });
  return { ...table, rows };
}

/** The blocks with the named table replaced by `update(table)`. */
export function updateTable(
  blocks: ReportBlock[],
  name: string,
  update: (table: TableBlock) => TableBlock
): ReportBlock[] {
  return blocks.map((b) => (b.kind === "table" && b.name === name ? update(b) : b));
}

/** "IF(den>0,num/den,"")": a ratio that stays blank rather than #DIV/0!. */
export function ratioFormula(numerator: string, denominator: string): string {
  return `IF(${denominator}>0,${numerator}/${denominator},"")`;
}
