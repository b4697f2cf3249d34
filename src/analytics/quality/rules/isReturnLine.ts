import type { Transaction } from "../../domain";

/**
 * Whether a transaction line is a return or a cancellation, by the data contract (DESIGN.md):
 * a negative amount or quantity, or an invoice id starting with "C". The invoice prefix is the
 * input layer's call (it sets `isReturn`, and ignores the prefix when most ids start with "C":
 * then it is a numbering scheme, "C000123" for "commande"); the signs are checked again here so
 * records built elsewhere follow the same rule.
 *
 * @example isReturnLine({ ..., amount: -12.5, isReturn: false }) // true
 */
export function isReturnLine(t: Transaction): boolean {
  return t.isReturn || t.amount < 0 || (t.quantity !== undefined && t.quantity < 0);
}
