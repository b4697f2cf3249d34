import { Field, Select, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SheetKind } from "../../../analytics/domain";
import { fieldsOf, requiredFieldsOf } from "../../../analytics/input/fields";
import type { ColumnChoice } from "../../../analytics/input/proposeMapping";
import { columnLetter } from "../../../analytics/pipeline/mapColumns";
import { unusedAlternatives } from "../../../analytics/pipeline/mappingReport";
import { languageFromLocale } from "../../../i18n";
import type { FlowActions } from "../../flow/flowState";
import { formatPercent } from "../shared/formatters";
import { StepSection } from "../shared/StepSection";
import { useStepStyles } from "../shared/useStepStyles.styles";
import type { DataChoice, SheetOverview, WorkbookOverview } from "../../worker/engineTypes";
import { summarySheetInUse } from "../../worker/summaryInUse";
import { SummaryChoice } from "./SummaryChoice";

const kinds: readonly SheetKind[] = ["transactions", "customers", "contacts"];

export type DataChoiceEditorProps = {
  readonly overview: WorkbookOverview;
  readonly choice: DataChoice;
  readonly actions: Pick<FlowActions, "chooseSheet" | "chooseColumn">;
};

/**
 * The sheet used for each kind of data and, for each sheet used, the column of every field with
 * a dropdown to correct it. The proposal's confidence is shown under each field. Then the
 * customer summary, which replaces the other sheets when it is in use (SummaryChoice).
 */
export function DataChoiceEditor({ overview, choice, actions }: DataChoiceEditorProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const withHeader = overview.sheets.filter((s) => s.headerRow !== null);
  const summaryInUse = summarySheetInUse(choice, overview) !== null;
  return (
    <StepSection id="sheets-used-heading" heading={t("pane:data.useHeading")}>
      {kinds.map((kind) => {
        const chosen = choice.sheets[kind] ?? "";
        const detected = overview.chosen[kind];
        return (
          <Field
            key={kind}
            label={t("pane:data.sheetFor", { kind: t(`common:kind.${kind}`) })}
            className={styles.field}
          >
            <Select
              className={styles.select}
              value={chosen}
              onChange={(_, data) => actions.chooseSheet(kind, data.value)}
            >
              <option value="">
                {detected
                  ? t("pane:data.sheetDetected", { sheet: detected })
                  : t("pane:data.noneFound")}
              </option>
              {withHeader.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <SummaryChoice overview={overview} choice={choice} actions={actions} />
      {/* With a summary in use, the other sheets are not read: no columns to check. */}
      {kinds.map((kind) => {
        if (summaryInUse) return null;
        const name = choice.sheets[kind] ?? overview.chosen[kind];
        const sheet = overview.sheets.find((s) => s.name === name);
        return sheet ? (
          <MappingEditor
            key={kind}
            kind={kind}
            sheet={sheet}
            overrides={(choice.mappings[kind] ?? {}) as Record<string, number>}
            onChoose={(field, column) => actions.chooseColumn(kind, field, column)}
          />
        ) : null;
      })}
    </StepSection>
  );
}

type MappingEditorProps = {
  readonly kind: SheetKind;
  readonly sheet: SheetOverview;
  readonly overrides: Readonly<Record<string, number>>;
  readonly onChoose: (field: string, column: number | null) => void;
};

/** One dropdown per field of the kind: the columns of the sheet, the proposed one selected. */
function MappingEditor({ kind, sheet, overrides, onChoose }: MappingEditorProps) {
  const styles = useStepStyles();
  const { t, i18n } = useTranslation();
  const language = languageFromLocale(i18n.language);
  const proposal = sheet.proposals[kind];
  const proposed = (proposal?.fields ?? {}) as Partial<Record<string, ColumnChoice>>;
  const required = requiredFieldsOf[kind] as readonly string[];
  // The mapping in force: the proposal with the user's choices over it.
  const mapping: Record<string, number> = { ...overrides };
  for (const [field, choice] of Object.entries(proposed)) {
    if (choice && mapping[field] === undefined) mapping[field] = choice.column;
  }
  // Required fields without a column, or matched only loosely, need the user's eye: open.
  const toCheck = required.filter(
    (field) => overrides[field] === undefined && !((proposed[field]?.confidence ?? 0) >= 0.9)
  ).length;
  return (
    <details className={styles.section} open={toCheck > 0}>
      <summary className={styles.data}>
        <Text size={200} weight="semibold">
          {t("pane:data.mappingHeading", { sheet: sheet.name, kind: t(`common:kind.${kind}`) })}
        </Text>{" "}
        <Text size={200}>
          {toCheck > 0
            ? t("pane:data.mappingToCheck", { count: toCheck })
            : t("pane:data.mappingFound")}
        </Text>
      </summary>
      <Text size={200} className={styles.hint}>
        {t("pane:data.mappingHint")}
      </Text>
      {(fieldsOf[kind] as readonly string[]).map((field) => {
        const override = overrides[field];
        const suggestion = proposed[field];
        const column = override ?? suggestion?.column;
        const label = t(
          required.includes(field) ? "pane:data.fieldRequired" : "pane:data.fieldLabel",
          {
            field: t(`common:field.${field}`),
          }
        );
        const match = suggestion
          ? t("pane:data.match", { percent: formatPercent(suggestion.confidence, language) })
          : undefined;
        // Other columns that could feed the field and feed nothing (two "Amount" columns, an
        // order and a delivery date): the proposal took one, the user is told which others.
        const others =
          override === undefined && proposal
            ? unusedAlternatives(proposal, field, mapping).map((c) =>
                t("pane:data.columnOption", { letter: columnLetter(c.column), header: c.header })
              )
            : [];
        const hint =
          override !== undefined
            ? t("pane:data.yourChoice")
            : others.length > 0
              ? t("pane:data.alsoPossible", { match, columns: others.join(", ") })
              : match;
        return (
          <Field key={field} label={label} hint={hint} className={styles.field}>
            <Select
              className={styles.select}
              value={column === undefined ? "" : String(column)}
              onChange={(_, data) => onChoose(field, data.value === "" ? null : Number(data.value))}
            >
              {/* Only a field without a proposed column can be left without one. */}
              {suggestion === undefined && <option value="">{t("pane:data.notMapped")}</option>}
              {sheet.headers.map((header, i) =>
                header === "" ? null : (
                  <option key={i} value={String(i)}>
                    {t("pane:data.columnOption", { letter: columnLetter(i), header })}
                  </option>
                )
              )}
            </Select>
          </Field>
        );
      })}
    </details>
  );
}
