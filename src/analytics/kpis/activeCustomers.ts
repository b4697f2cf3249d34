/**
 * The one definition of an active customer, used by the Dashboard's and the pane's tiles
 * (kpiSnapshot), the campaigns' coverage, the JSON and the Method sheet's text: a customer with a
 * purchase (a line that is not a return) in the active window, the `months` calendar months
 * before the as-of day, the as-of day excluded as everywhere in RFM.
 *
 * @example
 * // as of 2024-12-01 with 12 months: a purchase on 2023-12-01 .. 2024-11-30 makes a customer active
 * activeCustomerIds(transactions, dayNumber(Date.UTC(2024, 11, 1)), 12)
 */
import { dayNumber, type Transaction } from "../domain";
import { activeWindowStart } from "./activeWindow";

/** The active window in calendar months, when no setting says otherwise. */
export const DEFAULT_ACTIVE_MONTHS = 12;

/** True when a line on `day` makes its customer active in the window [windowStart, asOfDay). */
export function makesActive(
  day: number,
  isReturn: boolean,
  windowStart: number,
  asOfDay: number
): boolean {
  return !isReturn && day >= windowStart && day < asOfDay;
}

/** Ids of the customers active as of `asOfDay` (exclusive) over the last `months` months. */
export function activeCustomerIds(
  transactions: readonly Transaction[],
  asOfDay: number,
  months: number
): Set<string> {
  const windowStart = activeWindowStart(asOfDay, months);
  const active = new Set<string>();
  for (const t of transactions) {
    if (makesActive(dayNumber(t.date), t.isReturn, windowStart, asOfDay)) active.add(t.customerId);
  }
  return active;
}
