import type { SourceRef, Transaction } from "./domain";
import { CodedTexts } from "./codedTexts";
import { TransactionRecord } from "./input/transactionRecord";

/** Bits of TransactionTable.has: which optional numbers a line holds. */
export const HAS_QUANTITY = 1;
export const HAS_UNIT_PRICE = 2;

/** An optional text column: null when the sheet has no such column (every line undefined). */
type TextColumn = CodedTexts | null;

/**
 * Transaction lines column by column, as the transactions parser reads them: a number column
 * is a typed array, a text column the numbers of its texts among its distinct ones (CodedTexts).
 * A million lines are a dozen arrays instead of two million objects (a Transaction and its
 * source) that the garbage collector would trace at every pass: cleaning and the analyses read
 * the columns (transactionLines), and a Transaction is made only for a reader that asks
 * (`at`; the uplift and campaign analyses, tests). Made from records (`ofRecords`), it keeps
 * them and hands them back as they are.
 */
export class TransactionTable {
  length = 0;
  readonly customerId: CodedTexts;
  readonly date: Float64Array;
  readonly amount: Float64Array;
  readonly quantity: Float64Array;
  readonly unitPrice: Float64Array;
  /** HAS_QUANTITY | HAS_UNIT_PRICE per line. */
  readonly has: Uint8Array;
  readonly isReturn: Uint8Array;
  /** The Excel row of each line (Transaction.source.row): a sheet's or a CSV file's, 31 bits. */
  readonly row: Int32Array;
  readonly invoiceId: TextColumn;
  readonly product: TextColumn;
  readonly category: TextColumn;
  readonly channel: TextColumn;
  /** The records the table was made from, when it was (ofRecords). */
  private records: readonly Transaction[] | null = null;
  /** The one object `view` fills in. */
  private readonly cursor = new TransactionView();

  /**
   * Room for `capacity` lines of sheet `sheet`; `texts` says which optional text columns the
   * sheet has. `into`: arrays of at least `capacity` numbers the table writes its number columns
   * into instead of new ones, each line i at index i: a parser's columns of the sheet's rows,
   * which it reads at row r >= i before pushing line i (compacted in place, as a columnar
   * engine filters: no second copy of a million dates and amounts).
   */
  constructor(
    readonly sheet: string,
    capacity: number,
    texts: Readonly<Record<"invoiceId" | "product" | "category" | "channel", boolean>>,
    into: Partial<Record<"date" | "amount" | "quantity" | "unitPrice", Float64Array>> = {}
  ) {
    this.customerId = new CodedTexts(capacity);
    this.date = into.date ?? new Float64Array(capacity);
    this.amount = into.amount ?? new Float64Array(capacity);
    this.quantity = into.quantity ?? new Float64Array(capacity);
    this.unitPrice = into.unitPrice ?? new Float64Array(capacity);
    this.has = new Uint8Array(capacity);
    this.isReturn = new Uint8Array(capacity);
    this.row = new Int32Array(capacity);
    const coded = (has: boolean) => (has ? new CodedTexts(capacity) : null);
    this.invoiceId = coded(texts.invoiceId);
    this.product = coded(texts.product);
    this.category = coded(texts.category);
    this.channel = coded(texts.channel);
  }

  /** The columns of `records`, which `at` then returns as they are. */
  static ofRecords(sheet: string, records: readonly Transaction[]): TransactionTable {
    const table = new TransactionTable(sheet, records.length, {
      invoiceId: true,
      product: true,
      category: true,
      channel: true,
    });
    for (const t of records) table.push(t);
    table.records = records;
    table.seal();
    return table;
  }

  /** Appends a Transaction's fields as a line; returns its index. */
  push(t: Transaction): number {
    // The row is read only by cleaning's tallies; a caller's records for an analysis may have no
    // source.
    const row = (t.source as SourceRef | undefined)?.row ?? 0;
    const i = this.pushNumbers(t.date, t.amount, t.isReturn, row, t.quantity, t.unitPrice);
    this.customerId.set(i, t.customerId);
    this.invoiceId?.set(i, t.invoiceId);
    this.product?.set(i, t.product);
    this.category?.set(i, t.category);
    this.channel?.set(i, t.channel);
    return i;
  }

  /**
   * Appends a line's numbers; returns its index, for the caller to set its texts in the text
   * columns (a parser sets them by code: CodedTexts.setCoded).
   */
  pushNumbers(
    date: number,
    amount: number,
    isReturn: boolean,
    row: number,
    quantity: number | undefined,
    unitPrice: number | undefined
  ): number {
    const i = this.length++;
    this.date[i] = date;
    this.amount[i] = amount;
    this.isReturn[i] = isReturn ? 1 : 0;
    this.row[i] = row;
    let has = 0;
    if (quantity !== undefined) {
      this.quantity[i] = quantity;
      has |= HAS_QUANTITY;
    }
    if (unitPrice !== undefined) {
      this.unitPrice[i] = unitPrice;
      has |= HAS_UNIT_PRICE;
    }
    this.has[i] = has;
    return i;
  }

