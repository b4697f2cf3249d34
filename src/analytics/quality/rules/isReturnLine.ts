import type { Transaction } from "../../domain";

/**
 * Whether a transaction line is a return or a cancellation, by the data contract (DESIGN.md):
 * a negative amount or quantity, or an invoice id starting with "C" (the convention of many
 * exports, e.g. UCI Online Retail's "C536379"). The input layer sets `isReturn`; the amount,
 * quantity and invoice are checked again so records built elsewhere follow the same rule.
 *
 * @example isReturnLine({ ..., amount: -12.5, isReturn: false }) // true
 */
export function isReturnLine(t: Transaction): boolean {
  return (
    t.isReturn ||
    t.amount < 0 ||
    (t.quantity !== undefined && t.quantity < 0) ||
    (t.invoiceId !== undefined && t.invoiceId.startsWith("C"))
  );
}
