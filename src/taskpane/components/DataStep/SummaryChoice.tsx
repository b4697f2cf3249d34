import { Field, Select, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { FlowActions } from "../../flow/flowState";
import type { DataChoice, SheetOverview, WorkbookOverview } from "../../worker/engineTypes";
import { summarySheetInUse } from "../../worker/summaryInUse";
import { columnLetter } from "../../../analytics/pipeline/mapColumns";
import { useStepStyles } from "../shared/useStepStyles.styles";

export type SummaryChoiceProps = {
  readonly overview: WorkbookOverview;
  readonly choice: DataChoice;
  readonly actions: Pick<FlowActions, "chooseSheet">;
};

/**
 * The customer-summary role of the Data step: the sheet used as a per-customer summary (one row
 * a customer, from a warehouse or the lifetimes library), and when one is in use, its convention,
 * the columns read and, for a lifetimes summary, how its durations are read and what it cannot
 * give. The detected summary is used only when no transactions sheet is.
 */
export function SummaryChoice({ overview, choice, actions }: SummaryChoiceProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const withHeader = overview.sheets.filter((s) => s.headerRow !== null);
  const detected = overview.chosen.summary;
  const inUse = summarySheetInUse(choice, overview);
  const sheet = overview.sheets.find((s) => s.name === inUse);
  return (
    <>
      <Field
        label={t("pane:data.sheetFor", { kind: t("common:kind.summary") })}
        hint={t("summarySheet:roleHint")}
        className={styles.field}
      >
        <Select
          className={styles.select}
          value={choice.sheets.summary ?? ""}
          onChange={(_, data) => actions.chooseSheet("summary", data.value)}
        >
          <option value="">
            {detected && inUse === detected
              ? t("pane:data.sheetDetected", { sheet: detected })
              : detected
                ? t("summarySheet:notUsed")
                : t("pane:data.noneFound")}
          </option>
          {withHeader.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      {sheet?.summary?.convention && <SummaryColumns sheet={sheet} />}
    </>
  );
}

/** The convention of the summary in use and the column read for each of its fields. */
function SummaryColumns({ sheet }: { readonly sheet: SheetOverview }) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const match = sheet.summary!;
  const convention = match.convention!;
  return (
    <details className={styles.section}>
      <summary className={styles.data}>
        <Text size={200} weight="semibold">
          {t("pane:data.mappingHeading", { sheet: sheet.name, kind: t("common:kind.summary") })}
        </Text>{" "}
        <Text size={200}>{t(`summarySheet:convention.${convention}`)}</Text>
      </summary>
      {convention === "lifetimes" && (
        <>
          <Text as="p" size={200} className={styles.hint}>
            {t("summarySheet:lifetimesHint")}
          </Text>
          <Text as="p" size={200} className={styles.hint}>
            {t("summarySheet:missingForWarehouse", { columns: match.missing.join(", ") })}
          </Text>
        </>
      )}
      <Text as="h4" size={200} weight="semibold" className={styles.subheading}>
        {t("summarySheet:columnsFound")}
      </Text>
      <ul className={styles.list}>
        {Object.entries(match.columns).map(([name, found]) => (
          <li key={name}>
            <Text size={200} className={styles.data}>
              {t("summarySheet:columnLine", {
                column: name,
                header: t("pane:data.columnOption", {
                  letter: columnLetter(found!.column),
                  header: found!.header,
                }),
              })}
            </Text>
          </li>
        ))}
      </ul>
    </details>
  );
}
