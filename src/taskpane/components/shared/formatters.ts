import type { Language } from "../../../i18n";

/**
 * One formatter per language and kind, made once: building an Intl formatter costs far more
 * than formatting with it, and the progress bars format a percentage at every step.
 */
function cached<F>(make: (language: Language) => F): (language: Language) => F {
  const made = new Map<Language, F>();
  return (language) => {
    let formatter = made.get(language);
    if (!formatter) made.set(language, (formatter = make(language)));
    return formatter;
  };
}

const countFormat = cached((language) => new Intl.NumberFormat(language));
const percentFormat = cached(
  (language) => new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 })
);
const dayFormat = cached(
  (language) => new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" })
);

/**
 * Makes the formatters the Data step shows first (its progress percentage, then the rows of
 * each sheet found). The first Intl formatter of a page costs about 0.1 s (the locale's data
 * loaded): made while the pane waits for the user, it is not paid between their click and
 * the sheets found.
 */
export function warmFormatters(language: Language): void {
  percentFormat(language);
  countFormat(language);
}

/** Whole numbers the way the language writes them (5,000 / 5 000). */
export const formatCount = (value: number, language: Language) =>
  countFormat(language).format(value);

/** A fraction as a percentage (0.42 -> "42%" / "42 %"). */
export const formatPercent = (fraction: number, language: Language) =>
  percentFormat(language).format(fraction);

/** An Instant (wall-clock ms read as UTC) as a date in the language. */
export const formatDay = (instant: number, language: Language) =>
  dayFormat(language).format(instant);
