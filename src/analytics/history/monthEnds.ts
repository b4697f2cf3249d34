import { MS_PER_DAY } from "../domain";
import { isoDay } from "../rfm/calendar";

/** A month-end as an as-of date: the data up to and including `lastDay`, scored as of `asOfDay`. */
export interface MonthEnd {
  /** "YYYY-MM" of the month that ends. */
  month: string;
  /** Day number of the month's last day, and the as-of day after it (the 1st of the next month). */
  lastDay: number;
  asOfDay: number;
}

/** Day number of the first day of the month `offset` months after the month of `day`. */
export function monthStart(day: number, offset = 0): number {
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1) / MS_PER_DAY;
}

/**
 * The last `count` complete month-ends on or before the as-of date, oldest first. With the
 * as-of date on the 1st (the usual "as of 2025-01-01"), the month just ended is the last one;
 * mid-month, the month in progress is not a month-end yet.
 * @example monthEnds(day("2025-01-01"), 2) // 2024-11 (as of 2024-12-01), 2024-12 (as of 2025-01-01)
 */
export function monthEnds(asOfDay: number, count: number): MonthEnd[] {
  const latest = monthStart(asOfDay);
  const ends: MonthEnd[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const as = monthStart(latest, -k);
    ends.push({ month: isoDay(as - 1).slice(0, 7), lastDay: as - 1, asOfDay: as });
  }
  return ends;
}
