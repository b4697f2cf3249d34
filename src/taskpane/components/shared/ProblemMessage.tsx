import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { problemAdvice, problemText } from "../../flow/problemText";
import type { EngineProblem } from "../../worker/engineTypes";

export type ProblemMessageProps = {
  readonly problem: EngineProblem;
  /** The title, already translated; "Something needs fixing" by default. */
  readonly title?: string;
};

/**
 * A problem as the user reads it: where (sheet, column, row: the message names them) and what
 * to do (the pane's advice for the code, when it has one). Announced as an alert.
 */
export function ProblemMessage({ problem, title }: ProblemMessageProps): React.JSX.Element {
  const { t } = useTranslation();
  const advice = problemAdvice(problem, t);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t("pane:errors.title")}</MessageBarTitle>
        {problemText(problem, t)}
        {advice && <> {advice}</>}
      </MessageBarBody>
    </MessageBar>
  );
}
