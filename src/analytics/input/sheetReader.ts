import type { CellValue, Instant, RawSheet, SheetKind, SheetRow } from "../domain";
import type { ColumnMapping, FieldOf } from "./fields";
import type { HeaderRow } from "./findHeaderRow";
import {
  PARSE_PROGRESS_ROWS,
  type ParseOptions,
  type ParsedSheet,
  type RejectReason,
} from "./parseTypes";
import { ProblemLog } from "./problemLog";
import { RejectedRowLog } from "./rejectedRowLog";
import { parseBoolean } from "./values/booleanText";
import { cellText, isBlankCell } from "./values/cellText";
import { identifierText } from "./values/identifierText";
import { isDateCellPastLastDay } from "./values/dateCell";
import { cellErrorCode } from "./values/errorValue";
import { ColumnDecisions } from "./columnDecisions";
import { ColumnarRows } from "./columnarRows";
import { sheetRowCount } from "./sheetGrid";
import { ID_ERROR, type IdentifierColumn } from "./identifierColumn";
import type { TypedColumn } from "./typedColumn";

/** A sheet's rows as scanRows reads them: a ParsedSheet but for its records, kept elsewhere. */
export type ScannedRows = Omit<ParsedSheet<never>, "records" | "rejected"> & {
  readonly rejected: RejectedRowLog;
};

/** A required value could not be read: the row is rejected for this reason at this column. */
export class RowRejection {
  constructor(
    readonly reason: RejectReason,
    readonly column: string | undefined
  ) {}
}

/**
 * Reads the data rows of one sheet under a column mapping: the shared machinery of
 * parseTransactions, parseCustomers and parseContacts. Required readers throw a RowRejection
 * (caught per row by `parseRows`); optional readers return undefined and note a warning.
 */
export class SheetReader<K extends SheetKind> {
  readonly log: ProblemLog;
  /** The column-wide decisions (date order, decimal separator) and the reads under them. */
  private readonly decisions: ColumnDecisions;
  /** The Excel row being read, for warnings. */
  row: SheetRow = 0;
  /** The row being read (an index into the sheet's rows), and its cells for a row-major sheet. */
  private index = 0;
  private cells: CellValue[] = [];
  /** The sheet's columns when it has them (RawSheet.columns): then read, its rows never made. */
  private readonly columnar: ColumnarRows | undefined;
  private readonly rowCount: number;
  private mappedColumns: number[] | undefined;
  // The last text cell read per column and its identifier (see repeatedText).
  private readonly lastTexts: (string | undefined)[] = [];
  private readonly lastIds: string[] = [];

  constructor(
    readonly sheet: RawSheet,
    readonly header: HeaderRow,
    readonly mapping: ColumnMapping<K>,
    readonly options: ParseOptions
  ) {
    this.log = new ProblemLog(sheet.name);
    this.columnar = sheet.columns && new ColumnarRows(sheet.columns);
    this.rowCount = sheetRowCount(sheet);
    this.decisions = new ColumnDecisions(
      sheet,
      this.columnar,
      header.index + 1,
      options,
      this.log,
      (column) => this.columnName(column)
    );
  }

  /** The column of a field, or undefined when it is not mapped. */
  column(field: FieldOf<K>): number | undefined {
    return (this.mapping as Partial<Record<string, number>>)[field];
  }

  /** The header text of a column (what the user sees in messages). */
  columnName(column: number | undefined): string | undefined {
    if (column === undefined) return undefined;
    return this.header.headers[column] || `#${column + 1}`;
  }

  /** The values of a column over all data rows (ColumnDecisions.columnValues). */
  columnValues(column: number): Iterable<CellValue> {
    return this.decisions.columnValues(column);
  }

  /**
   * The numbers of a field's column over all rows at once (readTypedColumn): what
   * requiredNumber and optionalNumber read, row by row, for a record reader that takes a row's
   * value and status from there.
   */
  numberColumn(field: FieldOf<K>): TypedColumn {
    return this.decisions.numberColumn(this.column(field));
  }

  /**
   * The instants of a field's date column over all rows at once, as requiredDate reads them
   * (CELL_PAST_LAST_DAY for a number past Excel's last day). Decides the column's date order.
   */
  dateColumn(field: FieldOf<K>): TypedColumn {
    return this.decisions.dateColumn(this.column(field));
  }

  /**
   * The identifiers of a field's column over all rows at once (IdentifierColumn): what
   * requiredText and optionalText read, row by row.
   */
  identifierColumn(field: FieldOf<K>): IdentifierColumn {
    return this.decisions.identifierColumn(this.column(field));
  }

