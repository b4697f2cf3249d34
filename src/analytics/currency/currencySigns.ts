/**
 * Data for reading a currency out of a workbook: the signs people type or format with, and the
 * currency of a culture's region. Kept as data, and short: the currencies our users' workbooks
 * hold; anything else can be set by the user (pane Settings, CLI --currency).
 */

/** Currency signs as they appear in number formats and text, longest first when matched. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  "€": "EUR",
  "£": "GBP",
  US$: "USD",
  $: "USD",
  "¥": "JPY",
  "₹": "INR",
  CHF: "CHF",
  "Fr.": "CHF",
};

/** The currency of a culture's region ("fr-FR" -> EUR), for the workbook culture fallback. */
export const REGION_CURRENCIES: Readonly<Record<string, string>> = {
  FR: "EUR",
  BE: "EUR",
  LU: "EUR",
  DE: "EUR",
  AT: "EUR",
  IT: "EUR",
  ES: "EUR",
  PT: "EUR",
  NL: "EUR",
  IE: "EUR",
  FI: "EUR",
  GR: "EUR",
  MC: "EUR",
  GB: "GBP",
  US: "USD",
  CA: "CAD",
  CH: "CHF",
  AU: "AUD",
  NZ: "NZD",
  JP: "JPY",
  IN: "INR",
};
