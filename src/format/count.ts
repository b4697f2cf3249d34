/**
 * Counts and plain decimals of the pane and the deck: whole numbers (customers, orders) and numbers with up
 * to `digits` decimals and no trailing zeros (model parameters, purchases per year).
 *
 * @example countFormatters("fr-FR").integer(5000) // "5 000"
 */
export function countFormatters(locale: string): {
  integer(value: number): string;
  decimal(value: number, digits?: number): string;
} {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = [0, 1, 2, 3, 4].map(
    (digits) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
  );
  return {
    integer: (value) => integer.format(value),
    decimal: (value, digits = 2) => decimals[Math.max(0, Math.min(4, digits))].format(value),
  };
}
