import type { CellValue, SheetColumns } from "../domain";
import { cellText, isBlankCell } from "./values/cellText";
import type { CountedValues } from "./values/countedValues";

/**
 * The rows of a columnar sheet (RawSheet.columns) as SheetReader reads them: a cell by row and
 * column, and what is asked of every row (blank? the header again?) answered once per distinct
 * text of a column, then by its id.
 */
export class ColumnarRows {
  readonly rowCount: number;
  // Per column, per text id: 0 not tested yet, 1 no, 2 yes.
  private readonly blankTexts: Uint8Array[] = [];
  private readonly headerTexts: Uint8Array[] = [];

  constructor(private readonly sheet: SheetColumns) {
    this.rowCount = sheet.rowCount;
  }

  /** The cell of row i in column c (null past the columns). */
  cell(i: number, c: number): CellValue {
    const cells = this.sheet.columns[c];
    return cells === undefined ? null : cells.texts[cells.ids[i]];
  }

  /** The cells of column c over rows from.. (columnValues). */
  *values(c: number, from: number): Iterable<CellValue> {
    for (let i = from; i < this.rowCount; i++) yield this.cell(i, c);
  }

  /** The distinct texts of column c over rows from.. with their counts (one pass over its ids). */
  counted(c: number, from: number): CountedValues {
    const cells = this.sheet.columns[c];
    if (cells === undefined) return { values: [null], counts: [Math.max(0, this.rowCount - from)] };
    const counts = new Uint32Array(cells.texts.length);
    for (let i = from; i < this.rowCount; i++) counts[cells.ids[i]]++;
    return { values: cells.texts, counts };
  }

  /** Whether row i is blank throughout (isBlankCell of each of its cells). */
  isBlank(i: number): boolean {
    const { columns, widths } = this.sheet;
    const width = Math.min(widths[i], columns.length);
    for (let c = 0; c < width; c++) {
      const cells = columns[c];
      const id = cells.ids[i];
      if (id === 0) continue;
      const tested = (this.blankTexts[c] ??= new Uint8Array(cells.texts.length));
      if (tested[id] === 0) tested[id] = isBlankCell(cells.texts[id]) ? 2 : 1;
      if (tested[id] === 1) return false;
    }
    return true;
  }

  /** Whether cellText of row i's cell in column c is `header`, a column's header text. */
  isText(i: number, c: number, header: string): boolean {
    const cells = this.sheet.columns[c];
    if (cells === undefined) return header === "";
    const tested = (this.headerTexts[c] ??= new Uint8Array(cells.texts.length));
    const id = cells.ids[i];
    if (tested[id] === 0) tested[id] = cellText(cells.texts[id]) === header ? 2 : 1;
    return tested[id] === 2;
  }
}
