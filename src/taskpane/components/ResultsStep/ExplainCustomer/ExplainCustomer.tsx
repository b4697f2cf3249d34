import * as React from "react";
import { Button, Field, Input, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { LtvResult } from "../../../../analytics/ltv";
import {
  explainCustomer,
  MAP_BINS,
  type MetricPlacement,
  type RfmResult,
} from "../../../../analytics/rfm";
import type { Formatters } from "../../../../format/formatters";
import { SectionHeading } from "../SectionHeading";
import { segmentName } from "../segmentName";
import { useResultsStyles } from "../useResultsStyles.styles";
import { describeSegmentReason } from "./describeSegmentReason";

export type ExplainCustomerProps = {
  readonly rfm: RfmResult;
  readonly ltv: LtvResult | null;
  readonly fmt: Formatters;
};

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  field: { flexGrow: 1, flexBasis: "10rem", minWidth: 0 },
});

const metrics = ["recency", "frequency", "monetary"] as const;
type Metric = (typeof metrics)[number];

/**
 * "Explain this customer": type an id, see its R, F, M values, the cut points around each, its
 * scores, its segment and the rule that placed it (rfm explainCustomer), and its LTV prediction.
 */
export function ExplainCustomer({ rfm, ltv, fmt }: ExplainCustomerProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useStyles();
  const shared = useResultsStyles();
  const headingId = useId("explain");
  const [typed, setTyped] = React.useState("");
  const [asked, setAsked] = React.useState<string | null>(null);
  const ltvById = React.useMemo(() => new Map((ltv?.customers ?? []).map((c) => [c.id, c])), [ltv]);
  const explanation = React.useMemo(
    () => (asked === null ? null : explainCustomer(rfm, asked)),
    [rfm, asked]
  );
  const prediction = asked === null ? undefined : ltvById.get(asked);
  const months = ltv?.settings.horizonMonths ?? 12;
  const na = t("pane:resultsView.format.notAvailable");

  const valueOf = (metric: Metric, value: number) =>
    metric === "monetary" ? fmt.currency(value) : fmt.decimal(value, 2);
  const range = (metric: Metric, placement: MetricPlacement) => {
    const below = placement.below === null ? null : valueOf(metric, placement.below);
    const above = placement.above === null ? null : valueOf(metric, placement.above);
    if (below !== null && above !== null)
      return t("pane:resultsView.explain.between", { below, above });
    if (above !== null) return t("pane:resultsView.explain.upTo", { above });
    if (below !== null) return t("pane:resultsView.explain.above", { below });
    return null;
  };

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <SectionHeading section="explain" id={headingId}>
        {t("pane:resultsView.explain.heading")}
      </SectionHeading>
      <form
        role="search"
        aria-labelledby={headingId}
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          setAsked(typed.trim());
        }}
      >
        <Field label={t("pane:resultsView.explain.label")} className={styles.field}>
          <Input
            className={shared.input}
            value={typed}
            onChange={(_, data) => setTyped(data.value)}
          />
        </Field>
        <Button type="submit" appearance="primary">
          {t("pane:resultsView.explain.submit")}
        </Button>
      </form>
      <div aria-live="polite" role="status">
        {asked === null || asked === "" ? (
          <Text as="p" size={200} className={shared.muted}>
            {t("pane:resultsView.explain.prompt")}
          </Text>
        ) : explanation === null ? (
          <Text as="p" className={shared.muted}>
            {t("pane:resultsView.explain.unknown", { id: asked })}
          </Text>
        ) : (
          <div className={shared.section} data-part="explanation">
            <Text as="h4" size={200} weight="semibold" className={shared.subheading}>
              {t("pane:resultsView.explain.result", { id: explanation.id })}
            </Text>
            <dl className={shared.definitions}>
              {metrics.map((metric) => {
                const placement = explanation.placements[metric];
                const around = range(metric, placement);
                return (
                  <React.Fragment key={metric}>
                    <dt className={shared.term}>{t(`rfm:metrics.${metric}`)}</dt>
                    <dd className={shared.definition} data-metric={metric}>
                      {t("pane:resultsView.explain.value", {
                        value: valueOf(metric, placement.value),
                        score: placement.score,
                        bins: explanation.bins,
                      })}
                      {around !== null && <span className={shared.cellNote}>{around}</span>}
                      <span className={shared.cellNote}>
                        {t("pane:resultsView.explain.cutPoints", {
                          values: rfm.cutPoints[metric].map((v) => valueOf(metric, v)).join("; "),
                        })}
                      </span>
                    </dd>
                  </React.Fragment>
                );
              })}
              <dt className={shared.term}>{t("pane:resultsView.explain.segment")}</dt>
              <dd className={shared.definition} data-part="segment">
                {segmentName(t, fmt, explanation.segment)}
              </dd>
              <dt className={shared.term}>{t("pane:resultsView.explain.rule")}</dt>
              <dd className={shared.definition} data-part="rule">
                {describeSegmentReason(t, fmt, explanation)}
                {explanation.because.kind === "rule" && explanation.bins !== MAP_BINS && (
                  <span className={shared.cellNote}>
                    {t("pane:resultsView.explain.cell", {
                      bins: explanation.bins,
                      ...explanation.cell,
                    })}
                  </span>
                )}
              </dd>
              <dt className={shared.term}>{t("pane:resultsView.explain.prediction")}</dt>
              <dd className={shared.definition} data-part="prediction">
                {prediction === undefined || prediction.pAlive === null ? (
                  t("pane:resultsView.explain.noPrediction")
                ) : (
                  <>
                    <span className={shared.cellNote} data-value="pAlive">
                      {`${t("pane:resultsView.explain.pAlive")}: ${fmt.percent(prediction.pAlive)}`}
                    </span>
                    <span className={shared.cellNote} data-value="expectedPurchases">
                      {`${t("pane:resultsView.explain.expectedPurchases", { months })}: ${
                        prediction.expectedPurchases === null
                          ? na
                          : fmt.decimal(prediction.expectedPurchases, 2)
                      }`}
                    </span>
                    <span className={shared.cellNote} data-value="clv">
                      {`${t("pane:resultsView.explain.clv", { months })}: ${
                        prediction.clv === null ? na : fmt.currency(prediction.clv)
                      }`}
                    </span>
                  </>
                )}
              </dd>
            </dl>
            <Text size={200} className={shared.small}>
              {t("pane:resultsView.explain.recencyInverted")}
            </Text>
          </div>
        )}
      </div>
    </section>
  );
}
