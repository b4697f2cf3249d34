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
export function recordKey(fields: readonly KeyField[]): string {
  let key = "";
  for (const f of fields) {
    if (f === undefined) key += "_|";
    else if (typeof f === "number") key += `n${f}|`;
    else key += `s${f.length}:${f}|`;
  }
  return key;
}

/** A field of a record's identity for exact-duplicate detection. */
export type KeyField = string | number | undefined;

/**
 * The fields of a transaction line's identity for exact-duplicate detection: same customer, date
 * (to the millisecond), amount, quantity, unit price, invoice and product. Two identical lines of
 * one invoice are what a double export or a copy-paste produces; a real second purchase differs
 * in invoice or date. Read by position (no array per row): see findEqualRecords.
 */
export const TRANSACTION_KEY_FIELDS = 8;
export function transactionKeyField(t: Transaction, i: number): KeyField {
  switch (i) {
    case 0:
      return t.customerId;
    case 1:
      return t.date;
    case 2:
      return t.amount;
    case 3:
      return t.quantity;
    case 4:
      return t.unitPrice;
    case 5:
      return t.invoiceId;
    case 6:
      return t.product;
    default:
      return t.category;
  }
}

/** A transaction line's identity as one text (recordKey of its key fields). */
export function transactionKey(t: Transaction): string {
  const fields: KeyField[] = [];
  for (let i = 0; i < TRANSACTION_KEY_FIELDS; i++) fields.push(transactionKeyField(t, i));
  return recordKey(fields);
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
export const CONTACT_KEY_FIELDS = 5;
export function contactKeyField(c: Contact, i: number): KeyField {
  switch (i) {
    case 0:
      return c.customerId;
    case 1:
      return c.campaign;
    case 2:
      return c.group;
    case 3:
      return c.contactDate;
    default:
      return c.channel;
  }
}

/** A contact's identity as one text (recordKey of its key fields). */
export function contactKey(c: Contact): string {
  const fields: KeyField[] = [];
  for (let i = 0; i < CONTACT_KEY_FIELDS; i++) fields.push(contactKeyField(c, i));
  return recordKey(fields);
}
