import type { LineColumns } from "./lineColumns";
import { OccasionFirstDays } from "../occasionFirstDays";

/**
 * When each customer became a customer and a repeat customer (kpiSnapshot's definitions): the
 * day of their first purchase, and the first day by which they had two distinct purchase
 * occasions, i.e. the second earliest of their occasions' first days. With these, the customers
 * and repeat customers as of any day are two counts, not a pass over every line per as-of day
 * (the KPIs ask for seven days).
 */
export interface PurchaseHistory {
  /** firstDay[c]: customer c's first purchase day; NEVER without a purchase. */
  firstDay: Int32Array;
  /** repeatDay[c]: the first day of customer c's second occasion; NEVER with fewer than two. */
  repeatDay: Int32Array;
}

/** A day after every day. */
export const NEVER = 2_147_483_647;

const known = new WeakMap<LineColumns, PurchaseHistory>();

/** The purchase history of the lines, once per lines (read-only). */
export function purchaseHistory(lines: LineColumns): PurchaseHistory {
  const cached = known.get(lines);
  if (cached !== undefined) return cached;
  const { n, customer, day, isReturn, occasion } = lines;
  const pairs = new OccasionFirstDays(lines.invoiceCount);
  for (let i = 0; i < n; i++) if (isReturn[i] === 0) pairs.add(customer[i], occasion[i], day[i]);
  // Each customer's two earliest occasion days.
  const firstDay = new Int32Array(lines.customerCount).fill(NEVER);
  const repeatDay = new Int32Array(lines.customerCount).fill(NEVER);
  const add = (c: number, d: number) => {
    if (d < firstDay[c]) {
      repeatDay[c] = firstDay[c];
      firstDay[c] = d;
    } else if (d < repeatDay[c]) repeatDay[c] = d;
  };
  pairs.forEach(add);
  const history = { firstDay, repeatDay };
  known.set(lines, history);
  return history;
}

/**
 * Customers with a purchase before the as-of day, and those of them with two occasions or more.
 *
 * @example
 * // a buys on day 10 (invoice 1) and day 40 (invoice 2), b on day 20: as of day 30,
 * // customers 2 (a, b), repeat customers 0; as of day 41, 2 and 1 (a)
 */
export function customersAsOf(
  history: PurchaseHistory,
  asOfDay: number
): { customers: number; repeatCustomers: number } {
  let customers = 0;
  let repeatCustomers = 0;
  const { firstDay, repeatDay } = history;
  for (let c = 0; c < firstDay.length; c++) {
    if (firstDay[c] < asOfDay) customers++;
    if (repeatDay[c] < asOfDay) repeatCustomers++;
  }
  return { customers, repeatCustomers };
}
