import type { Language } from "../../i18n";

/**
 * Currency of the amounts when the caller names none (ISO 4217): the language's until the
 * data's own currency (setting, source formats, currency signs) reaches the pane; then the
 * caller passes that code and this fallback is no longer used.
 */
export const DEFAULT_CURRENCY_OF: Record<Language, string> = { en: "USD", fr: "EUR" };

/** Decimals of every amount in the pane: one format for money, big or small. */
export const MONEY_DECIMALS = 2;

/** The code itself when Intl knows it, else the language's default (a typo never breaks the pane). */
function usableCurrency(code: string | undefined, language: Language): string {
  if (code === undefined) return DEFAULT_CURRENCY_OF[language];
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: code });
    return code;
  } catch {
    return DEFAULT_CURRENCY_OF[language];
  }
}

/**
 * The one money format of the pane: the amount in `currencyCode` (ISO 4217) with two decimals,
 * in the locale's way ("421,747.00 €" is never mixed with "146.86 €").
 *
 * @example moneyFormatter("fr-FR", "fr", "EUR")(421747) // "421 747,00 €"
 */
export function moneyFormatter(
  locale: string,
  language: Language,
  currencyCode?: string
): (value: number) => string {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: usableCurrency(currencyCode, language),
    minimumFractionDigits: MONEY_DECIMALS,
    maximumFractionDigits: MONEY_DECIMALS,
  });
  return (value) => format.format(value);
}
