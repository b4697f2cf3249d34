import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useResultsStyles } from "./useResultsStyles.styles";

/** The sections of the Results view, in order: the keys of the jump list and of the headings. */
export const resultsSections = ["kpis", "segments", "uplift", "ltv", "explain", "planner"] as const;
export type ResultsSection = (typeof resultsSections)[number];

export type SectionHeadingProps = {
  readonly section: ResultsSection;
  readonly id: string;
  readonly children: React.ReactNode;
};

/**
 * A section's h3. Focusable from script only (tabIndex -1) so the jump list can move keyboard
 * and screen-reader users to it, not just scroll.
 */
export function SectionHeading({ section, id, children }: SectionHeadingProps): React.JSX.Element {
  const styles = useResultsStyles();
  return (
    <Text
      as="h3"
      size={300}
      weight="semibold"
      id={id}
      tabIndex={-1}
      data-results-section={section}
      className={styles.heading}
    >
      {children}
    </Text>
  );
}
