import type { Transaction } from "../../domain";

/**
 * Whether a line's unit price rules it out as a sale: a negative price is always an accounting
 * adjustment (UCI Online Retail's "Adjust bad debt" at -11,062.06); a zero price is a free item,
 * kept as a purchase with no spend unless `zeroIsSale` is false (the UCI exercise's rule, which
 * drops "zero or negative price"). A return keeps a positive price and a negative quantity, so it
 * is not caught here. Lines without a unit price column are never caught.
 */
export function hasNonPositivePrice(t: Transaction, zeroIsSale = false): boolean {
  if (t.unitPrice === undefined) return false;
  return zeroIsSale ? t.unitPrice < 0 : t.unitPrice <= 0;
}
