/**
 * Yearly retention rate observed in the data: of the customers who bought in the year before
 * the last one, the share who bought again in the last year (the "retention rate" of the
 * classic retention-based LTV formula; e.g. Gupta & Lehmann, "Customers as Assets", 2003).
 * Needs two full years of history before the as-of day.
 */
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
  const lines = linesOf(transactions);
  const { customer, day: dayOf, isReturn } = lines;
  // NaN when a line's date is NaN: no range to speak of, as a Math.min over the dates gives.
  const firstDay = lines.dayRange.min;
  if (!(firstDay <= asOfDay - 2 * oneYear + 1)) return undefined;
  // Customers by their number in the lines; an unreadable line (amount not a number) buys nothing.
  // Flags by customer number (bit 1: bought in the previous year, bit 2: in the last one): a
  // byte a customer instead of two Sets hashed a million times.
  const PREVIOUS = 1;
  const LAST = 2;
  const boughtIn = new Uint8Array(lines.ids.length);
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    if (c < 0 || isReturn[i] === 1) continue;
    const day = dayOf[i];
    if (day > asOfDay - oneYear && day <= asOfDay) boughtIn[c] |= LAST;
    else if (day > asOfDay - 2 * oneYear && day <= asOfDay - oneYear) boughtIn[c] |= PREVIOUS;
  }
  let previous = 0;
  let retained = 0;
  for (let c = 0; c < boughtIn.length; c++) {
    if ((boughtIn[c] & PREVIOUS) === 0) continue;
    previous++;
    if ((boughtIn[c] & LAST) !== 0) retained++;
  }
  if (previous === 0) return undefined;
  return retained / previous;
}
