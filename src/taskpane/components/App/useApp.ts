import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { languageFromLocale, type Language } from "../../../i18n";
import { usePaneFlow } from "../../flow/usePaneFlow";
import type { AppProps, StepId } from "./App.types";

/**
 * The shell's state: the selected step, the current language and the flow. When a run finishes
 * while the user watches the Run step, the Results step opens.
 */
export function useApp({ deps, initialStep = "data", onLanguageChange }: AppProps) {
  const [step, setStep] = useState<StepId>(initialStep);
  const { i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  const flow = usePaneFlow(deps, language);
  const changeLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next).then(() => onLanguageChange?.(next));
    },
    [i18n, onLanguageChange]
  );
  const runStatus = flow.state.run.status;
  const previousRun = useRef(runStatus);
  useEffect(() => {
    if (previousRun.current === "running" && runStatus === "done") {
      setStep((current) => (current === "run" ? "results" : current));
    }
    previousRun.current = runStatus;
  }, [runStatus]);
  return { step, setStep, language, changeLanguage, flow };
}
