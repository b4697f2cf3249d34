import type { CellValue, Instant } from "../domain";
import type { ParseOptions } from "./parseTypes";
import { parseDateCell } from "./values/dateCell";
import type { DateOrder } from "./values/dateText";
import { parseNumberCell } from "./values/numberText";
import { ColumnValueCache } from "./valueCache";

/** Reads a cell of a given column: a number or an instant, null when it cannot. */
export type CellRead<V> = (value: CellValue) => V | null;

/**
 * The number and date readers of a sheet's columns: one function per column, made at its first
 * use with the column's decisions (decimal separator, date order), its texts parsed once
 * (ColumnValueCache), not a closure and an options object per cell.
 */
export class ColumnCellReaders {
  private readonly numberTexts = new ColumnValueCache<number | null>();
  private readonly dateTexts = new ColumnValueCache<Instant | null>();
  private readonly numberReaders = new Map<number, CellRead<number>>();
  private readonly dateReaders = new Map<number, CellRead<Instant>>();

  constructor(
    private readonly options: ParseOptions,
    private readonly decimalOf: (column: number) => "." | "," | undefined,
    private readonly orderOf: (column: number) => DateOrder
  ) {}

  /** The number of a cell of `column`, its texts read with the column's decimal separator. */
  number(column: number): CellRead<number> {
    let reader = this.numberReaders.get(column);
    if (!reader) {
      const { culture } = this.options;
      const decimal = this.decimalOf(column);
      const cache = this.numberTexts;
      const parse = (text: string) => parseNumberCell(text, culture, decimal);
      reader = (value) => {
        if (typeof value === "number") return Number.isFinite(value) ? value : null;
        if (typeof value === "string") return cache.get(column, value, parse);
        return parseNumberCell(value, culture, decimal);
      };
      this.numberReaders.set(column, reader);
    }
    return reader;
  }

  /** The instant of a cell of `column` (parseDateCell), in the column's decided order. */
  date(column: number): CellRead<Instant> {
    let reader = this.dateReaders.get(column);
    if (!reader) {
      const options = { date1904: this.options.date1904, order: this.orderOf(column) };
      const cache = this.dateTexts;
      const parse = (text: string) => parseDateCell(text, options);
      reader = (value) =>
        typeof value === "string" ? cache.get(column, value, parse) : parseDateCell(value, options);
      this.dateReaders.set(column, reader);
    }
    return reader;
  }
}
