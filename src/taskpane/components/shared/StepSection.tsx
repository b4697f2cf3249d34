import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useStepStyles } from "./useStepStyles.styles";

export type StepSectionProps = {
  /** The heading's id, which names the section for assistive technology. */
  readonly id: string;
  readonly heading: React.ReactNode;
  readonly children?: React.ReactNode;
};

/** A titled part of a step: a section named by its h3, laid out in the step's column. */
export function StepSection({ id, heading, children }: StepSectionProps): React.JSX.Element {
  const styles = useStepStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h3" id={id} size={300} weight="semibold" className={styles.subheading}>
        {heading}
      </Text>
      {children}
    </section>
  );
}
