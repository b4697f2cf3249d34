/**
 * ISO 4217 codes as the JavaScript runtime knows them (Intl.supportedValuesOf, ECMA-402), so
 * the list is kept by the runtime, not by us.
 */
let known: ReadonlySet<string> | null = null;

/** True for an ISO 4217 code the runtime knows ("EUR", "GBP"); case-sensitive, upper case. */
export function isIsoCurrency(code: string): boolean {
  known ??= new Set(Intl.supportedValuesOf("currency"));
  return known.has(code);
}

/**
 * The symbol of a currency as written in English ("EUR" -> "€", "GBP" -> "£", "USD" -> "$",
 * "CAD" -> "CA$", "CHF" -> "CHF"): one symbol per code in both languages, so "$" can only mean
 * US dollars. From Intl.NumberFormat, not a table of ours.
 *
 * @example currencySymbol("EUR") // "€"
 */
export function currencySymbol(code: string): string {
  const parts = new Intl.NumberFormat("en", { style: "currency", currency: code }).formatToParts(1);
  return parts.find((p) => p.type === "currency")?.value ?? code;
}
