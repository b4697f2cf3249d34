import { dayNumber, type Contact, type Customer, type Transaction } from "../domain";
import { isoDay, startOfYear } from "./isoDay";
import type { ContactedVsAll, RevenuePerCustomer } from "./types";

const perCustomer = (customers: number, revenue: number): RevenuePerCustomer => ({
  customers,
  revenue,
  revenuePerCustomer: customers > 0 ? revenue / customers : null,
});

/**
 * Revenue per customer in the year to date (1 January .. the day before the as-of day, which is
 * excluded as in every analysis), for customers contacted
 * (treated) in that period, the others, and all customers. "All" is the customers sheet when
 * given, plus anyone with a transaction or contact; net revenue (returns subtract).
 */
export function contactedVsAll(
  contacts: readonly Contact[],
  transactions: readonly Transaction[],
  customers: readonly Customer[],
  asOfDay: number
): ContactedVsAll {
  const from = startOfYear(asOfDay - 1);
  const everyone = new Set<string>(customers.map((c) => c.id));
  const contacted = new Set<string>();
  for (const c of contacts) {
    const day = dayNumber(c.contactDate);
    if (c.group === "treated" && day >= from && day < asOfDay) contacted.add(c.customerId);
  }
  let contactedRevenue = 0;
  let totalRevenue = 0;
  for (const t of transactions) {
    everyone.add(t.customerId);
    const day = dayNumber(t.date);
    if (day < from || day >= asOfDay) continue;
    totalRevenue += t.amount;
    if (contacted.has(t.customerId)) contactedRevenue += t.amount;
  }
  for (const id of contacted) everyone.add(id);
  return {
    from: isoDay(from),
    to: isoDay(asOfDay - 1),
    contacted: perCustomer(contacted.size, contactedRevenue),
    notContacted: perCustomer(everyone.size - contacted.size, totalRevenue - contactedRevenue),
    all: perCustomer(everyone.size, totalRevenue),
  };
}
