import * as React from "react";
import { Button, Text, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { FileDropZone } from "../FileDropZone/FileDropZone";
import { useDataStepStyles } from "./useDataStepStyles.styles";
import type { DataStepProps } from "./DataStep.types";

/**
 * The first step. In Excel: find the sheets of this workbook. Standalone: open files, or try
 * the sample data. (Sheet detection, column mapping and the quality summary come next.)
 */
export function DataStep({ mode, actions }: DataStepProps): React.JSX.Element {
  const styles = useDataStepStyles();
  const { t } = useTranslation();
  const hintId = useId("sample-hint");
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
            <Button appearance="primary" className={styles.wrapButton} onClick={actions.findSheets}>
              {t("pane:data.findSheets")}
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
              appearance="primary"
              className={styles.wrapButton}
              aria-describedby={hintId}
              onClick={actions.trySample}
            >
              {t("pane:data.trySample")}
            </Button>
            <Text id={hintId} size={200} className={styles.hint}>
              {t("pane:data.sampleHint")}
            </Text>
          </div>
        </>
      )}
    </section>
  );
}
