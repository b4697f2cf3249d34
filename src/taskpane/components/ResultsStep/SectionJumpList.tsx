import * as React from "react";
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ResultsSection } from "./SectionHeading";

export type SectionJumpListProps = {
  /** The sections shown, in order. */
  readonly sections: readonly ResultsSection[];
  /** Where the sections' headings live (the Results view's root). */
  readonly container: React.RefObject<HTMLElement>;
};

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  link: { textAlign: "start" },
});

/**
 * Links to each section of a long Results view. Buttons rather than #anchors: Office's webview
 * nulls the History API, and moving focus (not only scrolling) brings keyboard and screen-reader
 * users to the section.
 */
export function SectionJumpList({ sections, container }: SectionJumpListProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useStyles();
  const jump = (section: ResultsSection) => {
    const heading = container.current?.querySelector<HTMLElement>(
      `[data-results-section="${section}"]`
    );
    heading?.scrollIntoView?.({ block: "start" });
    heading?.focus();
  };
  return (
    <nav aria-label={t("pane:resultsView.sections")}>
      <ul className={styles.list}>
        {sections.map((section) => (
          <li key={section}>
            <Link as="button" className={styles.link} onClick={() => jump(section)}>
              {t(`pane:resultsView.${section}.heading`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
