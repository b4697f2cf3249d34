import type { SheetRow } from "../domain";
import type { RejectedRow, RejectReason } from "./parseTypes";

/** A kind of rejection: its reason, and its column (or none, a row the reader refused whole). */
interface Rejection {
  readonly reason: RejectReason;
  readonly column: string | undefined;
  /** Whether the row's RejectedRow names a column (undefined included): the parser's shape. */
  readonly named: boolean;
}

/**
 * The rows a sheet's reading rejected, in typed arrays: Online Retail's 135,000 lines without a
 * customer id were as many RejectedRow objects (two each, with the rejection), 16-34 ms to make
 * and the garbage collector's to carry until cleaning counted them. Cleaning visits the rows
 * (each); their RejectedRow array is made only when asked (rows()).
 */
export class RejectedRowLog {
  private sheetRows = new Int32Array(64);
  private kinds = new Uint16Array(64);
  private readonly rejections: Rejection[] = [];
  private readonly byKey = new Map<string, number>();
  /** The last kind added, for the runs of one reason (a file's lines without an id). */
  private last: Rejection | null = null;
  private lastKind = 0;
  length = 0;

  /** Row `row` rejected for `reason` at `column`, its RejectedRow naming the column. */
  add(row: SheetRow, reason: RejectReason, column: string | undefined): void {
    this.push(row, this.kindOf(reason, column, true));
  }

  /** Row `row` refused whole (a malformed CSV line, the header again): no column named. */
  addRow(row: SheetRow, reason: RejectReason): void {
    this.push(row, this.kindOf(reason, undefined, false));
  }

  /** Each rejected row in order: its row, reason and column. */
  each(visit: (row: SheetRow, reason: RejectReason, column: string | undefined) => void): void {
    for (let k = 0; k < this.length; k++) {
      const { reason, column } = this.rejections[this.kinds[k]];
      visit(this.sheetRows[k], reason, column);
    }
  }

  /** The rejected rows as the parser's RejectedRow array. */
  rows(): RejectedRow[] {
    const rows: RejectedRow[] = [];
    for (let k = 0; k < this.length; k++) {
      const { reason, column, named } = this.rejections[this.kinds[k]];
      const row = this.sheetRows[k];
      rows.push(named ? { row, reason, column } : { row, reason });
    }
    return rows;
  }

  private kindOf(reason: RejectReason, column: string | undefined, named: boolean): number {
    const last = this.last;
    if (last && last.reason === reason && last.column === column && last.named === named) {
      return this.lastKind;
    }
    const key = `${reason}\u0000${named ? (column ?? "\u0001") : "\u0002"}`;
    let kind = this.byKey.get(key);
    if (kind === undefined) {
      kind = this.rejections.push({ reason, column, named }) - 1;
      this.byKey.set(key, kind);
    }
    this.last = this.rejections[kind];
    this.lastKind = kind;
    return kind;
  }

  private push(row: SheetRow, kind: number): void {
    if (this.length === this.sheetRows.length) {
      this.sheetRows = grown(this.sheetRows, new Int32Array(this.length * 2));
      this.kinds = grown(this.kinds, new Uint16Array(this.length * 2));
    }
    this.sheetRows[this.length] = row;
    this.kinds[this.length++] = kind;
  }
}

function grown<A extends Int32Array | Uint16Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
