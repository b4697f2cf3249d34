import * as React from "react";
import { Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Formatters } from "../../../../format/formatters";
import type { PeriodCard, ResultsKpis } from "../resultsKpis";
import { SectionHeading } from "../SectionHeading";
import { useResultsStyles } from "../useResultsStyles.styles";

export type KpiCardsProps = {
  readonly kpis: ResultsKpis;
  readonly clvMonths: number | null;
  readonly fmt: Formatters;
};

/** `period`: the figure's period, worded as on the report's Dashboard ("12 months to 2024-12-31"). */
type Card = { key: string; label: string; value: string; period?: string; hint?: string };

const useStyles = makeStyles({
  // As many columns of at least ~8.5rem as fit: two at 320 px, three at 450 px.
  grid: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 8.5rem), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  label: { color: tokens.colorNeutralForeground2 },
});

const LONG_VALUE = 11;

/** The headline figures as cards; a figure the data cannot give says why instead. */
export function KpiCards({ kpis, clvMonths, fmt }: KpiCardsProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useStyles();
  const shared = useResultsStyles();
  const headingId = useId("kpis");
  const na = t("pane:resultsView.format.notAvailable");
  const show = (value: number | null, format: (v: number) => string) =>
    value === null ? na : format(value);
  const period = (id: PeriodCard): string | undefined => {
    const p = kpis.periods?.[id];
    return p
      ? t(`pane:resultsView.kpis.period.${p.kind}`, { months: kpis.activeMonths ?? 12, to: p.to })
      : undefined;
  };
  const cards: Card[] = [
    {
      key: "customers",
      label: t("pane:resultsView.kpis.customers"),
      period: period("customers"),
      value: show(kpis.customers, fmt.integer),
    },
    {
      key: "activeCustomers",
      label: t("pane:resultsView.kpis.activeCustomers"),
      period: period("activeCustomers"),
      value: show(kpis.activeCustomers, fmt.integer),
      hint: t("pane:resultsView.kpis.activeHint"),
    },
    {
      key: "revenue",
      label: t("pane:resultsView.kpis.revenue"),
      period: period("revenue"),
      value: show(kpis.revenue, fmt.currency),
      hint: t("pane:resultsView.kpis.revenueHint"),
    },
    {
      key: "aov",
      label: t("pane:resultsView.kpis.aov"),
      period: period("aov"),
      value: show(kpis.averageOrderValue, fmt.currency),
    },
    {
      key: "repeatRate",
      label: t("pane:resultsView.kpis.repeatRate"),
      period: period("repeatRate"),
      value: show(kpis.repeatRate, fmt.percent),
      hint: t("pane:resultsView.kpis.repeatHint"),
    },
    {
      key: "averageClv",
      label: t("pane:resultsView.kpis.averageClv"),
      value: show(kpis.averageClv, fmt.currency),
      hint:
        kpis.averageClv === null
          ? t("pane:resultsView.kpis.clvMissing")
          : t("pane:resultsView.kpis.averageClvHint", { months: clvMonths ?? 12 }),
    },
    {
      key: "bestCampaign",
      label: t("pane:resultsView.kpis.bestCampaign"),
      value: kpis.bestCampaign ? fmt.currency(kpis.bestCampaign.incrementalRevenue) : na,
      hint: kpis.bestCampaign?.campaign ?? t("pane:resultsView.kpis.noCampaign"),
    },
  ];
  // A card is ~8.5rem wide: a figure of more than 11 characters ("€2,276,346.93") at the large
  // size would break inside the number. Then every figure takes the next size down (the cards
  // stay alike); breaking anywhere stays the last resort of a narrower pane.
  const valueSize = cards.some((card) => card.value.length > LONG_VALUE) ? 400 : 500;
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <SectionHeading section="kpis" id={headingId}>
        {t("pane:resultsView.kpis.heading")}
      </SectionHeading>
      <ul className={styles.grid} aria-labelledby={headingId}>
        {cards.map((card) => (
          <li key={card.key} className={styles.card} data-kpi={card.key}>
            <Text size={200} className={styles.label}>
              {card.label}
            </Text>
            <Text size={valueSize} weight="semibold">
              {card.value}
            </Text>
            {card.period !== undefined && (
              <Text size={100} className={shared.small} data-period>
                {card.period}
              </Text>
            )}
            {card.hint !== undefined && (
              <Text size={100} className={shared.small}>
                {card.hint}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
