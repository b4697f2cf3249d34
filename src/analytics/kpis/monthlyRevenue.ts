import { MS_PER_DAY, type Transaction } from "../domain";
import { isoDay } from "../rfm/calendar";
import { lineColumns, type LineColumns } from "./lineColumns";
import { OccasionFirstDays } from "../occasionFirstDays";
import type { MonthlyRevenue } from "./types";

/** Flags of (customer, month) pairs up to this many (16 MB); a Set beyond. */
const MAX_FLAGS = 16_777_216;

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
  return monthlyRevenueOfColumns(lineColumns(transactions), fromDay, toDay);
}

/** monthlyRevenue over lines already in columns. */
export function monthlyRevenueOfColumns(
  lines: LineColumns,
  fromDay: number,
  toDay: number
): MonthlyRevenue[] {
  const starts = monthStarts(fromDay, toDay);
  const months = starts.length;
  // month index of each day of the window
  const monthOfDay = new Int32Array(Math.max(0, toDay - fromDay));
  starts.forEach((start, m) => {
    const end = m + 1 < months ? starts[m + 1] : toDay;
    monthOfDay.fill(m, start - fromDay, end - fromDay);
  });
  const revenue = new Array<number>(months).fill(0);
  const buyers = new Array<number>(months).fill(0);
  // (customer, month) pairs seen: a flag each when the table is small enough, else a Set.
  const buyerSeen =
    lines.customerCount * months <= MAX_FLAGS ? new Uint8Array(lines.customerCount * months) : null;
  const buyerKeys = new Set<number>();
  // The first day in the window of each (customer, occasion).
  const pairs = new OccasionFirstDays(lines.invoiceCount);
  const { n, customer, day, amount, isReturn, occasion } = lines;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (d < fromDay || d >= toDay) continue;
    const m = monthOfDay[d - fromDay];
    revenue[m] += amount[i];
    if (isReturn[i] === 1) continue;
    const c = customer[i];
    const buyerKey = c * months + m;
    if (buyerSeen !== null) {
      if (buyerSeen[buyerKey] === 0) {
        buyerSeen[buyerKey] = 1;
        buyers[m]++;
      }
    } else if (!buyerKeys.has(buyerKey)) {
      buyerKeys.add(buyerKey);
      buyers[m]++;
    }
    pairs.add(c, occasion[i], d);
  }
  const orders = new Array<number>(months).fill(0);
  pairs.forEach((_, d) => orders[monthOfDay[d - fromDay]]++);
  return starts.map((start, m) => {
    const end = m + 1 < months ? starts[m + 1] : toDay;
    return {
      month: isoDay(start).slice(0, 7),
      from: isoDay(start),
      days: end - start,
      revenue: revenue[m],
      orders: orders[m],
      buyers: buyers[m],
    };
  });
}
