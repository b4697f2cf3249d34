import type { Language } from "../../../i18n";

/** Number formatters of the Results view, in the pane's language (Intl: "1 234,5 €" in French). */
export interface ResultsFormatters {
  /** Locale tag given to Intl ("en-US", "fr-FR"), also handed to the charts. */
  readonly locale: string;
  integer(value: number): string;
  /** Up to `digits` decimals (2 by default), no trailing zeros. */
  decimal(value: number, digits?: number): string;
  /** Amount in the report currency, no decimals at or above 1,000 (KPI cards read at a glance). */
  currency(value: number): string;
  /** Amount in the report currency, always to the cent (a customer's spend, a cut point). */
  exactCurrency(value: number): string;
  /** A fraction as a percentage: 0.125 -> "12.5 %" (one decimal). */
  percent(value: number): string;
  /** A rate difference in percentage points, signed: 0.0284 -> "+2.84". */
  points(value: number): string;
}

/** Intl locale of each pane language: English numbers as in the US, French as in France. */
export const LOCALE_OF: Record<Language, string> = { en: "en-US", fr: "fr-FR" };

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
 * The formatters of one language and currency (an ISO 4217 code such as "EUR" [none: plain
 * numbers]). Built once per render of the Results view: Intl.NumberFormat objects are costly to
 * create and cheap to reuse.
 */
export function createFormatters(
  language: Language,
  currencyCode?: string | null
): ResultsFormatters {
  const locale = LOCALE_OF[language];
  const currency = usableCurrency(currencyCode);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = [0, 1, 2, 3, 4].map(
    (digits) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
  );
  const moneyStyle: Intl.NumberFormatOptions =
    currency === null
      ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
      : { style: "currency", currency };
  const money = new Intl.NumberFormat(locale, moneyStyle);
  const roundMoney = new Intl.NumberFormat(locale, {
    ...moneyStyle,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const points = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  return {
    locale,
    integer: (value) => integer.format(value),
    decimal: (value, digits = 2) => decimals[Math.max(0, Math.min(4, digits))].format(value),
    currency: (value) => (Math.abs(value) >= 1000 ? roundMoney : money).format(value),
    exactCurrency: (value) => money.format(value),
    percent: (value) => percent.format(value),
    points: (value) => points.format(value * 100),
  };
}
