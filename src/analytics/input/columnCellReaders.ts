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
    private readonly orderOf: (column: number) => DateOrder,
    /**
     * Whether texts are cached: not for a columnar sheet, whose readers take each distinct
     * text once by its id already (the cache was a look-up and an entry a text).
     */
    private readonly cacheTexts = true
  ) {}

  /** The number of a cell of `column`, its texts read with the column's decimal separator. */
  number(column: number): CellRead<number> {
    let reader = this.numberReaders.get(column);
    if (!reader) {
      const parse = this.numberParse(column);
      const cache = this.numberTexts;
      reader = !this.cacheTexts
        ? parse
        : (value) => (typeof value === "string" ? cache.get(column, value, parse) : parse(value));
      this.numberReaders.set(column, reader);
    }
    return reader;
  }

  /** number(column) without its cache of texts. */
  private numberParse(column: number): CellRead<number> {
    const { culture } = this.options;
    const decimal = this.decimalOf(column);
    return (value) =>
      typeof value === "number"
        ? Number.isFinite(value)
          ? value
          : null
        : parseNumberCell(value, culture, decimal);
  }

  /** The instant of a cell of `column` (parseDateCell), in the column's decided order. */
  date(column: number): CellRead<Instant> {
    let reader = this.dateReaders.get(column);
    if (!reader) {
      const parse = this.dateParse(column);
      const cache = this.dateTexts;
      reader = !this.cacheTexts
        ? parse
        : (value) => (typeof value === "string" ? cache.get(column, value, parse) : parse(value));
      this.dateReaders.set(column, reader);
    }
    return reader;
  }

  /** date(column) without its cache of texts. */
  private dateParse(column: number): CellRead<Instant> {
    const options = { date1904: this.options.date1904, order: this.orderOf(column) };
    return (value) => parseDateCell(value, options);
  }
}
