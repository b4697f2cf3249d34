/**
 * The cells of one worksheet before they are written: the few positioned cells (titles, tiles,
 * notes, table headers and totals) as XML strings by row, and each table body as a row source
 * that renders a row only when the writer reaches it. Rows then stream out in order into the
 * part (CT_SheetData wants rows ascending and cells ascending within a row).
 */
import type { PartWriter } from "./zipWriter";

/** Rows firstRow..lastRow (zero-based) of a block of columns firstCol..lastCol. */
export interface RowSource {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  /** The `<c>` elements of one row, in column order. */
  rowXml(row: number): string;
}

interface Placed {
  col: number;
  xml: string;
}

export class SheetCells {
  private readonly fixed = new Map<number, Placed[]>();
  private readonly sources: RowSource[] = [];
  private readonly heights = new Map<number, number>();
  readonly merges: string[] = [];

  /** One cell at a zero-based position; a later cell at the same place replaces it. */
  set(row: number, col: number, xml: string): void {
    const cells = this.fixed.get(row);
    if (cells === undefined) {
      this.fixed.set(row, [{ col, xml }]);
      return;
    }
    const at = cells.findIndex((c) => c.col === col);
    if (at >= 0) cells[at] = { col, xml };
    else cells.push({ col, xml });
  }

  addSource(source: RowSource): void {
    if (source.lastRow >= source.firstRow) this.sources.push(source);
  }

  /** Height in points of a zero-based row. */
  height(row: number, points: number): void {
    this.heights.set(row, points);
  }

  /** The used range, zero-based, or null for an empty sheet. */
  bounds(): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, cells] of this.fixed) {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      for (const c of cells) {
        left = Math.min(left, c.col);
        right = Math.max(right, c.col);
      }
    }
    for (const s of this.sources) {
      top = Math.min(top, s.firstRow);
      bottom = Math.max(bottom, s.lastRow);
      left = Math.min(left, s.firstCol);
      right = Math.max(right, s.lastCol);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /**
   * Writes `<sheetData>` row by row into the part, waiting whenever the part has enough slices
   * being compressed elsewhere (PartWriter.backlog).
   */
  async writeSheetData(out: PartWriter): Promise<void> {
    const bounds = this.bounds();
    out.write("<sheetData>");
    const lastRow = Math.max(bounds?.bottom ?? -1, ...this.heights.keys());
    const sources = [...this.sources].sort((a, b) => a.firstCol - b.firstCol);
    for (let row = 0; row <= lastRow; row++) {
      const fixed = this.fixed.get(row);
      let cells = "";
      if (fixed === undefined) {
        for (const s of sources) if (row >= s.firstRow && row <= s.lastRow) cells += s.rowXml(row);
      } else {
        const placed: Placed[] = [...fixed];
        for (const s of sources) {
          if (row >= s.firstRow && row <= s.lastRow)
            placed.push({ col: s.firstCol, xml: s.rowXml(row) });
        }
        placed.sort((a, b) => a.col - b.col);
        for (const p of placed) cells += p.xml;
      }
      const height = this.heights.get(row);
      if (cells === "" && height === undefined) continue;
      const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      out.write(`<row r="${row + 1}"${ht}>${cells}</row>`);
      const backlog = out.backlog();
      if (backlog !== null) await backlog;
    }
    out.write("</sheetData>");
  }
}
