/**
 * A sheet's cells, stored compactly: rows of primitive values (only the rows ever written),
 * formulas in a side map, number formats as the list of rectangles written. A sheet can also sit
 * on a generator (`cell(row, col)`) so a million-row source costs no memory until read.
 */
import { createHash, type Hash } from "node:crypto";
import type { Area } from "./a1";

/** An error value (#N/A, #DIV/0!, ...): Office reads it back as that string, valueType "Error". */
export class ErrorCell {
  constructor(readonly code: string) {}
}

/** What a cell holds: "" is empty. */
export type Stored = number | string | boolean | ErrorCell;

export interface CellGenerator {
  rows: number;
  cols: number;
  cell(row: number, col: number): Stored;
}

const KEY_STRIDE = 16_384;

export class Grid {
  private readonly rows: (Stored | undefined)[][] = [];
  private readonly formulaCells = new Map<number, string>();
  private readonly formatWrites: { area: Area; formats: string[][] }[] = [];
  private minRow = Infinity;
  private minCol = Infinity;
  private maxRow = -1;
  private maxCol = -1;

  constructor(private readonly base?: CellGenerator) {
    if (base && base.rows > 0 && base.cols > 0) {
      this.minRow = 0;
      this.minCol = 0;
      this.maxRow = base.rows - 1;
      this.maxCol = base.cols - 1;
    }
  }

  get(row: number, col: number): Stored {
    const own = this.rows[row]?.[col];
    if (own !== undefined) return own;
    if (this.base && row < this.base.rows && col < this.base.cols) return this.base.cell(row, col);
    return "";
  }

  formula(row: number, col: number): string | undefined {
    return this.formulaCells.get(row * KEY_STRIDE + col);
  }

  set(row: number, col: number, value: Stored, formula?: string): void {
    (this.rows[row] ??= [])[col] = value;
    const key = row * KEY_STRIDE + col;
    if (formula === undefined) this.formulaCells.delete(key);
    else this.formulaCells.set(key, formula);
    if (value !== "" || formula !== undefined) {
      this.minRow = Math.min(this.minRow, row);
      this.minCol = Math.min(this.minCol, col);
      this.maxRow = Math.max(this.maxRow, row);
      this.maxCol = Math.max(this.maxCol, col);
    }
  }

  /** Rewrites every formula of the sheet (a renamed table's references follow it). */
  rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const [key, formula] of this.formulaCells) this.formulaCells.set(key, rewrite(formula));
  }

  setFormats(area: Area, formats: string[][]): void {
    this.formatWrites.push({ area, formats });
  }

  numberFormat(row: number, col: number): string {
    for (let i = this.formatWrites.length - 1; i >= 0; i--) {
      const { area, formats } = this.formatWrites[i];
      const r = row - area.row;
      const c = col - area.col;
      if (r >= 0 && c >= 0 && r < area.rows && c < area.cols) return formats[r][c];
    }
    return "General";
  }

  /** The smallest area holding every cell ever written non-empty (clearing is not modelled). */
  usedArea(): Area | null {
    if (this.maxRow < 0) return null;
    return {
      row: this.minRow,
      col: this.minCol,
      rows: this.maxRow - this.minRow + 1,
      cols: this.maxCol - this.minCol + 1,
    };
  }

  /** Feeds every value, formula and format of the sheet into a hash (byte-identity checks). */
  hashInto(hash: Hash): void {
    const used = this.usedArea();
    if (used) {
      for (let r = used.row; r < used.row + used.rows; r++) {
        const line: unknown[] = [];
        for (let c = used.col; c < used.col + used.cols; c++) {
          const v = this.get(r, c);
          line.push(v instanceof ErrorCell ? { e: v.code } : v, this.formula(r, c) ?? null);
        }
        hash.update(JSON.stringify(line));
      }
    }
    hash.update(JSON.stringify(this.formatWrites));
  }

  fingerprint(): string {
    const hash = createHash("sha256");
    this.hashInto(hash);
    return hash.digest("hex");
  }
}
