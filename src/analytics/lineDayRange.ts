import { dayNumber } from "./domain";
import type { TransactionLines } from "./transactionLines";

/**
 * The first and last day over the dates of EVERY line, unreadable ones included, as a loop of
 * Math.min / Math.max over `dayNumber(date)` gives them: NaN as soon as one date is NaN
 * (several analyses take that as "no usable range"), Infinity / -Infinity without any line.
 */
export interface LineDayRange {
  min: number;
  max: number;
  /** The last finite day (-Infinity when none). */
  finiteMax: number;
}

const known = new WeakMap<TransactionLines, LineDayRange>();

/**
 * The day range of the lines' dates, once per lines: the readable lines' days are already
 * known (`firstDay`, `lastDay`), so only the unreadable lines' dates (usually none) are read,
 * not a million dates per analysis that asks.
 *
 * @example
 * // dates 2024-01-02, 2024-01-05 and one unreadable line dated NaN:
 * // { min: NaN, max: NaN, finiteMax: dayNumber(2024-01-05) }
 */
export function lineDayRange(lines: TransactionLines): LineDayRange {
  const cached = known.get(lines);
  if (cached !== undefined) return cached;
  // Every readable line has a customer: without any, firstDay and lastDay are placeholders.
  const anyReadable = lines.ids.length > 0;
  let min = anyReadable ? lines.firstDay : Infinity;
  let max = anyReadable ? lines.lastDay : -Infinity;
  let finiteMax = max;
  const { customer, date } = lines;
  for (let i = 0; i < customer.length; i++) {
    if (customer[i] >= 0) continue;
    const day = dayNumber(date[i]);
    min = Math.min(min, day);
    max = Math.max(max, day);
    if (Number.isFinite(day) && day > finiteMax) finiteMax = day;
  }
  const range = { min, max, finiteMax };
  known.set(lines, range);
  return range;
}
