import { dayNumber, type Contact, type Transaction } from "../domain";
import { isoDay } from "../rfm/calendar";
import { contactCoverage } from "../campaigns/coverage";
import { activeWindowStart } from "./activeWindow";
import { isReadable, occasionKey } from "./occasionKey";
import type { KpiSnapshot } from "./types";

/** Marks a customer seen on two different occasions. */
const REPEAT = true;

/**
 * The board-deck figures as of one day, in one pass over the transactions:
 * - customers: customers with a purchase (a line that is not a return) before the as-of day;
 * - repeat rate: the share of them with 2+ purchase occasions (invoice ids, or days for lines
 *   without one: RFM's frequency), over all history;
 * - active customers: customers with a purchase in the active window (the last `activeMonths`
 *   calendar months before the as-of day);
 * - revenue: net revenue of the active window (returns subtract), orders: its purchase occasions,
 *   AOV = revenue / orders (RFM's monetary / frequency, on the window);
 * - coverage: the campaigns module's (src/analytics/campaigns/coverage.ts) as of the same day.
 * Only days strictly before the as-of day count, as everywhere in RFM.
 *
 * @example
 * // a buys on 2024-01-05 (inv 1) and 2024-03-01 (inv 2), b on 2023-01-10, as of 2024-04-01:
 * // customers 2, repeat rate 0.5, active 1 (a), revenue = a's two purchases, orders 2
 */
export function kpiSnapshot(
  transactions: readonly Transaction[],
  contacts: readonly Contact[],
  asOfDay: number,
  activeMonths: number,
  coverageActiveDays: number
): KpiSnapshot {
  const windowStart = activeWindowStart(asOfDay, activeMonths);
  // customer -> the key of their first occasion, or REPEAT once a second one is seen
  const firstOccasion = new Map<string, string | typeof REPEAT>();
  const active = new Set<string>();
  const windowOccasions = new Set<string>();
  let revenue = 0;
  for (const t of transactions) {
    if (!isReadable(t)) continue;
    const day = dayNumber(t.date);
    if (day >= asOfDay) continue;
    const inWindow = day >= windowStart;
    if (inWindow) revenue += t.amount;
    if (t.isReturn) continue;
    const key = occasionKey(t, day);
    const first = firstOccasion.get(t.customerId);
    if (first === undefined) firstOccasion.set(t.customerId, key);
    else if (first !== REPEAT && first !== key) firstOccasion.set(t.customerId, REPEAT);
    if (inWindow) {
      active.add(t.customerId);
      windowOccasions.add(`${t.customerId}\u0000${key}`);
    }
  }
  let repeatCustomers = 0;
  for (const first of firstOccasion.values()) if (first === REPEAT) repeatCustomers++;
  const customers = firstOccasion.size;
  const orders = windowOccasions.size;
  return {
    asOf: isoDay(asOfDay),
    windowStart: isoDay(windowStart),
    customers,
    activeCustomers: active.size,
    revenue,
    orders,
    aov: orders > 0 ? revenue / orders : null,
    repeatCustomers,
    repeatRate: customers > 0 ? repeatCustomers / customers : null,
    coverage:
      contacts.length > 0
        ? contactCoverage(contacts, transactions, asOfDay, coverageActiveDays)
        : null,
  };
}
