import { customerOfPairKey, occasionPairKey } from "./lineColumns";

/** No customer met yet for an invoice. */
const NONE = -2_147_483_648;

/**
 * The first day of each (customer, purchase occasion) pair, as lines are met: an invoice's day
 * for its first customer kept by the invoice's number (no Map entry for most pairs), other pairs
 * (another customer of the same invoice, lines without an invoice) by key. What the monthly
 * orders, the purchase history and the KPIs' orders in a window count.
 */
export class OccasionFirstDays {
  private readonly invoiceCustomer: Int32Array;
  private readonly invoiceDay: Int32Array;
  private readonly otherPairs = new Map<number, number>();

  constructor(invoiceCount: number) {
    this.invoiceCustomer = new Int32Array(invoiceCount).fill(NONE);
    this.invoiceDay = new Int32Array(invoiceCount);
  }

  /**
   * Customer c bought on day d at occasion o (an invoice's number, or a day occasion < 0); true
   * when the pair is met for the first time (the KPIs count orders so).
   */
  add(c: number, o: number, d: number): boolean {
    const { invoiceCustomer, invoiceDay } = this;
    if (o >= 0 && (invoiceCustomer[o] === NONE || invoiceCustomer[o] === c)) {
      const isNew = invoiceCustomer[o] === NONE;
      if (isNew || d < invoiceDay[o]) invoiceDay[o] = d;
      invoiceCustomer[o] = c;
      return isNew;
    }
    const key = occasionPairKey(c, o);
    const seen = this.otherPairs.get(key);
    if (seen === undefined || d < seen) this.otherPairs.set(key, d);
    return seen === undefined;
  }

  /** Each pair met, as its customer and first day (in no meaningful order). */
  forEach(visit: (customer: number, day: number) => void): void {
    const { invoiceCustomer, invoiceDay } = this;
    for (let o = 0; o < invoiceCustomer.length; o++)
      if (invoiceCustomer[o] !== NONE) visit(invoiceCustomer[o], invoiceDay[o]);
    for (const [key, day] of this.otherPairs) visit(customerOfPairKey(key), day);
  }
}
