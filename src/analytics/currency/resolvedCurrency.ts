/**
 * The currency of the amounts, and where it came from. One value, resolved once by the pipeline
 * (resolveCurrency), carried by the clean data to the analyses' report, the pane and the JSON.
 * `code` is an ISO 4217 code ("EUR"), or null when nothing says (amounts shown as plain numbers
 * with two decimals: we never guess a currency from the interface language).
 */
export type CurrencySource = "setting" | "cellFormat" | "text" | "culture" | "none";

export interface ResolvedCurrency {
  code: string | null;
  source: CurrencySource;
}

/** No currency known: plain numbers. */
export const NO_CURRENCY: ResolvedCurrency = { code: null, source: "none" };
