import { dayNumber, type Transaction } from "./domain";

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
  /** amount[i]: line i's amount, as it is on the transaction. */
  amount: Float64Array;
  /** isReturn[i]: 1 for a return or cancellation. */
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
 * The columns of `transactions`, in their order. A line is readable when its date and amount
 * are finite numbers: the lines `computeRfmFeatures` reads (the others it counts as unreadable).
 */
export function transactionLines(transactions: readonly Transaction[]): TransactionLines {
  const n = transactions.length;
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const isReturn = new Uint8Array(n);
  const invoice = new Int32Array(n);
  const ids: string[] = [];
  const customerIndex = new Map<string, number>();
  const invoiceIndex = new Map<string, number>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let previousId: string | undefined;
  let c = -1;
  let previousInvoice: string | undefined;
  let v = -1;
  // A local binding: through a bundler's module object each call would go through a getter.
  const toDay = dayNumber;
  for (let i = 0; i < n; i++) {
    const t = transactions[i];
    const d = toDay(t.date);
    if (!Number.isFinite(d) || !Number.isFinite(t.amount)) {
      customer[i] = -1;
      invoice[i] = -1;
      continue;
    }
    day[i] = d;
    amount[i] = t.amount;
    isReturn[i] = t.isReturn ? 1 : 0;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    // Lines of one invoice are usually consecutive: same customer and invoice, skip the lookups.
    if (t.customerId !== previousId) {
      previousId = t.customerId;
      const known = customerIndex.get(previousId);
      if (known !== undefined) c = known;
      else {
        c = ids.length;
        customerIndex.set(previousId, c);
        ids.push(previousId);
      }
    }
    customer[i] = c;
    const id = t.invoiceId;
    if (id === undefined || id === "") invoice[i] = -1;
    else {
      if (id !== previousInvoice) {
        previousInvoice = id;
        const known = invoiceIndex.get(id);
        if (known !== undefined) v = known;
        else invoiceIndex.set(id, (v = invoiceIndex.size));
      }
      invoice[i] = v;
    }
  }
  if (firstDay === Infinity) [firstDay, lastDay] = [0, 0];
  return {
    ids,
    customer,
    day,
    amount,
    isReturn,
    invoice,
    invoiceCount: invoiceIndex.size,
    firstDay,
    lastDay,
  };
}
