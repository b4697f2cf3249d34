import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

export type StepPlaceholderProps = {
  /** The step's heading, already translated. */
  readonly heading: string;
  /** What the user must do before this step has something to show, already translated. */
  readonly message: string;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  message: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** A step that has nothing to show yet: its heading and what comes first. */
export function StepPlaceholder({ heading, message }: StepPlaceholderProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      <Text as="p" className={styles.message}>
        {message}
      </Text>
    </section>
  );
}
