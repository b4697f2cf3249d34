import { occasionOf } from "../occasionFirstDays";
import { linesOf, type TransactionLines, type TransactionsInput } from "../transactionLines";

/**
 * The transactions as columns the KPI passes read without strings: customers and invoice ids
 * numbered once, days as integers. Built once per analysis and shared by both periods and the
 * month series, so 1,000,000 lines cost one pass of Map lookups, not three.
 */
export interface LineColumns {
  /** Lines with a finite date and amount (the others are skipped: cleaning reports them). */
  n: number;
  customerCount: number;
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  isReturn: Uint8Array;
  /**
   * The purchase occasion of the line within its customer (RFM's frequency): its invoice id,
   * numbered, or its day for a line without one (two such lines on one day are one occasion).
   */
  occasion: Int32Array;
  /** Invoice occasions are numbered 0 .. invoiceCount - 1. */
  invoiceCount: number;
  /** The customers' ids, by number. */
  ids: readonly string[];
  /** Whether every transaction is a line here (none unreadable): the lines then say all. */
  complete: boolean;
}

/** The occasion of every line (all readable). */
function occasionsOf(lines: TransactionLines): Int32Array {
  const occasion = new Int32Array(lines.customer.length);
  for (let i = 0; i < occasion.length; i++)
    occasion[i] = occasionOf(lines.invoice[i], lines.day[i]);
  return occasion;
}

/**
 * The columns of the readable lines, in their order, from the transactions' columns (shared by
 * the analyses: runAnalyses passes them) without a lookup: customers and invoices keep the
 * numbers transactionLines gave them (first appearance over the readable lines). Read-only:
 * when every line is readable they are the lines' own arrays (and the occasions their invoices
 * when every line has one), not five copies of a million values.
 */
export function lineColumns(
  transactions: TransactionsInput,
  lines: TransactionLines = linesOf(transactions)
): LineColumns {
  const size = lines.customer.length;
  let readable = 0;
  let invoiced = 0;
  for (let i = 0; i < size; i++) {
    if (lines.customer[i] >= 0) readable++;
    if (lines.invoice[i] >= 0) invoiced++;
  }
  const complete = readable === size;
  const columns = complete
    ? {
        ...lines,
        n: size,
        occasion: invoiced === size ? lines.invoice : occasionsOf(lines),
      }
    : readableColumns(lines);
  const { customer, day, amount, isReturn, occasion, n } = columns;
  const { ids, invoiceCount } = lines;
  const customerCount = ids.length;
  return {
    n,
    customerCount,
    customer,
    day,
    amount,
    isReturn,
    occasion,
    invoiceCount,
    ids,
    complete,
  };
}

/** The readable lines' columns, copied in their order (a line of customer -1 left out). */
function readableColumns(lines: TransactionLines) {
  const size = lines.customer.length;
  const customer = new Int32Array(size);
  const day = new Int32Array(size);
  const amount = new Float64Array(size);
  const isReturn = new Uint8Array(size);
  const occasion = new Int32Array(size);
  let n = 0;
  for (let i = 0; i < size; i++) {
    const c = lines.customer[i];
    if (c < 0) continue;
    const d = lines.day[i];
    customer[n] = c;
    day[n] = d;
    amount[n] = lines.amount[i];
    isReturn[n] = lines.isReturn[i];
    occasion[n] = occasionOf(lines.invoice[i], d);
    n++;
  }
  return { n, customer, day, amount, isReturn, occasion };
}
