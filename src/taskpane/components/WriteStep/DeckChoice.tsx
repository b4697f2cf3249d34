import * as React from "react";
import { Button, Link, Spinner, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { DeckState } from "../../flow/flowState";
import type { HostMode } from "../../startup/detectHost";
import { ProblemMessage } from "../shared/ProblemMessage";
import { useStepStyles } from "../shared/useStepStyles.styles";

export type DeckChoiceProps = {
  readonly mode: HostMode;
  readonly deck: DeckState;
  readonly onDownload: () => void;
};

/**
 * The "Board deck" download of the Write step: the last run's results as a PowerPoint deck
 * (src/deck, the CLI's --deck), downloaded in Excel and standalone alike. In Excel the pane
 * says where the file goes and what Excel on Mac cannot do (flow/downloadFile.ts).
 */
export function DeckChoice({ mode, deck, onDownload }: DeckChoiceProps): React.JSX.Element {
  const styles = useStepStyles();
  const { t } = useTranslation();
  return (
    <section className={styles.section} aria-label={t("deckPane:heading")}>
      <Text as="h3" weight="semibold">
        {t("deckPane:heading")}
      </Text>
      <Text size={200} className={styles.hint}>
        {t("deckPane:hint")}
      </Text>
      {mode === "excel" && (
        <Text size={200} className={styles.hint}>
          {t("deckPane:excelHint")}
        </Text>
      )}
      <div>
        <Button
          className={styles.wrapButton}
          disabled={deck.status === "building"}
          onClick={onDownload}
        >
          {t("deckPane:download")}
        </Button>
      </div>
      <div role="status" className={styles.section}>
        {deck.status === "building" && <Spinner size="small" label={t("deckPane:building")} />}
        {deck.status === "downloaded" && (
          <>
            <Text className={styles.data}>
              {t("deckPane:downloaded", { fileName: deck.fileName })}
            </Text>
            <Link href={deck.url} download={deck.fileName} className={styles.data}>
              {t("deckPane:downloadAgain", { fileName: deck.fileName })}
            </Link>
          </>
        )}
      </div>
      {deck.status === "failed" && (
        <ProblemMessage problem={deck.problem} title={t("deckPane:failedTitle")} />
      )}
    </section>
  );
}
