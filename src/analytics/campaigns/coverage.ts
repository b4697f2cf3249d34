import { dayNumber, type Contact, type Transaction } from "../domain";
import { startOfYear } from "./isoDay";
import type { Coverage } from "./types";

/**
 * Coverage of the customer base: the share of active customers (a purchase in the `activeDays`
 * days up to and including the as-of day) contacted at least once (treated) from 1 January of
 * the as-of year to the as-of day. The board's target is usually 100 %.
 */
export function contactCoverage(
  contacts: readonly Contact[],
  transactions: readonly Transaction[],
  asOfDay: number,
  activeDays: number
): Coverage {
  const firstActiveDay = asOfDay - activeDays + 1;
  const active = new Set<string>();
  for (const t of transactions) {
    const day = dayNumber(t.date);
    if (!t.isReturn && t.amount > 0 && day >= firstActiveDay && day <= asOfDay)
      active.add(t.customerId);
  }
  const yearStart = startOfYear(asOfDay);
  const contacted = new Set<string>();
  for (const c of contacts) {
    const day = dayNumber(c.contactDate);
    if (c.group === "treated" && day >= yearStart && day <= asOfDay && active.has(c.customerId))
      contacted.add(c.customerId);
  }
  return {
    year: new Date(asOfDay * 86_400_000).getUTCFullYear(),
    activeCustomers: active.size,
    contactedActive: contacted.size,
    share: active.size > 0 ? contacted.size / active.size : null,
  };
}
