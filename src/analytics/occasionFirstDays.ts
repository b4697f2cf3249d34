/**
 * Day occasions are numbered below zero, invoices from zero: the two never meet. A day is
 * DAY_OCCASION_BASE - its day number: days of years 1 to 9999 give -6.94 million to -3.28
 * million, above -DAY_OFFSET.
 */
const DAY_OCCASION_BASE = -4_000_000;
const DAY_OFFSET = 8_388_608;

/** A line's occasion: its invoice number, or its day for a line without one. */
export const occasionOf = (invoice: number, day: number): number =>
  invoice < 0 ? DAY_OCCASION_BASE - day : invoice;

/** No customer met yet for an invoice. */
const NONE = -2_147_483_648;

/**
 * The first day of each (customer, purchase occasion) pair, as lines are met: an invoice's day
 * for its first customer kept by the invoice's number (no Map entry for most pairs), other pairs
 * (another customer of the same invoice, lines without an invoice) by key. What RFM's
 * frequency, the historical LTV's orders, the monthly orders, the purchase history and the KPIs'
 * orders in a window count.
 */
export class OccasionFirstDays {
  private readonly invoiceCustomer: Int32Array;
  private readonly invoiceDay: Int32Array;
  /** Other pairs by key: customer x stride + occasion + DAY_OFFSET (exact below 2^53). */
  private readonly otherPairs = new Map<number, number>();
  private readonly stride: number;

  constructor(invoiceCount: number) {
    this.invoiceCustomer = new Int32Array(invoiceCount).fill(NONE);
    this.invoiceDay = new Int32Array(invoiceCount);
    this.stride = invoiceCount + DAY_OFFSET;
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
    const key = c * this.stride + o + DAY_OFFSET;
    const seen = this.otherPairs.get(key);
    if (seen === undefined || d < seen) this.otherPairs.set(key, d);
    return seen === undefined;
  }

  /** Each pair met, as its customer and first day (in no meaningful order). */
  forEach(visit: (customer: number, day: number) => void): void {
    const { invoiceCustomer, invoiceDay } = this;
    for (let o = 0; o < invoiceCustomer.length; o++)
      if (invoiceCustomer[o] !== NONE) visit(invoiceCustomer[o], invoiceDay[o]);
    for (const [key, day] of this.otherPairs) visit(Math.floor(key / this.stride), day);
  }
}
