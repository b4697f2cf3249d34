import type { Contact } from "../domain";
import { recordsOf, type TransactionsInput } from "../transactionLines";
import { isoDay } from "../rfm/calendar";
import { contactCoverage, coverageOfNumbered } from "../campaigns/coverage";
import { activeWindowStart } from "./activeWindow";
import { makesActive } from "./activeCustomers";
import { lineColumns, type LineColumns } from "./lineColumns";
import { OccasionFirstDays } from "../occasionFirstDays";
import { customersAsOf, purchaseHistory } from "./purchaseHistory";
import type { KpiSnapshot } from "./types";

/**
 * The board-deck figures as of one day, from one pass over the active window's lines and each
 * customer's first and second purchase occasions (purchaseHistory.ts, once for every day):
 * - customers: customers with a purchase (a line that is not a return) before the as-of day;
 * - repeat rate: the share of them with 2+ purchase occasions (invoice ids, or days for lines
 *   without one: RFM's frequency), over all history;
 * - active customers: kpis/activeCustomers.ts, the one definition (a purchase in the last
 *   `activeMonths` calendar months before the as-of day);
 * - revenue: net revenue of the active window (returns subtract), orders: its purchase occasions,
 *   AOV = revenue / orders (RFM's monetary / frequency, on the window);
 * - coverage: the campaigns module's (src/analytics/campaigns/coverage.ts) as of the same day,
 *   over the same active customers.
 * Only days strictly before the as-of day count, as everywhere in RFM.
 *
 * @example
 * // a buys on 2024-01-05 (inv 1) and 2024-03-01 (inv 2), b on 2023-01-10, as of 2024-04-01:
 * // customers 2, repeat rate 0.5, active 1 (a), revenue = a's two purchases, orders 2
 */
export function kpiSnapshot(
  transactions: TransactionsInput,
  contacts: readonly Contact[],
  asOfDay: number,
  activeMonths: number
): KpiSnapshot {
  return kpiSnapshotOfColumns(
    lineColumns(transactions),
    transactions,
    contacts,
    asOfDay,
    activeMonths
  );
}

/** kpiSnapshot over lines already in columns (analyzeKpis builds them once for every figure). */
export function kpiSnapshotOfColumns(
  lines: LineColumns,
  transactions: TransactionsInput,
  contacts: readonly Contact[],
  asOfDay: number,
  activeMonths: number
): KpiSnapshot {
  const windowStart = activeWindowStart(asOfDay, activeMonths);
  const { n, customer, day, amount, isReturn, occasion } = lines;
  // Customers and repeat customers over all history: from when each became one, computed once
  // for every as-of day; the pass below reads only the window's lines.
  const { customers, repeatCustomers } = customersAsOf(purchaseHistory(lines), asOfDay);
  const active = new Uint8Array(lines.customerCount);
  let activeCustomers = 0;
  // Orders in the window: distinct (customer, occasion) pairs.
  const pairs = new OccasionFirstDays(lines.invoiceCount);
  let orders = 0;
  let revenue = 0;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (d >= asOfDay || d < windowStart) continue;
    revenue += amount[i];
    if (!makesActive(d, isReturn[i] === 1, windowStart, asOfDay)) continue;
    const c = customer[i];
    if (active[c] === 0) {
      active[c] = 1;
      activeCustomers++;
    }
    if (pairs.add(c, occasion[i], d)) orders++;
  }
  // The active customers found above are activeCustomerIds' when the lines are every transaction.
  const coverage =
    contacts.length === 0
      ? null
      : lines.complete
        ? coverageOfNumbered(contacts, lines.ids, active, activeCustomers, asOfDay)
        : contactCoverage(contacts, recordsOf(transactions), asOfDay, activeMonths);
  return {
    asOf: isoDay(asOfDay),
    windowStart: isoDay(windowStart),
    customers,
    activeCustomers,
    revenue,
    orders,
    aov: orders > 0 ? revenue / orders : null,
    repeatCustomers,
    repeatRate: customers > 0 ? repeatCustomers / customers : null,
    coverage,
  };
}
