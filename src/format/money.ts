/** Decimals of every amount in the pane and the deck: one format for money, big or small. */
export const MONEY_DECIMALS = 2;

/**
 * The code itself when Intl knows it, else null: amounts are then plain numbers with two
 * decimals. The currency is the data's (src/analytics/currency), never the pane language's.
 */
function usableCurrency(code: string | null | undefined): string | null {
  if (code === undefined || code === null) return null;
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: code });
    return code;
  } catch {
    return null;
  }
}

/**
 * The one money format of the pane and the deck: the amount in `currencyCode` (ISO 4217; none: a plain
 * number) with two decimals, in the locale's way ("421,747.00 €" is never mixed with "146.86 €").
 *
 * @example moneyFormatter("fr-FR", "EUR")(421747) // "421 747,00 €"
 */
export function moneyFormatter(
  locale: string,
  currencyCode?: string | null
): (value: number) => string {
  const currency = usableCurrency(currencyCode);
  const format = new Intl.NumberFormat(locale, {
    ...(currency === null ? {} : { style: "currency", currency }),
    minimumFractionDigits: MONEY_DECIMALS,
    maximumFractionDigits: MONEY_DECIMALS,
  });
  return (value) => format.format(value);
}
