import * as React from "react";
import { Spinner, Text, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { RfmResult } from "../../../../analytics/rfm";
import type { Formatters } from "../../../../format/formatters";
import { SectionHeading } from "../SectionHeading";
import { segmentName } from "../segmentName";
import { useResultsStyles } from "../useResultsStyles.styles";
import { ChartBoundary } from "./ChartBoundary";

// The charts library is the heaviest dependency of the pane: fetched after the table shows.
const SegmentChart = React.lazy(() => import("./SegmentChart"));

export type SegmentsSectionProps = {
  readonly rfm: RfmResult;
  readonly fmt: Formatters;
};

/**
 * The segment table (customers, revenue, their shares and the recommended action, in the map's
 * order, empty segments kept) and the chart of the shares.
 */
export function SegmentsSection({ rfm, fmt }: SegmentsSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const styles = useResultsStyles();
  const headingId = useId("segments");
  const rows = rfm.segments.map((row) => ({
    id: row.segment.id,
    name: segmentName(t, fmt, row.segment),
    action: t(row.segment.actionKey),
    ...row,
  }));
  const cell = `${styles.cell}`;
  const header = `${styles.cell} ${styles.headerCell}`;
  const number = `${styles.cell} ${styles.number}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading section="segments" id={headingId}>
        {t("pane:resultsView.segments.heading")}
      </SectionHeading>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {t("pane:resultsView.segments.caption", { map: t(`rfm:maps.${rfm.map.id}.name`) })}
        </caption>
        <colgroup>
          <col style={{ width: "46%" }} />
          <col style={{ width: "24%" }} />
          <col style={{ width: "30%" }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={header}>
              {t("pane:resultsView.segments.segment")}
            </th>
            <th scope="col" className={`${header} ${styles.number}`}>
              {t("pane:resultsView.segments.customers")}
            </th>
            <th scope="col" className={`${header} ${styles.number}`}>
              {t("pane:resultsView.segments.revenue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-segment={row.id}>
              <th scope="row" className={`${cell} ${styles.headerCell}`}>
                {row.name}
                <span className={`${styles.cellNote} ${styles.plainNote}`}>{row.action}</span>
              </th>
              <td className={number}>
                {fmt.integer(row.customers)}
                <span className={styles.cellNote}>{fmt.percent(row.customerShare)}</span>
              </td>
              <td className={number}>
                {fmt.currency(row.revenue)}
                <span className={styles.cellNote}>{fmt.percent(row.revenueShare)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <figure className={styles.figure} aria-label={t("pane:resultsView.segments.chartTitle")}>
        <ChartBoundary
          fallback={
            <Text className={styles.muted}>{t("pane:resultsView.segments.chartFailed")}</Text>
          }
        >
          <React.Suspense
            fallback={<Spinner size="tiny" label={t("pane:resultsView.segments.chartLoading")} />}
          >
            <SegmentChart
              rows={rows}
              title={t("pane:resultsView.segments.chartTitle")}
              customersLabel={t("pane:resultsView.segments.customersShare")}
              revenueLabel={t("pane:resultsView.segments.revenueShare")}
              locale={fmt.locale}
              formatPercent={fmt.percent}
            />
          </React.Suspense>
        </ChartBoundary>
      </figure>
    </section>
  );
}
