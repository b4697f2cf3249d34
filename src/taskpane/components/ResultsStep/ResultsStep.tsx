import * as React from "react";
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageFromLocale } from "../../../i18n";
import { StepPlaceholder } from "../StepPlaceholder/StepPlaceholder";
import { engineMessageText } from "./engineMessage";
import { ExplainCustomer } from "./ExplainCustomer/ExplainCustomer";
import { createFormatters, LOCALE_OF } from "../../../format/formatters";
import { KpiCards } from "./KpiCards/KpiCards";
import { LtvSection } from "./LtvSection/LtvSection";
import type { ResultsStepProps } from "./ResultsStep.types";
import { resultsKpis } from "./resultsKpis";
import type { ResultsSection } from "./SectionHeading";
import { SectionJumpList } from "./SectionJumpList";
import { SegmentsSection } from "./SegmentsSection/SegmentsSection";
import { observedControlRate } from "./TestPlanner/observedControlRate";
import { TestPlanner } from "./TestPlanner/TestPlanner";
import { UpliftSection } from "./UpliftSection/UpliftSection";
import { useResultsStyles } from "./useResultsStyles.styles";

export type { ResultsStepProps } from "./ResultsStep.types";

/**
 * The Results step: KPI cards, the segment table and chart, the uplift table with verdicts, the
 * LTV summary and its model check, "explain this customer" and the test planner. It only shows
 * what runAnalyses computed (sections the data could not support are left out, with the
 * engine's note). Loaded on demand (App imports it lazily), and its chart later still.
 */
export default function ResultsStep({
  results,
  language,
  currency,
}: ResultsStepProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const styles = useResultsStyles();
  const lang = language ?? languageFromLocale(i18n.language);
  const fmt = React.useMemo(() => createFormatters(lang, currency), [lang, currency]);
  const kpis = React.useMemo(() => (results ? resultsKpis(results) : null), [results]);
  const root = React.useRef<HTMLElement>(null);

  if (!results || !kpis) {
    return (
      <StepPlaceholder heading={t("pane:results.heading")} message={t("pane:results.empty")} />
    );
  }
  const asOf =
    results.asOf === null
      ? null
      : new Intl.DateTimeFormat(LOCALE_OF[lang], { dateStyle: "long", timeZone: "UTC" }).format(
          results.asOf
        );
  const sections: ResultsSection[] = [
    "kpis",
    ...(results.rfm ? (["segments"] as const) : []),
    ...(results.uplift ? (["uplift"] as const) : []),
    ...(results.ltv ? (["ltv"] as const) : []),
    ...(results.rfm ? (["explain"] as const) : []),
    "planner",
  ];
  return (
    <section ref={root} className={styles.root} aria-label={t("pane:results.heading")}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t("pane:results.heading")}
      </Text>
      {asOf !== null && (
        <Text as="p" size={200} className={styles.muted}>
          {t("pane:resultsView.asOf", { date: asOf })}
        </Text>
      )}
      <SectionJumpList sections={sections} container={root} />
      {results.notes.map((note) => (
        <MessageBar key={note.code} intent="info">
          <MessageBarBody>{engineMessageText(t, fmt, note)}</MessageBarBody>
        </MessageBar>
      ))}
      <KpiCards kpis={kpis} clvMonths={results.ltv?.settings.horizonMonths ?? null} fmt={fmt} />
      {results.rfm && <SegmentsSection rfm={results.rfm} fmt={fmt} />}
      {results.uplift && <UpliftSection uplift={results.uplift} fmt={fmt} />}
      {results.ltv && <LtvSection ltv={results.ltv} fmt={fmt} />}
      {results.rfm && <ExplainCustomer rfm={results.rfm} ltv={results.ltv} fmt={fmt} />}
      <TestPlanner observedBaseline={observedControlRate(results.uplift)} fmt={fmt} />
    </section>
  );
}
