import type { Language } from "../../../i18n";

/** Whole numbers the way the language writes them (5,000 / 5 000). */
export const formatCount = (value: number, language: Language) =>
  new Intl.NumberFormat(language).format(value);

/** A fraction as a percentage (0.42 -> "42%" / "42 %"). */
export const formatPercent = (fraction: number, language: Language) =>
  new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(fraction);

/** An Instant (wall-clock ms read as UTC) as a date in the language. */
export const formatDay = (instant: number, language: Language) =>
  new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(instant);
