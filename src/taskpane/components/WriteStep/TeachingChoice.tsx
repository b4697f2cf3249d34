import * as React from "react";
import { Button, Checkbox, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { HostMode } from "../../startup/detectHost";
import { useStepStyles } from "../shared/useStepStyles.styles";

export type TeachingChoiceProps = {
  readonly mode: HostMode;
  readonly disabled: boolean;
  readonly onWrite: (answers: boolean) => void;
};

/**
 * The "Teaching workbook" choice of the Write step: scores and segments as live formulas with
 * exercises (src/report/teaching), written into Excel or downloaded, answers optional.
 */
export function TeachingChoice({
  mode,
  disabled,
  onWrite,
}: TeachingChoiceProps): React.JSX.Element {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const [answers, setAnswers] = React.useState(true);
  return (
    <section className={styles.section} aria-label={t("teaching:pane.heading")}>
      <Text as="h3" weight="semibold">
        {t("teaching:pane.heading")}
      </Text>
      <Text size={200} className={styles.hint}>
        {t("teaching:pane.hint")}
      </Text>
      <Checkbox
        label={t("teaching:pane.answers")}
        checked={answers}
        onChange={(_, data) => setAnswers(data.checked === true)}
      />
      <div>
        <Button className={styles.wrapButton} disabled={disabled} onClick={() => onWrite(answers)}>
          {t(mode === "excel" ? "teaching:pane.writeExcel" : "teaching:pane.download")}
        </Button>
      </div>
    </section>
  );
}
