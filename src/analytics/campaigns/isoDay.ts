import { MS_PER_DAY } from "../domain";

/** "YYYY-MM-DD" of a day number (days since 1970-01-01, wall clock read as UTC). */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "YYYY-MM" of a day number. */
export function isoMonth(day: number): string {
  return isoDay(day).slice(0, 7);
}

/** Day number of 1 January of the year of `day`. */
export function startOfYear(day: number): number {
  const year = new Date(day * MS_PER_DAY).getUTCFullYear();
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}
