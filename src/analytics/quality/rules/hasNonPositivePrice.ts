import type { Transaction } from "../../domain";

/**
 * Whether a line has a zero or negative unit price: free items, write-offs and accounting
 * adjustments (UCI Online Retail's "Adjust bad debt" at -11,062.06), not sales. A return keeps a
 * positive price and a negative quantity, so it is not caught here. Lines without a unit price
 * column are never caught.
 */
export function hasNonPositivePrice(t: Transaction): boolean {
  return t.unitPrice !== undefined && t.unitPrice <= 0;
}