  /**
   * The rejection of a row whose required identifier has a code below 0 in identifierColumn, as
   * requiredText rejects its cell: an error value, else `missing`. One RowRejection of each, not
   * one a row: a file may hold a hundred thousand lines without a customer.
   */
  identifierRejection(field: FieldOf<K>, missing: RejectReason): (code: number) => RowRejection {
    const name = this.columnName(this.column(field));
    const [none, error] = [new RowRejection(missing, name), new RowRejection("errorCell", name)];
    return (code) => (code === ID_ERROR ? error : none);
  }

  /** The cell of the row being read in `column` (null when unmapped). */
  cell(column: number | undefined): CellValue {
    if (column === undefined) return null;
    if (this.columnar) return this.columnar.cell(this.index, column);
    return this.cells[column] ?? null;
  }

  /** A required identifier or label: text, with whole numbers written without ".0". */
  requiredText(field: FieldOf<K>, missing: RejectReason): string {
    const text = this.textOrRejection(field, missing);
    if (text instanceof RowRejection) throw text;
    return text;
  }

  /**
   * requiredText with the rejection returned, not thrown (a record reader returns it in turn,
   * see parseRows): for a field missing from many rows, as the customer id of a quarter of
   * Online Retail's lines, where throwing cost more than reading the row.
   */
  textOrRejection(field: FieldOf<K>, missing: RejectReason): string | RowRejection {
    const column = this.column(field);
    const value = this.cell(column);
    const repeated = this.repeatedText(column, value);
    if (repeated !== undefined) return repeated;
    if (cellErrorCode(value)) return new RowRejection("errorCell", this.columnName(column));
    const text = identifierText(value);
    if (text === "") return new RowRejection(missing, this.columnName(column));
    this.rememberText(column, value, text);
    return text;
  }

  /**
   * The identifier read from the same text in the column's last row read, when this cell repeats
   * it (a customer's or an invoice's id down its lines): the same text gives the same id.
   */
  private repeatedText(column: number | undefined, value: CellValue): string | undefined {
    return column !== undefined && typeof value === "string" && value === this.lastTexts[column]
      ? this.lastIds[column]
      : undefined;
  }

  /** Remembers the identifier of a text cell that gave one (neither blank nor an error value). */
  private rememberText(column: number | undefined, value: CellValue, text: string): void {
    if (column === undefined || typeof value !== "string" || text === "") return;
    this.lastTexts[column] = value;
    this.lastIds[column] = text;
  }

  /** A required date (see parseDateCell; numeric texts in the column's decided order). */
  requiredDate(field: FieldOf<K>): Instant {
    const column = this.column(field);
    const value = this.cell(column);
    const name = this.columnName(column);
    if (cellErrorCode(value)) throw new RowRejection("errorCell", name);
    if (isBlankCell(value)) throw new RowRejection("missingDate", name);
    const instant = this.decisions.date(value, column);
    if (instant === null) {
      const past = isDateCellPastLastDay(value, this.options.date1904);
      throw new RowRejection(past ? "implausibleDate" : "badDate", name);
    }
    return instant;
  }

  /** A required number; `bad` is the reason when the cell is blank or unreadable. */
  requiredNumber(field: FieldOf<K>, bad: RejectReason, missing: RejectReason = bad): number {
    const column = this.column(field);
    const value = this.cell(column);
    const name = this.columnName(column);
    if (cellErrorCode(value)) throw new RowRejection("errorCell", name);
    if (isBlankCell(value)) throw new RowRejection(missing, name);
    const number = this.decisions.number(value, column);
    if (number === null) throw new RowRejection(bad, name);
    return number;
  }

  /** An optional text: undefined when blank or unmapped; an error cell is noted and skipped. */
  optionalText(field: FieldOf<K>): string | undefined {
    const column = this.column(field);
    const value = this.cell(column);
    const repeated = this.repeatedText(column, value);
    if (repeated !== undefined) return repeated;
    if (this.skipOptional(column, value)) return undefined;
    const text = identifierText(value);
    this.rememberText(column, value, text);
    return text || undefined;
  }

  /** An optional number: undefined when blank, unmapped or unreadable (noted). */
  optionalNumber(field: FieldOf<K>): number | undefined {
    const column = this.column(field);
    const value = this.cell(column);
    if (this.skipOptional(column, value)) return undefined;
    const number = this.decisions.number(value, column);
    if (number === null) this.log.note("unreadableNumber", this.columnName(column), this.row);
    return number ?? undefined;
  }

  /** An optional date: undefined when blank, unmapped or unreadable (noted). */
  optionalDate(field: FieldOf<K>): Instant | undefined {
    const column = this.column(field);
    const value = this.cell(column);
    if (this.skipOptional(column, value)) return undefined;
    const instant = this.decisions.date(value, column);
    if (instant === null) this.log.note("unreadableDate", this.columnName(column), this.row);
    return instant ?? undefined;
  }

