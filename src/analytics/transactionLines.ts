import { dayNumber, type Transaction } from "./domain";
import { TransactionRows, TransactionTable } from "./transactionTable";

/** Every line of a table, in order. */
function allRows(table: TransactionTable): TransactionRows {
  const index = new Int32Array(table.length);
  for (let i = 0; i < index.length; i++) index[i] = i;
  return new TransactionRows(table, index);
}

/**
 * The transactions as typed columns, line for line: customers and invoice ids numbered once,
 * days as integers. Built once per analysis and shared by RFM (both dates of the migration),
 * the month-end history, the KPIs and LTV, so a million lines cost one pass of Map lookups on
 * their texts, not one per analysis (each pass over a million distinct invoice ids costs about
 * as much as the analysis itself).
 */
export interface TransactionLines {
  /** Customer ids of the readable lines, in order of first appearance. */
  ids: string[];
  /** customer[i]: index into `ids` of line i's customer; -1 when its date or amount is not a finite number. */
  customer: Int32Array;
  /** day[i]: day number of line i (0 for an unreadable line). */
  day: Int32Array;
  /** date[i]: line i's instant, as it is on the transaction (NaN included). */
  date: Float64Array;
  /** amount[i]: line i's amount, as it is on the transaction (an unreadable line's too). */
  amount: Float64Array;
  /** isReturn[i]: 1 for a return or cancellation (an unreadable line's too). */
  isReturn: Uint8Array;
  /**
   * invoice[i]: line i's invoice id numbered in order of first appearance over the readable
   * lines; -1 for a line without one (or unreadable).
   */
  invoice: Int32Array;
  /** Distinct invoice ids numbered. */
  invoiceCount: number;
  /** First and last day of the readable lines; both 0 when there is none. */
  firstDay: number;
  lastDay: number;
}

/** The transactions, or their columns: what every analysis reads (see linesOf). */
export type TransactionsInput = readonly Transaction[] | TransactionRows | TransactionLines;

/**
 * The Transactions of an input given as transactions or as the rows of a table (made then); a
 * reader that needs the objects (a contacts' coverage) is never given columns alone.
 */
export function recordsOf(input: TransactionsInput): readonly Transaction[] {
  if (Array.isArray(input)) return input as readonly Transaction[];
  if (input instanceof TransactionRows) return input.records();
  throw new TypeError("these transactions were given as columns only");
}

/** The columns of an analysis's input: made once from transactions, as they are when given. */
export function linesOf(input: TransactionsInput): TransactionLines {
  if (Array.isArray(input)) return transactionLines(input as readonly Transaction[]);
  return input instanceof TransactionRows ? transactionLines(input) : (input as TransactionLines);
}

/**
 * The columns of `transactions`, in their order. A line is readable when its date and amount
 * are finite numbers: the lines `computeRfmFeatures` reads (the others it counts as unreadable).
 */
export function transactionLines(
  transactions: readonly Transaction[] | TransactionRows
): TransactionLines {
  const rows = Array.isArray(transactions)
    ? allRows(TransactionTable.ofRecords("", transactions as readonly Transaction[]))
    : (transactions as TransactionRows);
  const { table, index } = rows;
  const n = index.length;
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const date = new Float64Array(n);
  const amount = new Float64Array(n);
  const isReturn = new Uint8Array(n);
  const invoice = new Int32Array(n);
  const ids: string[] = [];
  const customerIndex = new Map<string, number>();
  const invoiceIndex = new Map<string, number>();
  const customerIds = table.customerId;
  const invoiceIds = table.invoiceId;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let previousId: string | undefined;
  let c = -1;
  let previousInvoice: string | undefined;
  let v = -1;
  // A local binding: through a bundler's module object each call would go through a getter.
  const toDay = dayNumber;
  for (let k = 0; k < n; k++) {
    const i = index[k];
    const t = table.date[i];
    const d = toDay(t);
    date[k] = t;
    amount[k] = table.amount[i];
    isReturn[k] = table.isReturn[i];
    if (!Number.isFinite(d) || !Number.isFinite(amount[k])) {
      customer[k] = -1;
      invoice[k] = -1;
      continue;
    }
    day[k] = d;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    // Lines of one invoice are usually consecutive: same customer and invoice, skip the lookups.
    const customerId = customerIds[i];
    if (customerId !== previousId) {
      previousId = customerId;
      const known = customerIndex.get(previousId);
      if (known !== undefined) c = known;
      else {
        c = ids.length;
        customerIndex.set(previousId, c);
        ids.push(previousId);
      }
    }
    customer[k] = c;
    const id = invoiceIds === null ? undefined : invoiceIds[i];
    if (id === undefined || id === "") invoice[k] = -1;
    else {
      if (id !== previousInvoice) {
        previousInvoice = id;
        const known = invoiceIndex.get(id);
        if (known !== undefined) v = known;
        else invoiceIndex.set(id, (v = invoiceIndex.size));
      }
      invoice[k] = v;
    }
  }
  if (firstDay === Infinity) [firstDay, lastDay] = [0, 0];
  return {
    ids,
    customer,
    day,
    date,
    amount,
    isReturn,
    invoice,
    invoiceCount: invoiceIndex.size,
    firstDay,
    lastDay,
  };
}
