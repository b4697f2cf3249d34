/**
 * Day arithmetic for RFM windows. Days are whole UTC day numbers (see `dayNumber` in domain.ts);
 * nothing here reads the clock.
 */
import { MS_PER_DAY, type Instant } from "../domain";

/**
 * The day `months` calendar months before `day`, the day of month clamped to the target month's
 * length (31 March minus one month is 28 or 29 February), as date-fns `subMonths` does.
 * @example monthsBefore(dayOf("2011-12-10"), 12) === dayOf("2010-12-10")
 */
export function monthsBefore(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const target = Date.UTC(year, month, Math.min(date.getUTCDate(), lastDayOfTarget));
  return Math.floor(target / MS_PER_DAY);
}

/** "YYYY-MM-DD" of a day number, the form the JSON output and the sheets use. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The start of a "YYYY-MM-DD" day as an Instant (the CLI's --as-of), or null when the text is not
 * a real calendar date (2011-02-30 is refused, not rolled over to March).
 */
export function instantOfIsoDay(text: string): Instant | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = Date.UTC(year, month - 1, day);
  const date = new Date(instant);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return instant;
}
