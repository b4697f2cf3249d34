import { MS_PER_DAY, type Contact, type Transaction } from "../../domain";

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
 * One key from a record's fields, cheaper than JSON.stringify per row and unambiguous whatever
 * the texts hold: each text is prefixed with its length, so no content can imitate a separator.
 */
export function recordKey(fields: readonly (string | number | undefined)[]): string {
  let key = "";
  for (const f of fields) {
    if (f === undefined) key += "_|";
    else if (typeof f === "number") key += `n${f}|`;
    else key += `s${f.length}:${f}|`;
  }
  return key;
}

/**
 * The identity of a transaction line for exact-duplicate detection: same customer, date (to the
 * millisecond), amount, quantity, unit price, invoice and product. Two identical lines of one
 * invoice are what a double export or a copy-paste produces; a real second purchase differs in
 * invoice or date.
 */
export function transactionKey(t: Transaction): string {
  return recordKey([
    t.customerId,
    t.date,
    t.amount,
    t.quantity,
    t.unitPrice,
    t.invoiceId,
    t.product,
    t.category,
  ]);
}

/**
 * Whether a line carries enough identity for two equal copies to be one line twice: an
 * order/invoice id, or a time of day. In a log of customer, day and amount only, two equal lines
 * are as likely two purchases the same day (two CDs bought apart) as a copy: they are kept and
 * flagged "possibleDuplicate", never dropped.
 */
export function isIdentifiableLine(t: Transaction): boolean {
  return t.invoiceId !== undefined || t.date % MS_PER_DAY !== 0;
}

/** The identity of a contact for exact-duplicate detection: customer, campaign, group, date, channel. */
export function contactKey(c: Contact): string {
  return recordKey([c.customerId, c.campaign, c.group, c.contactDate, c.channel]);
}
