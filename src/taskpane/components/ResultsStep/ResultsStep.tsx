import * as React from "react";
import { useTranslation } from "react-i18next";
import { StepPlaceholder } from "../StepPlaceholder/StepPlaceholder";

/**
 * The Results step. Loaded on demand (App imports it lazily) because it will carry the charts,
 * the heaviest part of the pane, which the first render must not wait for.
 */
export default function ResultsStep(): React.JSX.Element {
  const { t } = useTranslation();
  return <StepPlaceholder heading={t("pane:results.heading")} message={t("pane:results.empty")} />;
}