  /** The last line is pushed: the text columns' look-up maps are let go. */
  seal(): void {
    for (const texts of [
      this.customerId,
      this.invoiceId,
      this.product,
      this.category,
      this.channel,
    ])
      texts?.seal(this.length);
  }

  /** Line i's quantity, undefined when it has none. */
  quantityAt(i: number): number | undefined {
    return (this.has[i] & HAS_QUANTITY) !== 0 ? this.quantity[i] : undefined;
  }

  /** Line i's unit price, undefined when it has none. */
  unitPriceAt(i: number): number | undefined {
    return (this.has[i] & HAS_UNIT_PRICE) !== 0 ? this.unitPrice[i] : undefined;
  }

  /** Line i as a Transaction: the record it was made from, or a new one. */
  at(i: number): Transaction {
    if (this.records) return this.records[i];
    return new TransactionRecord(
      this.customerId.at(i)!,
      this.date[i],
      this.amount[i],
      this.isReturn[i] === 1,
      { sheet: this.sheet, row: this.row[i] },
      this.quantityAt(i),
      this.unitPriceAt(i),
      this.invoiceId?.at(i),
      this.product?.at(i),
      this.category?.at(i),
      this.channel?.at(i)
    );
  }

  /**
   * Line i's fields in one shared object, for a rule that reads a line and keeps nothing of it
   * (cleaning's tests): valid until the next call. Its `source` is not filled in.
   */
  view(i: number): Transaction {
    if (this.records) return this.records[i];
    const v = this.cursor;
    v.customerId = this.customerId.at(i)!;
    v.date = this.date[i];
    v.amount = this.amount[i];
    v.isReturn = this.isReturn[i] === 1;
    v.quantity = this.quantityAt(i);
    v.unitPrice = this.unitPriceAt(i);
    v.invoiceId = this.invoiceId?.at(i);
    v.product = this.product?.at(i);
    v.category = this.category?.at(i);
    v.channel = this.channel?.at(i);
    return v;
  }
}

/** The object TransactionTable.view fills in. */
class TransactionView implements Transaction {
  customerId = "";
  date = 0;
  amount = 0;
  isReturn = false;
  quantity: number | undefined = undefined;
  unitPrice: number | undefined = undefined;
  invoiceId: string | undefined = undefined;
  product: string | undefined = undefined;
  category: string | undefined = undefined;
  channel: string | undefined = undefined;
  readonly source = { sheet: "", row: 0 };
}

/**
 * Some lines of a table, in order (the lines cleaning kept): what the analyses read through
 * transactionLines, and the Transactions made from them only when a reader asks (`records`).
 */
export class TransactionRows {
  constructor(
    readonly table: TransactionTable,
    /** The lines' indexes in the table, increasing. */
    readonly index: Int32Array
  ) {}

  /** Every line of a table, in order. */
  static all(table: TransactionTable): TransactionRows {
    const index = new Int32Array(table.length);
    for (let i = 0; i < index.length; i++) index[i] = i;
    return new TransactionRows(table, index);
  }

  get length(): number {
    return this.index.length;
  }

  private made: Transaction[] | undefined;

  /** The lines as Transactions, made at the first call (every reader then shares them). */
  records(): Transaction[] {
    if (this.made === undefined) {
      this.made = [];
      for (const i of this.index) this.made.push(this.table.at(i));
    }
    return this.made;
  }
}

/** The rows behind an object's `transactions` (withTransactionRows), while they are its. */
const rowsBehind = new WeakMap<object, TransactionRows>();

/**
 * Gives `target` a `transactions` property whose Transactions are made from `rows` at its first
 * read, and remembers the rows for readers of columns (transactionRowsOf): the analyses of a
 * million lines read the columns and never make the objects. An assignment replaces them (the
 * rows are then forgotten); a spread copy (`{ ...data }`) gets the made array, not the rows.
 */
export function withTransactionRows<T extends object>(
  target: T,
  rows: TransactionRows
): T & { transactions: Transaction[] } {
  rowsBehind.set(target, rows);
  Object.defineProperty(target, "transactions", {
    get: () => rows.records(),
    set(value: Transaction[]) {
      rowsBehind.delete(target);
      Object.defineProperty(target, "transactions", {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
  return target as T & { transactions: Transaction[] };
}

/** The rows behind `target.transactions` (withTransactionRows), or undefined. */
export function transactionRowsOf(target: object): TransactionRows | undefined {
  return rowsBehind.get(target);
}
