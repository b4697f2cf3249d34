import { monthsBefore } from "../rfm/calendar";

/**
 * The active window of an as-of day: [the same day `months` calendar months earlier, the as-of
 * day), the as-of day excluded as in RFM. 2011-12-10 with 12 months: 2010-12-10 .. 2011-12-09.
 */
export function activeWindowStart(asOfDay: number, months: number): number {
  return monthsBefore(asOfDay, months);
}
