import type { CellValue, Instant, RawSheet } from "../domain";
import { ColumnCellReaders } from "./columnCellReaders";
import type { ColumnarRows } from "./columnarRows";
import type { ParseOptions } from "./parseTypes";
import type { ProblemLog } from "./problemLog";
import {
  type IdentifierColumn,
  readIdentifierColumn,
  readIdentifierTextColumn,
} from "./identifierColumn";
import { readTypedColumn, readTypedTextColumn, type TypedColumn } from "./typedColumn";
import { isDateCellPastLastDay, parseDateCell } from "./values/dateCell";
import { decideDateOrder, type DateOrderDecision } from "./values/dateOrder";
import type { DateOrder } from "./values/dateText";
import type { CountedValues } from "./values/countedValues";
import { decideDecimalSeparator } from "./values/decimalSeparator";
import { parseNumberCell } from "./values/numberText";

/**
 * What a sheet reader decides once per column over all its data rows (SheetReader's column-wide
 * half): the order of a column's numeric date texts (noted as a warning so the user can check
 * it), its decimal separator, and the numbers and dates read under those decisions, a cell at a
 * time or a whole column at once.
 */
export class ColumnDecisions {
  private readonly dateOrders = new Map<number, DateOrderDecision>();
  private readonly decimalSeparators = new Map<number, "." | "," | null>();
  // Number and date readers per column: their decisions are fixed per column.
  private readonly readers: ColumnCellReaders;

  constructor(
    private readonly sheet: RawSheet,
    /** The sheet's columns when it has them (RawSheet.columns): then read, its rows never made. */
    private readonly columnar: ColumnarRows | undefined,
    /** Index of the first data row (below the header). */
    private readonly firstRow: number,
    private readonly options: ParseOptions,
    private readonly log: ProblemLog,
    private readonly columnName: (column: number) => string | undefined
  ) {
    this.readers = new ColumnCellReaders(
      options,
      (column) => this.decimalOf(column),
      (column) => this.orderOf(column),
      columnar === undefined
    );
  }

  /** The values of a column over all data rows (for column-wide decisions). */
  *columnValues(column: number): Iterable<CellValue> {
    if (this.columnar) {
      yield* this.columnar.values(column, this.firstRow);
      return;
    }
    for (let i = this.firstRow; i < this.sheet.rows.length; i++) {
      yield this.sheet.rows[i]?.[column] ?? null;
    }
  }

  /**
   * The values of a column over all data rows, for a decision that adds up per-value evidence:
   * a columnar sheet's distinct texts with their counts (each judged once), else columnValues.
   */
  countedValues(column: number): Iterable<CellValue> | CountedValues {
    if (!this.columnar) return this.columnValues(column);
    return this.columnar.counted(column, this.firstRow);
  }

  /**
   * How the numeric date texts of a column are ordered, decided once over the whole column
   * (decideDateOrder) and reported as a warning so the user can check it.
   */
  dateOrderOf(column: number): DateOrderDecision {
    let decision = this.dateOrders.get(column);
    if (!decision) {
      decision = decideDateOrder(this.countedValues(column), this.options);
      this.dateOrders.set(column, decision);
      if (decision.order !== "iso") {
        const code = decision.conflicts > 0 ? "dateOrderConflicts" : "dateOrder";
        this.log.note(code, this.columnName(column), undefined, {
          order: decision.order,
          basis: decision.basis,
          conflicts: decision.conflicts,
        });
      }
    }
    return decision;
  }

  /**
   * The decimal separator of a column's numeric texts, decided once over the whole column; when
   * the texts do not settle it, the workbook culture's separator as the host reports it.
   */
  decimalOf(column: number | undefined): "." | "," | undefined {
    if (column === undefined) return undefined;
    if (!this.decimalSeparators.has(column)) {
      this.decimalSeparators.set(column, decideDecimalSeparator(this.countedValues(column)));
    }
    return this.decimalSeparators.get(column) ?? this.options.decimalSeparator;
  }

  private orderOf(column: number | undefined): DateOrder {
    if (column === undefined) return "dmy";
    const { order } = this.dateOrderOf(column);
    return order === "iso" ? "dmy" : order;
  }

  /** The number of a cell of `column` (unmapped: read in the culture alone). */
  number(value: CellValue, column: number | undefined): number | null {
    if (typeof value === "number") return Number.isFinite(value) ? value : null;
    if (column === undefined) return parseNumberCell(value, this.options.culture, undefined);
    return this.readers.number(column)(value);
  }

  /** parseDateCell of a cell of `column`, in the column's decided order. */
  date(value: CellValue, column: number | undefined): Instant | null {
    if (column === undefined) {
      return parseDateCell(value, { date1904: this.options.date1904, order: "dmy" });
    }
    return this.readers.date(column)(value);
  }

  /** The numbers of a column over all rows at once (readTypedColumn). */
  numberColumn(column: number | undefined): TypedColumn {
    const read = column === undefined ? () => null : this.readers.number(column);
    return this.typedColumn(column, read);
  }

  /**
   * The instants of a date column over all rows at once (CELL_PAST_LAST_DAY for a number past
   * Excel's last day). Decides the column's date order.
   */
  dateColumn(column: number | undefined): TypedColumn {
    const read = column === undefined ? () => null : this.readers.date(column);
    const { date1904 } = this.options;
    const past = (value: CellValue) => isDateCellPastLastDay(value, date1904);
    return this.typedColumn(column, read, past);
  }

  /** The identifiers of a column over all rows at once (IdentifierColumn). */
  identifierColumn(column: number | undefined): IdentifierColumn {
    const columns = this.sheet.columns?.columns;
    if (!columns) return readIdentifierColumn(this.sheet.rows, this.firstRow, column);
    const cells = column === undefined ? undefined : columns[column];
    return readIdentifierTextColumn(this.sheet.columns!.rowCount, this.firstRow, cells);
  }

  /** readTypedColumn of the sheet's rows or readTypedTextColumn of its columns. */
  private typedColumn(
    column: number | undefined,
    read: (value: CellValue) => number | null,
    past?: (value: CellValue) => boolean
  ): TypedColumn {
    const columns = this.sheet.columns?.columns;
    if (!columns) return readTypedColumn(this.sheet.rows, this.firstRow, column, read, past);
    const cells = column === undefined ? undefined : columns[column];
    return readTypedTextColumn(this.sheet.columns!.rowCount, this.firstRow, cells, read, past);
  }
}
