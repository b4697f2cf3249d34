import { languageFromLocale, languages, type Language } from "../../i18n";

/** Where the user's explicit choice from the language switch is remembered. */
export const LANGUAGE_STORAGE_KEY = "crm-analytics.language";

export type LanguageSignals = {
  /** The language the user picked earlier with the switch, if any. */
  readonly stored?: string | null;
  /** Office's display language (inside Excel). */
  readonly officeLanguage?: string;
  /** navigator.language (standalone). */
  readonly browserLanguage?: string;
};

/**
 * The pane's starting language: the user's own earlier choice, else Office's display language,
 * else the browser's; anything other than French falls back to English.
 */
export function chooseLanguage(signals: LanguageSignals): Language {
  const stored = signals.stored ?? "";
  if ((languages as readonly string[]).includes(stored)) return stored as Language;
  return languageFromLocale(signals.officeLanguage ?? signals.browserLanguage);
}
