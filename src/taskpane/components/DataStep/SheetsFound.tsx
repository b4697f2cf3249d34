import { Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageFromLocale } from "../../../i18n";
import { formatCount } from "../shared/formatters";
import { StepSection } from "../shared/StepSection";
import { useStepStyles } from "../shared/useStepStyles.styles";
import type { WorkbookOverview } from "../../worker/engineTypes";

/** Every sheet of the source: its size, its header row and what it holds. */
export function SheetsFound({ overview }: { readonly overview: WorkbookOverview }) {
  const styles = useStepStyles();
  const { t, i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  return (
    <StepSection id="sheets-found-heading" heading={t("pane:data.sheetsHeading")}>
      <ul className={styles.list}>
        {overview.sheets.map((sheet) => (
          <li key={sheet.name}>
            <Text weight="semibold" className={styles.data}>
              {sheet.name}
            </Text>{" "}
            <Text size={200}>
              {sheet.headerRow === null
                ? t("pane:data.sheetNoHeader", { count: formatCount(sheet.rowCount, language) })
                : t("pane:data.sheetRows", {
                    count: formatCount(sheet.rowCount, language),
                    row: sheet.headerRow,
                  })}
              {" · "}
              {t("pane:data.holds", {
                kind: sheet.detectedKind
                  ? t(`common:kind.${sheet.detectedKind}`)
                  : t("pane:data.notRecognised"),
              })}
            </Text>
          </li>
        ))}
      </ul>
    </StepSection>
  );
}
