/**
 * The RFM segment of a contacted customer as of the contact day, from data strictly before that
 * day (no leakage), for uplift's breakdown by segment.
 */
import { dayNumber, MS_PER_DAY, type Contact, type Transaction } from "./domain";
import { analyzeRfm, type RfmOptions } from "./rfm";
import { segmentsOnDays } from "./rfm/segmentsOnDays";
import type { TransactionLines } from "./transactionLines";

/**
 * All contact days are answered by one sweep over the transactions (`segmentsOnDays`); a day or
 * customer it was not asked about, and options the sweep does not cover, fall back to one RFM
 * run for that day, kept for the day's other customers.
 */
export function segmentAsOfContactDay(
  transactions: readonly Transaction[],
  contacts: readonly Contact[],
  rfmOptions: Omit<RfmOptions, "asOf">,
  /** The transactions' columns, when the caller has them (made here otherwise). */
  lines?: TransactionLines
): (customerId: string, day: number) => string | undefined {
  const requests = new Map<number, Set<string>>();
  for (const contact of contacts) {
    const day = dayNumber(contact.contactDate);
    if (!Number.isFinite(day)) continue;
    let ids = requests.get(day);
    if (!ids) requests.set(day, (ids = new Set()));
    ids.add(contact.customerId);
  }
  const swept = segmentsOnDays(lines ?? transactions, rfmOptions, requests);
  const byDay = new Map<number, Map<string, string>>();
  return (customerId, day) => {
    if (swept && requests.get(day)?.has(customerId)) return swept.get(day)?.get(customerId);
    let segments = byDay.get(day);
    if (!segments) {
      const result = analyzeRfm(transactions, { ...rfmOptions, asOf: day * MS_PER_DAY });
      segments = new Map(result.customers.map((c) => [c.id, c.segment]));
      byDay.set(day, segments);
    }
    return segments.get(customerId);
  };
}
