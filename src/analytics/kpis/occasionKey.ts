import type { Transaction } from "../domain";

/**
 * The purchase occasion a line belongs to, within its customer: its invoice id, or its day for a
 * line without one (two such lines on one day are one occasion). The RFM frequency's definition
 * (src/analytics/rfm/features.ts), so the repeat rate and AOV here count what RFM counts.
 */
export function occasionKey(t: Transaction, day: number): string {
  return t.invoiceId !== undefined && t.invoiceId !== "" ? `i${t.invoiceId}` : `d${day}`;
}

/** A line usable for the figures: finite date and amount (cleaning reports the others). */
export function isReadable(t: Transaction): boolean {
  return Number.isFinite(t.date) && Number.isFinite(t.amount);
}
