import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageFromLocale } from "../../../i18n";
import type { PaneFlow } from "../../flow/flowState";
import { problemText } from "../../flow/problemText";
import { runBlocker, type RunBlocker } from "../../flow/runBlocker";
import { runStages, type RunProgress } from "../../worker/engineTypes";
import { formatDay, formatPercent } from "../shared/formatters";
import { ProblemMessage } from "../shared/ProblemMessage";
import { StepPlaceholder } from "../StepPlaceholder/StepPlaceholder";
import { StepSection } from "../shared/StepSection";
import { useStepStyles } from "../shared/useStepStyles.styles";

export type RunStepProps = {
  readonly flow: PaneFlow;
  /** Opens the Results step. */
  readonly onSeeResults: () => void;
};

/**
 * How far along a run is, over all stages: a stage counts for its share done (rows read, the
 * analyses of scoring and fitting started).
 */
export function overallFraction(progress: RunProgress): number {
  const index = runStages.indexOf(progress.stage);
  const within = progress.fraction ?? 0;
  return (index + within) / runStages.length;
}

/** Why Run is disabled, in the user's language (see runBlocker). */
function blockerText(blocker: RunBlocker, t: ReturnType<typeof useTranslation>["t"]): string {
  switch (blocker.kind) {
    case "noData":
      return t("pane:run.empty");
    case "checking":
      return t("pane:run.blocked.checking");
    case "noRows":
      return t("pane:run.blocked.noRows");
    case "problem":
      return t("pane:run.blocked.problem", { problem: problemText(blocker.problem, t) });
  }
}

/**
 * Runs the analysis: a progress bar with the stage under way (reading x %, cleaning, scoring,
 * fitting, uplift, building the report) and a Cancel button; the work happens in the worker,
 * so the pane stays responsive. Then what was computed, and what could not be.
 */
export function RunStep({ flow, onSeeResults }: RunStepProps): React.JSX.Element {
  const styles = useStepStyles();
  const { t, i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  const { state, actions } = flow;
  if (state.source.status !== "open") {
    return <StepPlaceholder heading={t("pane:run.heading")} message={t("pane:run.empty")} />;
  }
  const { run } = state;
  const invalid = state.settingProblems.length;
  const running = run.status === "running";
  const blocker = runBlocker(state);
  const why = blocker && blockerText(blocker, t);
  return (
    <section className={styles.root}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t("pane:run.heading")}
      </Text>
      <Text as="p" className={styles.intro}>
        {t("pane:run.intro")}
      </Text>
      {invalid > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("pane:run.settingsInvalid", { count: invalid })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          className={styles.wrapButton}
          onClick={actions.run}
          disabled={running || invalid > 0 || blocker !== null}
          aria-describedby={why ? "run-blocked" : undefined}
        >
          {t(run.status === "done" ? "pane:run.again" : "pane:run.start")}
        </Button>
        {why && (
          <Text id="run-blocked" size={200} className={styles.wrapButton}>
            {why}
          </Text>
        )}
        {running && (
          <Button className={styles.wrapButton} onClick={actions.cancel}>
            {t("pane:run.cancel")}
          </Button>
        )}
      </div>
      {running && (
        <Field
          label={t("pane:run.progressLabel")}
          hint={t(`pane:run.stage.${run.progress.stage}`, {
            percent: formatPercent(run.progress.fraction ?? 0, language),
          })}
        >
          <ProgressBar value={overallFraction(run.progress)} />
        </Field>
      )}
      <div role="status" className={styles.section}>
        {run.status === "cancelled" && <Text>{t("pane:run.cancelled")}</Text>}
        {run.status === "done" && (
          <Text>
            {t("pane:run.done", {
              date:
                run.output.results.asOf !== null
                  ? formatDay(run.output.results.asOf, language)
                  : "",
            })}
          </Text>
        )}
      </div>
      {run.status === "done" && (
        <>
          {run.output.results.notes.length > 0 && (
            <StepSection id="run-skipped" heading={t("pane:run.skipped")}>
              <ul className={styles.list}>
                {run.output.results.notes.map((note) => (
                  <li key={note.code}>
                    <Text size={200}>{t(note.code, note.params ?? {})}</Text>
                  </li>
                ))}
              </ul>
            </StepSection>
          )}
          <div>
            <Button className={styles.wrapButton} onClick={onSeeResults}>
              {t("pane:run.seeResults")}
            </Button>
          </div>
        </>
      )}
      {run.status === "failed" && (
        <ProblemMessage problem={run.problem} title={t("pane:run.failedTitle")} />
      )}
    </section>
  );
}
