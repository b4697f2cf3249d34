import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { problemAdvice, problemText } from "../../flow/problemText";
import type { EngineProblem } from "../../worker/engineTypes";

export type ProblemMessageProps = {
  readonly problem: EngineProblem;
  /** The title, already translated; "Something needs fixing" by default. */
  readonly title?: string;
};

const useStyles = makeStyles({
  // File and sheet names can be long unbroken words: wrap them rather than widen the pane.
  body: { overflowWrap: "anywhere", minWidth: 0 },
});

/**
 * A problem as the user reads it: where (sheet, column, row: the message names them) and what
 * to do (the pane's advice for the code, when it has one). Announced as an alert.
 */
export function ProblemMessage({ problem, title }: ProblemMessageProps): React.JSX.Element {
  const { t } = useTranslation();
  const advice = problemAdvice(problem, t);
  const styles = useStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title ?? t("pane:errors.title")}</MessageBarTitle>
        {problemText(problem, t)}
        {advice && <> {advice}</>}
      </MessageBarBody>
    </MessageBar>
  );
}
