import { dayNumber, MS_PER_DAY, type Transaction } from "../domain";
import { isoDay } from "../rfm/calendar";
import { isReadable, occasionKey } from "./occasionKey";
import type { MonthlyRevenue } from "./types";

/** First day of each calendar month overlapping [fromDay, toDay), the first clamped to fromDay. */
function monthStarts(fromDay: number, toDay: number): number[] {
  const starts: number[] = [];
  let day = fromDay;
  while (day < toDay) {
    starts.push(day);
    const d = new Date(day * MS_PER_DAY);
    day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY;
  }
  return starts;
}

/**
 * Net revenue, purchase occasions and buyers of each calendar month of the window
 * [fromDay, toDay) (the active window: every purchase in it is an active customer's). The first
 * and last months are cut at the window's ends and say how many of their days are inside. The
 * months' revenue and orders add up to the window's (an occasion whose lines span two months
 * counts in the month of its first day), so a total over the table is the KPI.
 */
export function monthlyRevenue(
  transactions: readonly Transaction[],
  fromDay: number,
  toDay: number
): MonthlyRevenue[] {
  const starts = monthStarts(fromDay, toDay);
  const revenue = new Array<number>(starts.length).fill(0);
  const buyers = starts.map(() => new Set<string>());
  // customer + occasion -> its first day in the window
  const occasionDay = new Map<string, number>();
  const monthOf = (day: number): number => {
    let m = starts.length - 1;
    while (starts[m] > day) m--;
    return m;
  };
  for (const t of transactions) {
    if (!isReadable(t)) continue;
    const day = dayNumber(t.date);
    if (day < fromDay || day >= toDay) continue;
    const m = monthOf(day);
    revenue[m] += t.amount;
    if (t.isReturn) continue;
    buyers[m].add(t.customerId);
    const key = `${t.customerId}\u0000${occasionKey(t, day)}`;
    const seen = occasionDay.get(key);
    if (seen === undefined || day < seen) occasionDay.set(key, day);
  }
  const orders = new Array<number>(starts.length).fill(0);
  for (const day of occasionDay.values()) orders[monthOf(day)]++;
  return starts.map((start, m) => {
    const end = m + 1 < starts.length ? starts[m + 1] : toDay;
    return {
      month: isoDay(start).slice(0, 7),
      from: isoDay(start),
      days: end - start,
      revenue: revenue[m],
      orders: orders[m],
      buyers: buyers[m].size,
    };
  });
}
