import { dayNumber, type Transaction } from "../domain";

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
}

/** Day occasions are numbered below zero, invoices from zero: the two never meet. */
const DAY_OCCASION_BASE = -4_000_000;

/** A (customer, occasion) pair as one exact integer, for Sets and Maps of numbers. */
export function occasionPairKey(customer: number, occasion: number): number {
  // occasions lie in [-4,000,000 - days, invoices): shifted by 2^23 they fit in 24 bits for up
  // to 8 million invoices; a customer index times 2^24 stays exact up to 2^29 customers.
  return customer * 16_777_216 + occasion + 8_388_608;
}

/** The columns of the readable lines, in their order. */
export function lineColumns(transactions: readonly Transaction[]): LineColumns {
  const size = transactions.length;
  const customer = new Int32Array(size);
  const day = new Int32Array(size);
  const amount = new Float64Array(size);
  const isReturn = new Uint8Array(size);
  const occasion = new Int32Array(size);
  const customerIndex = new Map<string, number>();
  const invoiceIndex = new Map<string, number>();
  let previousId: string | undefined;
  let previousCustomer = -1;
  let previousInvoice: string | undefined;
  let previousOccasion = -1;
  let n = 0;
  for (const t of transactions) {
    if (!Number.isFinite(t.date) || !Number.isFinite(t.amount)) continue;
    // Lines of one invoice are usually consecutive: same customer and invoice, skip the lookups.
    if (t.customerId !== previousId) {
      previousId = t.customerId;
      let c = customerIndex.get(previousId);
      if (c === undefined) customerIndex.set(previousId, (c = customerIndex.size));
      previousCustomer = c;
    }
    const d = dayNumber(t.date);
    customer[n] = previousCustomer;
    day[n] = d;
    amount[n] = t.amount;
    isReturn[n] = t.isReturn ? 1 : 0;
    const invoice = t.invoiceId;
    if (invoice === undefined || invoice === "") occasion[n] = DAY_OCCASION_BASE - d;
    else {
      if (invoice !== previousInvoice) {
        previousInvoice = invoice;
        let o = invoiceIndex.get(invoice);
        if (o === undefined) invoiceIndex.set(invoice, (o = invoiceIndex.size));
        previousOccasion = o;
      }
      occasion[n] = previousOccasion;
    }
    n++;
  }
  return { n, customerCount: customerIndex.size, customer, day, amount, isReturn, occasion };
}
