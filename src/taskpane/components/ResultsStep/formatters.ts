import { translator, type Language } from "../../../i18n";
import { countFormatters } from "../../format/count";
import { moneyFormatter } from "../../format/money";
import { pointsFormatter } from "../../format/points";
import { rateFormatter } from "../../format/rate";

/**
 * Number formatters of the Results view, in the pane's language: one format per kind of number
 * (src/taskpane/format: money, rates, uplift points, counts), so a kind always reads the same.
 */
export interface ResultsFormatters {
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
 * numbers]). Built once per render of the Results view: Intl.NumberFormat objects are costly to
 * create and cheap to reuse.
 */
export function createFormatters(
  language: Language,
  currencyCode?: string | null
): ResultsFormatters {
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
