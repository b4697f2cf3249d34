/**
 * Yearly retention rate observed in the data: of the customers who bought in the year before
 * the last one, the share who bought again in the last year (the "retention rate" of the
 * classic retention-based LTV formula; e.g. Gupta & Lehmann, "Customers as Assets", 2003).
 * Needs two full years of history before the as-of day.
 */
import { dayNumber } from "../domain";
import { linesOf, type TransactionsInput } from "../transactionLines";

export const DAYS_PER_YEAR = 365.25;

/**
 * Share of the customers active in (asOf - 2y, asOf - 1y] who were active again in
 * (asOf - 1y, asOf]; undefined when the data does not reach two years back or nobody bought then.
 *
 * @example
 * // 4 customers bought in 2022, 3 of them again in 2023: observedYearlyRetention(..., 2023-12-31) = 0.75
 */
export function observedYearlyRetention(
  transactions: TransactionsInput,
  asOfDay: number
): number | undefined {
  const oneYear = Math.round(DAYS_PER_YEAR);
  const { customer, date, day: dayOf, isReturn } = linesOf(transactions);
  let firstDay = Infinity;
  for (let i = 0; i < date.length; i++) firstDay = Math.min(firstDay, dayNumber(date[i]));
  if (!(firstDay <= asOfDay - 2 * oneYear + 1)) return undefined;
  // Customers by their number in the lines; an unreadable line (amount not a number) buys nothing.
  const previous = new Set<number>();
  const last = new Set<number>();
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    if (c < 0 || isReturn[i] === 1) continue;
    const day = dayOf[i];
    if (day > asOfDay - oneYear && day <= asOfDay) last.add(c);
    else if (day > asOfDay - 2 * oneYear && day <= asOfDay - oneYear) previous.add(c);
  }
  if (previous.size === 0) return undefined;
  let retained = 0;
  for (const id of previous) if (last.has(id)) retained++;
  return retained / previous.size;
}
