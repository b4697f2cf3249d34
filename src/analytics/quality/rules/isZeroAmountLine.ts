import type { Transaction } from "../../domain";

/**
 * Whether a line moves nothing: a quantity of zero, or (when there is no quantity) an amount of
 * zero. Such a line would count as a purchase occasion in RFM frequency without any spend.
 */
export function isZeroAmountLine(t: Transaction): boolean {
  return t.quantity !== undefined ? t.quantity === 0 : t.amount === 0;
}
