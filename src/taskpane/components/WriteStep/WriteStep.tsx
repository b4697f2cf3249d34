import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Link,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageFromLocale } from "../../../i18n";
import type { SheetKey } from "../../../report/model";
import { excelSheetName } from "../../../report/excelNames";
import type { PaneFlow } from "../../flow/flowState";
import type { HostMode } from "../../startup/detectHost";
import { formatPercent } from "../shared/formatters";
import { ProblemMessage } from "../shared/ProblemMessage";
import { StepPlaceholder } from "../StepPlaceholder/StepPlaceholder";
import { DeckChoice } from "./DeckChoice";
import { TeachingChoice } from "./TeachingChoice";
import { useStepStyles } from "../shared/useStepStyles.styles";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export type WriteStepProps = {
  readonly mode: HostMode;
  readonly flow: PaneFlow;
};

/**
 * Puts the report where the user wants it: in Excel, the chosen sheets written into this
 * workbook, then links that show each one; standalone, the chosen sheets downloaded as
 * "crm-report-YYYY-MM-DD.xlsx". In both, the board deck as a download and the teaching workbook.
 */
export function WriteStep({ mode, flow }: WriteStepProps): React.JSX.Element {
  const styles = useStepStyles();
  const own = useStyles();
  const { t, i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  const { model, state, actions } = flow;
  const [unchecked, setUnchecked] = React.useState<ReadonlySet<SheetKey>>(new Set());
  if (!model) {
    return (
      <StepPlaceholder
        heading={t("pane:write.heading")}
        message={t(mode === "excel" ? "pane:write.excelEmpty" : "pane:write.standaloneEmpty")}
      />
    );
  }
  const chosen = model.sheets.map((s) => s.key).filter((key) => !unchecked.has(key));
  const { write } = state;
  const writing = write.status === "writing";
  const toggle = (key: SheetKey, on: boolean) => {
    const next = new Set(unchecked);
    if (on) next.delete(key);
    else next.add(key);
    setUnchecked(next);
  };
  return (
    <section className={styles.root}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t("pane:write.heading")}
      </Text>
      <fieldset className={mergeClasses(styles.section, own.fieldset)}>
        <legend className={own.legend}>{t("pane:write.sheetsLegend")}</legend>
        {model.sheets.map((sheet) => (
          <Checkbox
            key={sheet.key}
            // the pane's language now: the model keeps the run's until the report is made again
            label={excelSheetName(t(`report:sheet.${sheet.key}`))}
            checked={!unchecked.has(sheet.key)}
            onChange={(_, data) => toggle(sheet.key, data.checked === true)}
          />
        ))}
        <Text size={200} className={styles.hint}>
          {t("pane:write.needed")}
        </Text>
        {chosen.length === 0 && (
          <Text size={200} role="alert" className={own.error}>
            {t("pane:write.noSheet")}
          </Text>
        )}
      </fieldset>
      {mode === "excel" && (
        <Text size={200} className={styles.hint}>
          {t("pane:write.safe")}
        </Text>
      )}
      <div>
        <Button
          appearance="primary"
          className={styles.wrapButton}
          disabled={writing || chosen.length === 0}
          onClick={() => actions.writeReport(chosen)}
        >
          {t(mode === "excel" ? "pane:write.writeExcel" : "pane:write.download")}
        </Button>
      </div>
      <DeckChoice mode={mode} deck={state.deck} onDownload={actions.downloadDeck} />
      <TeachingChoice mode={mode} disabled={writing} onWrite={actions.writeTeaching} />
      {writing &&
        (write.fraction === undefined ? (
          <Spinner size="small" label={t("pane:write.writing")} />
        ) : (
          <Field
            label={t("pane:write.writingProgress", {
              percent: formatPercent(write.fraction, language),
            })}
          >
            <ProgressBar value={write.fraction} />
          </Field>
        ))}
      <div role="status" className={styles.section}>
        {write.status === "downloaded" && (
          <>
            <Text className={styles.data}>
              {t("pane:write.downloaded", { fileName: write.fileName })}
            </Text>
            <Link href={write.url} download={write.fileName} className={styles.data}>
              {t("pane:write.downloadAgain", { fileName: write.fileName })}
            </Link>
          </>
        )}
        {write.status === "written" && (
          <>
            <Text>{t("pane:write.written")}</Text>
            <ul className={styles.list}>
              {write.sheets.map((sheet) => (
                <li key={sheet}>
                  <Link as="button" onClick={() => actions.activateSheet(sheet)}>
                    {t("pane:write.goTo", { sheet })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {write.status === "failed" && (
        <ProblemMessage problem={write.problem} title={t("pane:write.failedTitle")} />
      )}
    </section>
  );
}
