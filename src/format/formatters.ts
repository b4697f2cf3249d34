import { translator, type Language } from "../i18n";
import { countFormatters } from "./count";
import { moneyFormatter } from "./money";
import { pointsFormatter } from "./points";
import { rateFormatter } from "./rate";

/**
 * Number formatters as text, in one language: one format per kind of number (money, rates,
 * uplift points, counts; the files beside this one), shared by the pane's Results view and the
 * board deck (src/deck), so a kind of figure reads the same wherever it is shown.
 */
export interface Formatters {
  /** Locale tag given to Intl ("en-US", "fr-FR"), also handed to the charts. */
  readonly locale: string;
  integer(value: number): string;
  /** Up to `digits` decimals (2 by default), no trailing zeros. */
  decimal(value: number, digits?: number): string;
  /** Amount in the data's currency (none: a plain number), always two decimals. */
  currency(value: number): string;
  /** A fraction as a percentage: 0.125 -> "12.5%" (one decimal). */
  percent(value: number): string;
  /** A rate difference in percentage points, signed, with its unit: 0.0284 -> "+2.84 pts". */
  points(value: number): string;
}

/** Intl locale of each pane language: English numbers as in the US, French as in France. */
export const LOCALE_OF: Record<Language, string> = { en: "en-US", fr: "fr-FR" };

/**
 * The formatters of one language and currency (an ISO 4217 code such as "EUR" [none: plain
 * numbers]). Built once per render of the Results view (once per deck): Intl.NumberFormat objects are costly to
 * create and cheap to reuse.
 */
export function createFormatters(language: Language, currencyCode?: string | null): Formatters {
  const locale = LOCALE_OF[language];
  const t = translator(language);
  return {
    locale,
    ...countFormatters(locale),
    currency: moneyFormatter(locale, currencyCode),
    percent: rateFormatter(locale),
    points: pointsFormatter(locale, (value) => t("pane:resultsView.format.points", { value })),
  };
}
