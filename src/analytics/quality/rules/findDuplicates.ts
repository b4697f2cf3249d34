import type { Contact, Transaction } from "../../domain";

/**
 * Marks the records whose key was already seen: the first of a group of equal keys is kept
 * (false), every later one is a duplicate (true). O(n) with a hash set.
 *
 * @example findDuplicates(["a", "b", "a", "a"], (x) => x) // [false, false, true, true]
 */
export function findDuplicates<T>(records: readonly T[], keyOf: (record: T) => string): boolean[] {
  const seen = new Set<string>();
  return records.map((r) => {
    const key = keyOf(r);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

/**
 * The identity of a transaction line for exact-duplicate detection: same customer, date (to the
 * millisecond), amount, quantity, unit price, invoice and product. Two identical lines of one
 * invoice are what a double export or a copy-paste produces; a real second purchase differs in
 * invoice or date.
 */
export function transactionKey(t: Transaction): string {
  return JSON.stringify([
    t.customerId,
    t.date,
    t.amount,
    t.quantity ?? null,
    t.unitPrice ?? null,
    t.invoiceId ?? null,
    t.product ?? null,
    t.category ?? null,
  ]);
}

/** The identity of a contact for exact-duplicate detection: customer, campaign, group, date, channel. */
export function contactKey(c: Contact): string {
  return JSON.stringify([c.customerId, c.campaign, c.group, c.contactDate, c.channel ?? null]);
}
