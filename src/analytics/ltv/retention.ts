/**
 * Yearly retention rate observed in the data: of the customers who bought in the year before
 * the last one, the share who bought again in the last year (the "retention rate" of the
 * classic retention-based LTV formula; e.g. Gupta & Lehmann, "Customers as Assets", 2003).
 * Needs two full years of history before the as-of day.
 */
import { dayNumber, type Transaction } from "../domain";

export const DAYS_PER_YEAR = 365.25;

/**
 * Share of the customers active in (asOf - 2y, asOf - 1y] who were active again in
 * (asOf - 1y, asOf]; undefined when the data does not reach two years back or nobody bought then.
 *
 * @example
 * // 4 customers bought in 2022, 3 of them again in 2023: observedYearlyRetention(..., 2023-12-31) = 0.75
 */
export function observedYearlyRetention(
  transactions: readonly Transaction[],
  asOfDay: number
): number | undefined {
  const oneYear = Math.round(DAYS_PER_YEAR);
  const firstDay = transactions.reduce((m, tx) => Math.min(m, dayNumber(tx.date)), Infinity);
  if (!(firstDay <= asOfDay - 2 * oneYear + 1)) return undefined;
  const previous = new Set<string>();
  const last = new Set<string>();
  for (const tx of transactions) {
    if (tx.isReturn) continue;
    const day = dayNumber(tx.date);
    if (day > asOfDay - oneYear && day <= asOfDay) last.add(tx.customerId);
    else if (day > asOfDay - 2 * oneYear && day <= asOfDay - oneYear) previous.add(tx.customerId);
  }
  if (previous.size === 0) return undefined;
  let retained = 0;
  for (const id of previous) if (last.has(id)) retained++;
  return retained / previous.size;
}
