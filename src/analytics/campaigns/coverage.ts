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
  return coverageOfActive(
    contacts,
    activeCustomerIds(transactions, asOfDay, activeMonths),
    asOfDay
  );
}

/**
 * contactCoverage with the active customers known (the KPIs find them in their own pass): the
 * treated contacts of the year read from a list sorted by day, made once per contacts array
 * (the KPIs ask for up to seven days; 100,000 contacts were read whole each time).
 */
export function coverageOfActive(
  contacts: readonly Contact[],
  active: ReadonlySet<string>,
  asOfDay: number
): Coverage {
  const lastDay = asOfDay - 1;
  const yearStart = startOfYear(lastDay);
  const { days, ids } = treatedByDay(contacts);
  const contacted = new Set<string>();
  for (let k = firstAtOrAfter(days, yearStart); k < days.length && days[k] < asOfDay; k++) {
    if (active.has(ids[k])) contacted.add(ids[k]);
  }
  return {
    year: new Date(lastDay * MS_PER_DAY).getUTCFullYear(),
    activeCustomers: active.size,
    contactedActive: contacted.size,
    share: active.size > 0 ? contacted.size / active.size : null,
  };
}

/** The treated contacts' days (a date that is not one left out: it is never in a year) and ids, by day. */
interface TreatedByDay {
  days: Float64Array;
  ids: string[];
}

const treatedOf = new WeakMap<readonly Contact[], TreatedByDay>();

/** The treated contacts sorted by day, made once per contacts array (read-only after cleaning). */
function treatedByDay(contacts: readonly Contact[]): TreatedByDay {
  const known = treatedOf.get(contacts);
  if (known) return known;
  const treated: { day: number; id: string }[] = [];
  for (const c of contacts) {
    const day = dayNumber(c.contactDate);
    if (c.group === "treated" && Number.isFinite(day)) treated.push({ day, id: c.customerId });
  }
  treated.sort((a, b) => a.day - b.day);
  const made = { days: Float64Array.from(treated, (t) => t.day), ids: treated.map((t) => t.id) };
  treatedOf.set(contacts, made);
  return made;
}

/** The first index whose day is >= `day` in ascending `days` (days.length when none). */
function firstAtOrAfter(days: Float64Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle] < day) low = middle + 1;
    else high = middle;
  }
  return low;
}
