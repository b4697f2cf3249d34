import { dayNumber, MS_PER_DAY, type Contact, type Transaction } from "../domain";
import { activeCustomerIds } from "../kpis/activeCustomers";
import { startOfYear } from "./isoDay";
import type { Coverage } from "./types";

/**
 * Coverage of the customer base: the share of active customers (kpis/activeCustomers.ts, the
 * report's one definition: a purchase in the `activeMonths` calendar months before the as-of
 * day) contacted at least once (treated) from 1 January of the year of the last day counted to
 * that day. The as-of day itself is excluded, as in RFM and every other analysis. The board's
 * target is usually 100 %.
 */
export function contactCoverage(
  contacts: readonly Contact[],
  transactions: readonly Transaction[],
  asOfDay: number,
  activeMonths: number
): Coverage {
  const active = activeCustomerIds(transactions, asOfDay, activeMonths);
  const lastDay = asOfDay - 1;
  const yearStart = startOfYear(lastDay);
  const contacted = new Set<string>();
  for (const c of contacts) {
    const day = dayNumber(c.contactDate);
    if (c.group === "treated" && day >= yearStart && day < asOfDay && active.has(c.customerId))
      contacted.add(c.customerId);
  }
  return {
    year: new Date(lastDay * MS_PER_DAY).getUTCFullYear(),
    activeCustomers: active.size,
    contactedActive: contacted.size,
    share: active.size > 0 ? contacted.size / active.size : null,
  };
}
