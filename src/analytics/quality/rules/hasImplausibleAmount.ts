import type { Contact, Transaction } from "../../domain";

/**
 * The largest money amount, quantity or unit price a single line may carry: 10^12 (a thousand
 * billion in any currency). Past it a value is a sentinel, a unit mix-up or a corrupt cell
 * (1e308), not a sale. The bound also guards every sum: Excel holds at most 1,048,576 rows a
 * sheet and even a billion lines of 10^12 add up to 10^21, far inside a double's range
 * (about 1.8e308), so no total, average or change can become Infinity or NaN.
 */
export const MAX_PLAUSIBLE_AMOUNT = 1e12;

/** Whether a number is not finite or beyond MAX_PLAUSIBLE_AMOUNT in size; undefined is fine. */
export function isImplausibleNumber(value: number | undefined): boolean {
  return value !== undefined && !(Math.abs(value) <= MAX_PLAUSIBLE_AMOUNT);
}

/** Whether a transaction's amount, quantity or unit price is implausible (see MAX_PLAUSIBLE_AMOUNT). */
export function hasImplausibleAmount(t: Transaction): boolean {
  return (
    isImplausibleNumber(t.amount) ||
    isImplausibleNumber(t.quantity) ||
    isImplausibleNumber(t.unitPrice)
  );
}

/** Whether a contact's cost or revenue is implausible (see MAX_PLAUSIBLE_AMOUNT). */
export function hasImplausibleContactAmount(c: Contact): boolean {
  return isImplausibleNumber(c.costPerContact) || isImplausibleNumber(c.revenue);
}