  /** An optional yes/no: undefined when blank, unmapped or unreadable (noted). */
  optionalBoolean(field: FieldOf<K>): boolean | undefined {
    const column = this.column(field);
    const value = this.cell(column);
    if (this.skipOptional(column, value)) return undefined;
    const flag = parseBoolean(value);
    if (flag === null) this.log.note("unreadableBoolean", this.columnName(column), this.row);
    return flag ?? undefined;
  }

  private skipOptional(column: number | undefined, value: CellValue): boolean {
    if (column === undefined || isBlankCell(value)) return true;
    if (cellErrorCode(value)) {
      this.log.note("errorValue", this.columnName(column), this.row, {
        error: cellErrorCode(value)!,
      });
      return true;
    }
    return false;
  }

  /** True for the row being read when it repeats the header in every mapped column. */
  private isHeaderAgain(): boolean {
    const columns = (this.mappedColumns ??= Object.values(this.mapping as Record<string, number>));
    if (columns.length === 0) return false;
    // A loop, not `every`: a closure per row cost a tenth of a million-line parse.
    for (const c of columns) if (!this.isHeaderText(c)) return false;
    return true;
  }

  /** Whether the cell of the row being read in column c is that column's header (not ""). */
  private isHeaderText(c: number): boolean {
    const header = this.header.headers[c];
    if (header === "") return false;
    if (this.columnar) return this.columnar.isText(this.index, c, header);
    return cellText(this.cell(c)) === header;
  }

  /** Whether row i is blank throughout; for a row-major sheet, its cells become the current ones. */
  private isBlankRow(i: number): boolean {
    if (this.columnar) return this.columnar.isBlank(i);
    this.cells = this.sheet.rows[i] ?? [];
    return this.cells.every(isBlankCell);
  }

  /**
   * Reads every data row below the header: blank rows are counted apart, each other row becomes
   * a record or a rejection with its reason. `read` builds one record from the current row, or
   * returns or throws the RowRejection of a row that gives none.
   */
  parseRows<T>(read: (row: SheetRow) => T | RowRejection, mainDate?: FieldOf<K>): ParsedSheet<T> {
    const records: T[] = [];
    const scanned = this.scanRows((row) => {
      const record = read(row);
      if (record instanceof RowRejection) return record;
      records.push(record);
      return undefined;
    }, mainDate);
    const { sheet, rejected, problems, rowsRead, blankRows, dateOrder } = scanned;
    return { sheet, records, rejected: rejected.rows(), problems, rowsRead, blankRows, dateOrder };
  }

  /**
   * parseRows for a reader that keeps its records itself (a table's columns): `accept` takes the
   * current row and returns (or throws) its RowRejection, or undefined once it has kept it.
   */
  scanRows(
    accept: (row: SheetRow) => RowRejection | undefined,
    mainDate?: FieldOf<K>
  ): ScannedRows {
    const rejected = new RejectedRowLog();
    let accepted = 0;
    let blankRows = 0;
    const dateColumn = mainDate === undefined ? undefined : this.column(mainDate);
    const dateOrder =
      dateColumn === undefined ? "iso" : this.decisions.dateOrderOf(dateColumn).order;
    const malformed = new Set(this.sheet.malformedRows ?? []);
    const quotesAsText = new Set(this.sheet.quotesAsTextRows ?? []);
    const onRows = this.options.onRowsParsed;
    const first = this.header.index + 1;
    const rowCount = this.rowCount;
    const total = Math.max(0, rowCount - first);
    for (let i = first; i < rowCount; i++) {
      if (onRows && i > first && (i - first) % PARSE_PROGRESS_ROWS === 0) onRows(i - first, total);
      if (this.isBlankRow(i)) {
        blankRows++;
        continue;
      }
      this.index = i;
      this.row = this.sheet.firstRow + i;
      if (malformed.size > 0 && malformed.has(i)) {
        rejected.addRow(this.row, "malformedCsvRow");
        continue;
      }
      if (quotesAsText.size > 0 && quotesAsText.has(i))
        this.log.note("csvQuotesReadAsText", undefined, this.row);
      if (this.isHeaderAgain()) {
        rejected.addRow(this.row, "repeatedHeader");
        continue;
      }
      try {
        const rejection = accept(this.row);
        if (rejection === undefined) accepted++;
        else rejected.add(this.row, rejection.reason, rejection.column);
      } catch (error) {
        if (!(error instanceof RowRejection)) throw error;
        rejected.add(this.row, error.reason, error.column);
      }
    }
    return {
      sheet: this.sheet.name,
      rejected,
      problems: this.log.problems(),
      rowsRead: accepted + rejected.length,
      blankRows,
      dateOrder,
    };
  }
}
