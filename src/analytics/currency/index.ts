export { NO_CURRENCY, type CurrencySource, type ResolvedCurrency } from "./resolvedCurrency";
export { resolveCurrency, type CurrencyEvidence } from "./resolveCurrency";
export { currencyInText, currencyOfFormat, currencyOfSign } from "./currencyOfFormat";
export { currencySymbol, isIsoCurrency } from "./isoCurrency";
