import * as React from "react";
import { Button, Field, ProgressBar, Spinner, Text, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageFromLocale } from "../../../i18n";
import { FileDropZone } from "../FileDropZone/FileDropZone";
import { formatPercent } from "../shared/formatters";
import { ProblemMessage } from "../shared/ProblemMessage";
import { useStepStyles } from "../shared/useStepStyles.styles";
import { DataChoiceEditor } from "./DataChoiceEditor";
import { QualitySummary } from "./QualitySummary";
import { SheetsFound } from "./SheetsFound";
import { useDataStepStyles } from "./useDataStepStyles.styles";
import type { DataStepProps } from "./DataStep.types";

/**
 * The first step. In Excel: read this workbook's sheets. Standalone: open files, or try the
 * sample data. Then: the sheets found and what each holds, the sheet and columns used for each
 * kind of data (with dropdowns to correct them), and the data-quality summary.
 */
export function DataStep({ mode, flow, onNext }: DataStepProps): React.JSX.Element {
  const styles = useDataStepStyles();
  const stepStyles = useStepStyles();
  const { t, i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  const hintId = useId("sample-hint");
  const { state, actions } = flow;
  const { source } = state;
  // One primary action at a time: opening data until some is open, then going on to settings.
  const loaded = source.status === "open";
  const openAppearance = loaded ? "secondary" : "primary";
  return (
    <section className={styles.root}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t("pane:data.heading")}
      </Text>
      {mode === "excel" ? (
        <>
          <Text as="p" className={styles.intro}>
            {t("pane:data.excelIntro")}
          </Text>
          <div>
            <Button
              appearance={openAppearance}
              className={styles.wrapButton}
              onClick={actions.findSheets}
              disabled={source.status === "opening"}
            >
              {t(source.status === "open" ? "pane:data.findAgain" : "pane:data.findSheets")}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Text as="p" className={styles.intro}>
            {t("pane:data.standaloneIntro")}
          </Text>
          <FileDropZone onFiles={actions.openFiles} />
          <div className={styles.sample}>
            <Button
              appearance={openAppearance}
              className={styles.wrapButton}
              aria-describedby={hintId}
              onClick={actions.trySample}
              disabled={source.status === "opening"}
            >
              {t("pane:data.trySample")}
            </Button>
            <Text id={hintId} size={200} className={styles.hint}>
              {t("pane:data.sampleHint")}
            </Text>
          </div>
        </>
      )}
      {source.status === "opening" &&
        (source.fraction === undefined ? (
          <Spinner size="small" label={t("pane:data.opening")} />
        ) : (
          <Field
            label={t("pane:data.openingProgress", {
              percent: formatPercent(source.fraction, language),
            })}
          >
            <ProgressBar value={source.fraction} />
          </Field>
        ))}
      {source.status === "failed" && (
        <ProblemMessage problem={source.problem} title={t("pane:data.openFailed")} />
      )}
      {source.status === "open" && (
        <>
          {source.overview.sourceName !== "" && (
            <Text size={200} className={stepStyles.data}>
              {t("pane:data.source", { name: source.overview.sourceName })}
            </Text>
          )}
          <SheetsFound overview={source.overview} />
          <DataChoiceEditor overview={source.overview} choice={state.choice} actions={actions} />
          <QualitySummary check={state.check} />
          <div>
            <Button appearance="primary" className={styles.wrapButton} onClick={onNext}>
              {t("pane:data.next")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
