import type { Transaction } from "../../domain";

/**
 * Whether a line sells nothing: a quantity of zero. It is not a purchase occasion at all, so it
 * is excluded ("zeroQuantityLine").
 */
export function isZeroQuantityLine(t: Transaction): boolean {
  return t.quantity === 0;
}

/**
 * Whether a line is a purchase with no spend (a free item, a voucher-paid order): an amount of
 * zero with something sold. It counts for frequency and recency and as zero in monetary, and is
 * flagged ("zeroAmount") so the user sees it. Dropping it would remove the customers whose only
 * purchase was free.
 */
export function isZeroAmountLine(t: Transaction): boolean {
  return t.amount === 0 && !isZeroQuantityLine(t);
}
