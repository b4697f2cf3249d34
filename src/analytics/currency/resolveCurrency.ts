import { REGION_CURRENCIES } from "./currencySigns";
import { currencyInText, currencyOfFormat } from "./currencyOfFormat";
import { NO_CURRENCY, type ResolvedCurrency } from "./resolvedCurrency";

/** What the currency can be read from, strongest first. */
export interface CurrencyEvidence {
  /** The user's setting (pane Settings, CLI --currency), an ISO 4217 code already validated. */
  setting?: string | null;
  /** Number formats of the money columns' cells (amount, unit price, cost, revenue). */
  formats?: Iterable<string>;
  /** Text values of the money columns ("1 234,56 €"). */
  texts?: Iterable<string>;
  /** The workbook's culture as the host knows it (Excel's regional settings), e.g. "fr-FR". */
  hostCulture?: string;
}

/**
 * The currency of the amounts, in this order: the setting; the money columns' number formats;
 * currency signs in their text; the culture of the workbook in Excel; else none. A source that
 * names two currencies (a column formatted in € and in £) settles nothing: the next one decides.
 *
 * @example resolveCurrency({ formats: ['#,##0.00 "€"'] }) // { code: "EUR", source: "cellFormat" }
 */
export function resolveCurrency(evidence: CurrencyEvidence): ResolvedCurrency {
  if (evidence.setting) return { code: evidence.setting, source: "setting" };
  const fromFormats = single(evidence.formats ?? [], currencyOfFormat);
  if (fromFormats) return { code: fromFormats, source: "cellFormat" };
  const fromText = single(evidence.texts ?? [], currencyInText);
  if (fromText) return { code: fromText, source: "text" };
  const region = evidence.hostCulture?.split(/[-_]/)[1]?.toUpperCase();
  const fromCulture = region ? REGION_CURRENCIES[region] : undefined;
  if (fromCulture) return { code: fromCulture, source: "culture" };
  return NO_CURRENCY;
}

/** The one currency the values name (values naming none are ignored), or null for none or two. */
function single(values: Iterable<string>, read: (value: string) => string | null): string | null {
  let found: string | null = null;
  for (const value of values) {
    const code = read(value);
    if (code === null || code === found) continue;
    if (found !== null) return null;
    found = code;
  }
  return found;
}
