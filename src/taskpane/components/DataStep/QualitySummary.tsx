import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { languageFromLocale } from "../../../i18n";
import type { ExclusionSummary } from "../../../analytics/quality";
import { problemText } from "../../flow/problemText";
import type { CheckState } from "../../flow/flowState";
import { formatCount } from "../shared/formatters";
import { ProblemMessage } from "../shared/ProblemMessage";
import { StepSection } from "../shared/StepSection";
import { useStepStyles } from "../shared/useStepStyles.styles";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(6rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  summary: { cursor: "pointer", overflowWrap: "anywhere" },
});

/**
 * The data-quality summary: rows read, used and excluded, then each exclusion by reason and
 * sheet, whose rows open on demand (the first ones, as Excel row numbers).
 */
export function QualitySummary({ check }: { readonly check: CheckState }) {
  const styles = useStepStyles();
  const own = useStyles();
  const { t, i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  if (check.status === "idle") return null;
  const heading = t("pane:data.qualityHeading");
  if (check.status === "checking") {
    return (
      <StepSection id="quality-heading" heading={heading}>
        <Spinner size="tiny" label={t("pane:data.checking")} />
      </StepSection>
    );
  }
  if (check.status === "failed") {
    return (
      <StepSection id="quality-heading" heading={heading}>
        <ProblemMessage problem={check.problem} />
      </StepSection>
    );
  }
  const { dataQuality, warnings } = check.data;
  const excludedCount = dataQuality.rowsRead - dataQuality.rowsUsed;
  const figures: [string, number][] = [
    ["pane:data.rowsRead", dataQuality.rowsRead],
    ["pane:data.rowsUsed", dataQuality.rowsUsed],
    ["pane:data.rowsExcluded", excludedCount],
  ];
  const lines = (list: readonly ExclusionSummary[]) => (
    <ul className={styles.list}>
      {list.map((e) => {
        // a summary sheet's reasons name their column (ExclusionSummary.detail)
        const label = e.reason.startsWith("summary.")
          ? `${t(`quality:${e.reason}.label`)} (${e.detail ?? ""})`
          : t(`quality:${e.reason}.label`);
        const more = e.count - e.rows.length;
        const rows = e.rows.map((r) => formatCount(r, language)).join(", ");
        return (
          <li key={`${e.sheet}/${e.reason}/${e.detail ?? ""}`}>
            <details>
              <summary className={own.summary}>
                {t("pane:data.excludedLine", {
                  label,
                  sheet: e.sheet,
                  count: formatCount(e.count, language),
                })}
              </summary>
              <Text size={200} className={styles.data}>
                {more > 0
                  ? t("pane:data.rowsMore", { rows, more: formatCount(more, language) })
                  : t("pane:data.rowsList", { rows })}
              </Text>
            </details>
          </li>
        );
      })}
    </ul>
  );
  return (
    <StepSection id="quality-heading" heading={heading}>
      <dl className={own.figures}>
        {figures.map(([key, value]) => (
          <div key={key} className={own.figure}>
            <dt>
              <Text size={200}>{t(key)}</Text>
            </dt>
            <dd className={own.value}>{formatCount(value, language)}</dd>
          </div>
        ))}
      </dl>
      {dataQuality.excluded.length === 0 ? (
        <Text>{t("pane:data.noExclusions")}</Text>
      ) : (
        <>
          <Text as="h4" size={200} weight="semibold" className={styles.subheading}>
            {t("pane:data.excludedHeading")}
          </Text>
          {lines(dataQuality.excluded)}
        </>
      )}
      {(dataQuality.flagged ?? []).length > 0 && (
        <>
          <Text as="h4" size={200} weight="semibold" className={styles.subheading}>
            {t("pane:data.flaggedHeading")}
          </Text>
          {lines(dataQuality.flagged ?? [])}
        </>
      )}
      {warnings.length > 0 && (
        <>
          <Text as="h4" size={200} weight="semibold" className={styles.subheading}>
            {t("pane:data.warningsHeading")}
          </Text>
          <ul className={styles.list}>
            {warnings.map((w, i) => (
              <li key={i}>
                <Text size={200}>{problemText(w, t)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </StepSection>
  );
}
