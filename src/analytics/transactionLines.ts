import { dayNumber, type Transaction } from "./domain";
import { TransactionRows, TransactionTable } from "./transactionTable";

/** invoiceOfCode's mark of the empty text. */
const NO_INVOICE = -2;

/**
 * The transactions as typed columns, line for line: customers and invoice ids numbered once,
 * days as integers. Built once per analysis and shared by RFM (both dates of the migration),
 * the month-end history, the KPIs and LTV, so a million lines are numbered once, not once per
 * analysis (each pass over a million distinct invoice ids costs about as much as the analysis
 * itself).
 */
export interface TransactionLines {
  /** Customer ids of the readable lines, in order of first appearance. */
  ids: string[];
  /** customer[i]: index into `ids` of line i's customer; -1 when its date or amount is not a finite number. */
  customer: Int32Array;
  /** day[i]: day number of line i (0 for an unreadable line). */
  day: Int32Array;
  /**
   * The day range over EVERY line's date, unreadable lines included (only their dates are not
   * kept as a column: the readable lines' days are in `day`).
   */
  dayRange: LineDayRange;
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

/**
 * The first and last day over the dates of every line, as a loop of Math.min / Math.max over
 * `dayNumber(date)` gives them: NaN as soon as one date is NaN (several analyses take that as
 * "no usable range"), Infinity / -Infinity without any line.
 */
export interface LineDayRange {
  min: number;
  max: number;
  /** The last finite day (-Infinity when none). */
  finiteMax: number;
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
    ? TransactionRows.all(TransactionTable.ofRecords("", transactions as readonly Transaction[]))
    : (transactions as TransactionRows);
  const { table, index } = rows;
  const n = index.length;
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const isReturn = new Uint8Array(n);
  const invoice = new Int32Array(n);
  const ids: string[] = [];
  // Customers and invoices numbered by their texts' codes (equal texts, equal codes): an
  // Int32Array look-up a line, no Map.
  const customerCodes = table.customerId.codes;
  const customerTexts = table.customerId.texts;
  const customerOfCode = new Int32Array(customerTexts.length).fill(-1);
  const invoiceCodes = table.invoiceId?.codes ?? null;
  const invoiceTexts = table.invoiceId?.texts ?? [];
  // NO_INVOICE for the empty text, which is no invoice
  const invoiceOfCode = new Int32Array(invoiceTexts.length).fill(-1);
  let invoiceCount = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  // The unreadable lines' days: Math.min and Math.max give the same whatever the order (NaN,
  // -0 included), so the range of all lines is that of the readable ones combined with these.
  let otherMin = Infinity;
  let otherMax = -Infinity;
  let otherFiniteMax = -Infinity;
  // A local binding: through a bundler's module object each call would go through a getter.
  const toDay = dayNumber;
  for (let k = 0; k < n; k++) {
    const i = index[k];
    const t = table.date[i];
    const d = toDay(t);
    amount[k] = table.amount[i];
    isReturn[k] = table.isReturn[i];
    if (!Number.isFinite(d) || !Number.isFinite(amount[k])) {
      customer[k] = -1;
      invoice[k] = -1;
      otherMin = Math.min(otherMin, d);
      otherMax = Math.max(otherMax, d);
      if (Number.isFinite(d) && d > otherFiniteMax) otherFiniteMax = d;
      continue;
    }
    day[k] = d;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    const code = customerCodes[i];
    let c = customerOfCode[code];
    if (c < 0) {
      c = customerOfCode[code] = ids.length;
      ids.push(customerTexts[code]);
    }
    customer[k] = c;
    const invoiceCode = invoiceCodes === null ? -1 : invoiceCodes[i];
    if (invoiceCode < 0) {
      invoice[k] = -1;
      continue;
    }
    let v = invoiceOfCode[invoiceCode];
    if (v === -1)
      v = invoiceOfCode[invoiceCode] =
        invoiceTexts[invoiceCode] === "" ? NO_INVOICE : invoiceCount++;
    invoice[k] = v === NO_INVOICE ? -1 : v;
  }
  const dayRange = {
    min: Math.min(firstDay, otherMin),
    max: Math.max(lastDay, otherMax),
    finiteMax: Math.max(lastDay, otherFiniteMax),
  };
  if (firstDay === Infinity) [firstDay, lastDay] = [0, 0];
  return {
    ids,
    customer,
    day,
    dayRange,
    amount,
    isReturn,
    invoice,
    invoiceCount,
    firstDay,
    lastDay,
  };
}
