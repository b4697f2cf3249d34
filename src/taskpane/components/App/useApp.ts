import { useState } from "react";
import { useTranslation } from "react-i18next";
import { languageFromLocale, type Language } from "../../../i18n";
import type { AppProps, StepId } from "./App.types";

/** The shell's state: the selected step and the current language. */
export function useApp({ initialStep = "data", onLanguageChange }: AppProps) {
  const [step, setStep] = useState<StepId>(initialStep);
  const { i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  const changeLanguage = (next: Language) => {
    void i18n.changeLanguage(next).then(() => onLanguageChange?.(next));
  };
  return { step, setStep, language, changeLanguage };
}
