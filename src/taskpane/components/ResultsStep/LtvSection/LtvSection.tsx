import * as React from "react";
import { MessageBar, MessageBarBody, Text, mergeClasses, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { HoldoutCheck, LtvResult } from "../../../../analytics/ltv";
import { distinctMessages } from "../engineMessage";
import type { Formatters } from "../../../../format/formatters";
import { SectionHeading } from "../SectionHeading";
import { useResultsStyles } from "../useResultsStyles.styles";

export type LtvSectionProps = {
  readonly ltv: LtvResult;
  readonly fmt: Formatters;
};

type Definition = { key: string; term: string; value: string };

/** Mean of the non-null values; null when there is none. */
function meanOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? known.reduce((s, v) => s + v, 0) / known.length : null;
}

/**
 * The LTV summary: historical figures, average predictions, and the model check (BG/NBD and
 * Gamma-Gamma parameters with their log-likelihoods, holdout predicted vs actual, and the
 * warnings that say why a model was not fitted or used).
 */
export function LtvSection({ ltv, fmt }: LtvSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useResultsStyles();
  const headingId = useId("ltv");
  const warningsId = useId("ltv-warnings");
  const na = t("pane:resultsView.format.notAvailable");
  const { settings, historical, bgnbd, gammaGamma, holdout } = ltv;
  const overall = historical.overall;
  const averageClv = meanOf(ltv.customers.map((c) => c.clv));
  const averagePAlive = meanOf(ltv.customers.map((c) => c.pAlive));
  const unit = t(`ltv:units.${settings.timeUnit}`);
  const parameter = (v: number) => fmt.decimal(v, 3);

  const soFar: Definition[] = [
    { key: "customers", term: "customers", value: fmt.integer(overall.customers) },
    { key: "netRevenue", term: "netRevenue", value: fmt.currency(overall.netRevenue) },
    { key: "orders", term: "orders", value: fmt.integer(overall.orders) },
    { key: "aov", term: "aov", value: fmt.currency(overall.averageOrderValue) },
    {
      key: "purchasesPerYear",
      term: "purchasesPerYear",
      value: fmt.decimal(overall.purchasesPerYear, 2),
    },
    {
      key: "averageClv",
      term: "averageClv",
      value: averageClv === null ? na : fmt.currency(averageClv),
    },
    {
      key: "averagePAlive",
      term: "averagePAlive",
      value: averagePAlive === null ? na : fmt.percent(averagePAlive),
    },
  ].map((d) => ({ ...d, term: t(`pane:resultsView.ltv.${d.term}`) }));

  const models: Definition[] = [
    {
      key: "bgnbd",
      term: t("pane:resultsView.ltv.purchaseModel"),
      value: bgnbd
        ? `${t("pane:resultsView.ltv.bgnbdParams", {
            r: parameter(bgnbd.params.r),
            alpha: parameter(bgnbd.params.alpha),
            a: parameter(bgnbd.params.a),
            b: parameter(bgnbd.params.b),
          })}; ${t("pane:resultsView.ltv.logLikelihood", { value: fmt.decimal(bgnbd.logLikelihood, 1) })}`
        : t("pane:resultsView.ltv.notFitted"),
    },
    {
      key: "gammaGamma",
      term: t("pane:resultsView.ltv.spendModel"),
      value: !gammaGamma
        ? t("pane:resultsView.ltv.notFitted")
        : !Number.isFinite(gammaGamma.params.q) || !Number.isFinite(gammaGamma.params.v)
          ? // The model at its limit (no difference between customers): an infinite parameter says nothing to a reader.
            t("pane:resultsView.ltv.gammaGammaLimit")
          : `${t("pane:resultsView.ltv.gammaGammaParams", {
              p: parameter(gammaGamma.params.p),
              q: parameter(gammaGamma.params.q),
              v: parameter(gammaGamma.params.v),
            })}; ${t("pane:resultsView.ltv.logLikelihood", { value: fmt.decimal(gammaGamma.logLikelihood, 1) })}`,
    },
    {
      key: "holdout",
      term: holdout
        ? t("pane:resultsView.ltv.holdout", { duration: fmt.decimal(holdout.duration, 1), unit })
        : t("ltv:holdout.title"),
      value: holdout
        ? t("pane:resultsView.ltv.holdoutValue", {
            predicted: fmt.decimal(holdout.predictedTotal, 1),
            actual: fmt.integer(holdout.actualTotal),
            mae: fmt.decimal(holdout.meanAbsoluteError, 2),
          })
        : t("pane:resultsView.ltv.noHoldout"),
    },
  ];
  const warnings = distinctMessages(t, fmt, ltv.warnings);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading section="ltv" id={headingId}>
        {t("pane:resultsView.ltv.heading")}
      </SectionHeading>
      <Text as="p" size={200} className={styles.muted}>
        {t("pane:resultsView.ltv.settings", {
          months: settings.horizonMonths,
          discount: fmt.percent(settings.monthlyDiscount),
          margin: fmt.percent(settings.margin),
          unit,
        })}
      </Text>
      <Definitions
        label={t("pane:resultsView.ltv.historical")}
        items={soFar}
        sideBySide
        data-part="historical"
      />
      <Definitions label={t("pane:resultsView.ltv.modelCheck")} items={models} data-part="models" />
      {holdout && <HoldoutTable holdout={holdout} fmt={fmt} />}
      {warnings.length > 0 && (
        <div role="group" aria-labelledby={warningsId} className={styles.section}>
          <Text id={warningsId} size={200} weight="semibold">
            {t("pane:resultsView.ltv.warnings")}
          </Text>
          {warnings.map((text) => (
            <MessageBar key={text} intent="warning">
              <MessageBarBody>{text}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
    </section>
  );
}

/** A titled description list: terms above their values, which fits any pane width. */
function Definitions({
  label,
  items,
  sideBySide = false,
  ...rest
}: {
  label: string;
  items: readonly Definition[];
  /** Short values: each beside its term rather than under it. */
  sideBySide?: boolean;
  "data-part": string;
}): React.JSX.Element {
  const styles = useResultsStyles();
  const labelId = useId("definitions");
  return (
    <div role="group" aria-labelledby={labelId} {...rest}>
      <Text as="h4" id={labelId} size={200} weight="semibold" className={styles.subheading}>
        {label}
      </Text>
      <dl className={mergeClasses(styles.definitions, sideBySide && styles.definitionsSideBySide)}>
        {items.map((item) => (
          <React.Fragment key={item.key}>
            <dt className={styles.term} data-term={item.key}>
              {item.term}
            </dt>
            <dd className={mergeClasses(styles.definition, sideBySide && styles.valueEnd)}>
              {item.value}
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </div>
  );
}

/**
 * Predicted vs actual holdout purchases per customer, grouped by repeat purchases in the
 * calibration period (Fader, Hardie & Lee 2005, figure 3): where the model over- or
 * under-predicts.
 */
function HoldoutTable({
  holdout,
  fmt,
}: {
  holdout: HoldoutCheck;
  fmt: Formatters;
}): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useResultsStyles();
  const header = `${styles.cell} ${styles.headerCell}`;
  const number = `${styles.cell} ${styles.number}`;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t("pane:resultsView.ltv.holdoutTable")}</caption>
      <thead>
        <tr>
          <th scope="col" className={header}>
            {t("ltv:holdout.group")}
          </th>
          <th scope="col" className={`${header} ${styles.number}`}>
            {t("pane:resultsView.ltv.holdoutCustomers")}
          </th>
          <th scope="col" className={`${header} ${styles.number}`}>
            {t("pane:resultsView.ltv.holdoutActual")}
          </th>
          <th scope="col" className={`${header} ${styles.number}`}>
            {t("pane:resultsView.ltv.holdoutPredicted")}
          </th>
        </tr>
      </thead>
      <tbody>
        {holdout.groups.map((group) => (
          <tr key={group.label}>
            <th scope="row" className={header}>
              {group.label}
            </th>
            <td className={number}>{fmt.integer(group.customers)}</td>
            <td className={number}>{fmt.decimal(group.actualMean, 2)}</td>
            <td className={number}>{fmt.decimal(group.predictedMean, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
