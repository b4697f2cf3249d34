/**
 * The customers summary as columns (CustomerTable of summaryContract.ts): the ids and the time
 * unit as texts, every other column as a Float64Array, NaN where the value is null (a value read
 * by the contract's types is always finite, so NaN stands for nothing else). A million customers are
 * 180 MB so, against 480 MB as a million row objects of 21 properties; the DuckDB engine fills
 * it straight from its result chunks, and analyzeSummaries reads its columns.
 */
import {
  CUSTOMER_COLUMNS,
  type CustomerColumn,
  type CustomerNumberColumn,
  type CustomerTable,
  type CustomerTextColumn,
  type SummaryColumn,
  type SummaryRow,
} from "./summaryContract";
import { SummaryReadError, typed, type RawValue } from "./summaryRows";

const isText = (name: CustomerColumn): name is CustomerTextColumn =>
  name === "customer_id" || name === "time_unit";

/**
 * A batch's column: the raw value of its row `r` (a DuckDB vector's item, read where it is, or
 * an array's element: rawColumn).
 */
export type RawColumn = (row: number) => RawValue;

/** An array of raw values as a batch's column. */
export const rawColumn =
  (values: readonly RawValue[]): RawColumn =>
  (row) =>
    values[row];

/** A column's value with null for NaN, as the rows hold it. */
export const valueOrNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/**
 * Builds the table a batch of columns at a time (a result chunk: each column's raw values, in
 * the order of `names`), checking and typing every value as readSummaryRows does, with its
 * errors: a missing column (seen on the first non-empty batch) or an unreadable value, named by
 * `table` and the row counted from 1.
 */
export class CustomerTableBuilder {
  private size = 0;
  private capacity = 0;
  private readonly text: Record<CustomerTextColumn, string[]> = { customer_id: [], time_unit: [] };
  private numbers = {} as Record<CustomerNumberColumn, Float64Array>;

  constructor(private readonly table: string) {
    this.grow(1024);
  }

  private grow(capacity: number) {
    for (const column of CUSTOMER_COLUMNS) {
      if (isText(column.name)) continue;
      const name = column.name;
      const values = new Float64Array(capacity);
      if (this.size > 0) values.set(this.numbers[name].subarray(0, this.size));
      this.numbers[name] = values;
    }
    this.capacity = capacity;
  }

  /** Appends `count` rows given as columns named by `names`. */
  add(names: readonly string[], columns: readonly RawColumn[], count: number): void {
    if (count === 0) return;
    const at = new Map(names.map((name, i) => [name, i]));
    for (const column of CUSTOMER_COLUMNS)
      if (!at.has(column.name)) throw new SummaryReadError(this.table, column.name, null, "");
    if (this.size + count > this.capacity)
      this.grow(Math.max(this.size + count, this.capacity * 2));
    // column by column, but the error thrown is the one a row-by-row read meets first: the
    // earliest row's, and in it the first column's
    let first: SummaryReadError | null = null;
    for (const column of CUSTOMER_COLUMNS) {
      const raw = columns[at.get(column.name)!];
      const end: number = first === null ? count : first.row! - this.size - 1;
      const r: number = isText(column.name)
        ? this.addTexts(this.text[column.name], column, raw, end)
        : this.addNumbers(this.numbers[column.name], column, raw, end);
      if (r < end)
        first = new SummaryReadError(
          this.table,
          column.name,
          this.size + r + 1,
          String(raw(r) ?? "")
        );
    }
    if (first) throw first;
    this.size += count;
  }

  /** Types raw(0..end - 1) into `out`; the index of the first unreadable value, else `end`. */
  private addTexts(out: string[], column: SummaryColumn, raw: RawColumn, end: number) {
    // the repeated settings texts (the time unit on every row) are kept once
    let previous: string | null = null;
    for (let r = 0; r < end; r++) {
      const value = typed(column, raw(r));
      if (value === undefined) return r;
      const text = value as string;
      out.push(text === previous ? previous : (previous = text));
    }
    return end;
  }

  private addNumbers(out: Float64Array, column: SummaryColumn, raw: RawColumn, end: number) {
    for (let r = 0; r < end; r++) {
      const value = typed(column, raw(r));
      if (value === undefined) return r;
      out[this.size + r] = value === null ? NaN : (value as number);
    }
    return end;
  }

  /** The table of the rows added (the columns cut to their length). */
  build(): CustomerTable {
    const numbers = {} as Record<CustomerNumberColumn, Float64Array>;
    for (const name of Object.keys(this.numbers) as CustomerNumberColumn[])
      numbers[name] =
        this.capacity === this.size ? this.numbers[name] : this.numbers[name].slice(0, this.size);
    this.numbers = {} as Record<CustomerNumberColumn, Float64Array>;
    return { length: this.size, text: this.text, numbers };
  }
}

/** The table of typed rows (a summary CSV's, PostgreSQL's); a table is returned as it is. */
export function customerTable(
  customers: readonly SummaryRow<CustomerColumn>[] | CustomerTable
): CustomerTable {
  if (!Array.isArray(customers)) return customers as CustomerTable;
  const rows = customers as readonly SummaryRow<CustomerColumn>[];
  const text = {} as Record<CustomerTextColumn, string[]>;
  const numbers = {} as Record<CustomerNumberColumn, Float64Array>;
  for (const { name } of CUSTOMER_COLUMNS) {
    if (isText(name)) text[name] = rows.map((row) => row[name] as string);
    else numbers[name] = Float64Array.from(rows, (row) => (row[name] ?? NaN) as number);
  }
  return { length: rows.length, text, numbers };
}
