import * as React from "react";
import { Field, Input, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { planTest } from "../../../../analytics/uplift/testPlanner";
import type { Formatters } from "../../../../format/formatters";
import { SectionHeading } from "../SectionHeading";
import { useResultsStyles } from "../useResultsStyles.styles";
import {
  FIELD_RANGES,
  invalidFields,
  planOf,
  type PlannerField,
  type PlannerInputs,
} from "./plannerFields";

export type TestPlannerProps = {
  /** Control conversion rate seen in the data (a fraction), the suggested baseline; null if none. */
  readonly observedBaseline: number | null;
  readonly fmt: Formatters;
};

const useStyles = makeStyles({
  // Two fields a row when they fit (450 px), one at 320 px.
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 9rem), 1fr))",
    gap: tokens.spacingHorizontalS,
    // Each field keeps its own height: a two-line label must not stretch its neighbour's input.
    alignItems: "start",
  },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
});

const fieldOrder: PlannerField[] = ["baseline", "effect", "power", "treatedShare"];

/** The initial inputs: the observed control rate (one decimal) or 2 %, 1 point, 80 %, 50/50. */
function initialInputs(observedBaseline: number | null, fmt: Formatters): PlannerInputs {
  const baseline =
    observedBaseline !== null && observedBaseline > 0 && observedBaseline < 1
      ? Math.round(observedBaseline * 1000) / 10
      : 2;
  return {
    baseline: fmt.decimal(baseline, 1),
    effect: fmt.decimal(1, 1),
    power: "80",
    treatedShare: "50",
  };
}

/**
 * The test planner: baseline rate, uplift to detect, power and split -> customers needed in each
 * group (planTest: the pooled two-proportion z-test's sample size), with the formula named.
 * Recomputed as the user types; a field that is not a number in range says so.
 */
export function TestPlanner({ observedBaseline, fmt }: TestPlannerProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useStyles();
  const shared = useResultsStyles();
  const headingId = useId("planner");
  const [inputs, setInputs] = React.useState<PlannerInputs>(() =>
    initialInputs(observedBaseline, fmt)
  );
  const invalid = invalidFields(inputs);
  const plan = invalid.length === 0 ? planTest(planOf(inputs)) : null;

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <SectionHeading section="planner" id={headingId}>
        {t("pane:resultsView.planner.heading")}
      </SectionHeading>
      <Text as="p" size={200} className={shared.muted}>
        {t("pane:resultsView.planner.intro")}
      </Text>
      <div className={styles.fields}>
        {fieldOrder.map((field) => (
          <Field
            key={field}
            className={shared.field}
            label={t(`pane:resultsView.planner.${field}`)}
            validationMessage={
              invalid.includes(field)
                ? t("pane:resultsView.planner.invalid", {
                    min: fmt.decimal(FIELD_RANGES[field].min, 1),
                    max: fmt.decimal(FIELD_RANGES[field].max, 1),
                  })
                : undefined
            }
            hint={
              field === "baseline" && observedBaseline !== null
                ? t("pane:resultsView.planner.baselineHint", {
                    rate: fmt.percent(observedBaseline),
                  })
                : undefined
            }
          >
            <Input
              className={shared.input}
              inputMode="decimal"
              value={inputs[field]}
              onChange={(_, data) => setInputs((current) => ({ ...current, [field]: data.value }))}
            />
          </Field>
        ))}
      </div>
      <div role="status" aria-live="polite" className={styles.result}>
        {invalid.length > 0 ? null : plan === null ? (
          <Text>{t("pane:resultsView.planner.impossible")}</Text>
        ) : (
          <>
            <Text weight="semibold">{t("pane:resultsView.planner.result")}</Text>
            <Text data-part="plan">
              {t("pane:resultsView.planner.perGroup", {
                nTreated: fmt.integer(plan.nTreated),
                nControl: fmt.integer(plan.nControl),
                total: fmt.integer(plan.total),
              })}
            </Text>
          </>
        )}
      </div>
      <Text as="p" size={200} className={shared.small}>
        {t("pane:resultsView.planner.formula")}
      </Text>
    </section>
  );
}
