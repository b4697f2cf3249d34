/**
 * Time units of the customer summary. The BG/NBD model is unit-free: its scale parameter alpha
 * carries the unit, so every duration handed to it (recency, T, horizons) must be in one unit.
 *
 * A month is 4.345 weeks, the figure lifetimes uses for weekly data (`freq="W"`), so our CLV on
 * weekly data matches lifetimes'. For days we use the same month (4.345 x 7 = 30.415 days) rather
 * than lifetimes' 30, so that one data set summarised in days, weeks or months gives the same CLV.
 */
import { MS_PER_DAY, dayNumber, type Instant } from "../domain";

export type TimeUnit = "day" | "week" | "month";

export const WEEKS_PER_MONTH = 4.345;
export const DAYS_PER_MONTH = WEEKS_PER_MONTH * 7;

const DAYS_PER_UNIT: Record<TimeUnit, number> = { day: 1, week: 7, month: DAYS_PER_MONTH };

/** Length of one unit in days (day 1, week 7, month 30.415). */
export function daysPerUnit(unit: TimeUnit): number {
  return DAYS_PER_UNIT[unit];
}

/** How many units make one month (day 30.415, week 4.345, month 1): the CLV step in data units. */
export function unitsPerMonth(unit: TimeUnit): number {
  return DAYS_PER_MONTH / DAYS_PER_UNIT[unit];
}

/** Whole days between two instants (by calendar day), expressed in `unit`. */
export function durationInUnits(from: Instant, to: Instant, unit: TimeUnit): number {
  return (dayNumber(to) - dayNumber(from)) / DAYS_PER_UNIT[unit];
}

/** An instant `days` whole days after `t` (helper for tests and holdout windows). */
export function addDays(t: Instant, days: number): Instant {
  return t + days * MS_PER_DAY;
}
