import i18next, { type i18n, type TFunction } from "i18next";
import { languages, namespaces, resources, type Language } from "./resources";

export type { Language } from "./resources";
export { languages } from "./resources";

/**
 * A fresh i18next instance for one language. Keys are written "namespace:key.path", e.g.
 * t("problems:missingCustomerId", { sheet, row }). Instances are independent, so the CLI,
 * the worker and tests can each have their own without global state.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: "en",
    ns: [...namespaces],
    defaultNS: "common",
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A translate function for one language, ready to use (init is synchronous with inline resources). */
export function translator(language: Language): TFunction {
  return createI18n(language).t;
}

/** "fr-FR", "fr", "FR" -> "fr"; anything else -> "en". */
export function languageFromLocale(locale: string | undefined | null): Language {
  const base = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(base) ? (base as Language) : "en";
}
