import { dayNumber, type Instant } from "../../domain";

/** 1900-01-01: no customer record of a CRM predates Excel's own calendar. */
export const EARLIEST_PLAUSIBLE_DATE: Instant = Date.UTC(1900, 0, 1);
/**
 * 9999-12-31, Excel's last day (serial 2958465) and the usual "no end" sentinel of databases
 * ("99991231", "9999-12-31"): never a real purchase or contact.
 */
export const SENTINEL_LAST_DAY: Instant = Date.UTC(9999, 11, 31);

/**
 * The last plausible day of a record: one calendar year after the reference (the run date, or the
 * --as-of date when it is later). Orders booked a little ahead are kept; a typo of a year or a
 * sentinel is not.
 */
export function latestPlausibleDate(reference: Instant): Instant {
  const d = new Date(reference);
  return Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
}

/**
 * Whether a date cannot be a real purchase or contact: before 1900, on or after 9999-12-31, or
 * (with a reference date) more than a year after it. One such date would otherwise move the
 * default analysis date (the day after the last purchase) to year 10000 and make every customer
 * inactive.
 *
 * @example isImplausibleDate(Date.UTC(9999, 11, 31), undefined) // true
 */
export function isImplausibleDate(date: Instant, reference: Instant | undefined): boolean {
  return implausibleDateTest(reference)(date);
}

/** isImplausibleDate against one reference, its bounds worked out once for a whole sheet. */
export function implausibleDateTest(reference: Instant | undefined): (date: Instant) => boolean {
  const sentinelDay = dayNumber(SENTINEL_LAST_DAY);
  const lastDay = reference === undefined ? Infinity : dayNumber(latestPlausibleDate(reference));
  return (date) =>
    !Number.isFinite(date) ||
    date < EARLIEST_PLAUSIBLE_DATE ||
    dayNumber(date) >= sentinelDay ||
    dayNumber(date) > lastDay;
}
