import * as React from "react";
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from "@fluentui/react-charts";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The library capitalises every word of a legend ("Part Des Clients"): keep our sentence case.
  legend: { textTransform: "none" },
});

export type SegmentChartProps = {
  /** One group of bars per segment: its name and the two shares (fractions). */
  readonly rows: readonly { name: string; customerShare: number; revenueShare: number }[];
  readonly customersLabel: string;
  readonly revenueLabel: string;
  readonly title: string;
  /** Intl locale of the pane language, for the axis and callout numbers. */
  readonly locale: string;
  readonly formatPercent: (fraction: number) => string;
};

/**
 * Share of customers beside share of revenue for each segment (the "20 % of customers make
 * 60 % of revenue" picture). Both series are shares, so they share one axis in percent.
 * Colours are the library's own palette, which follows the light, dark and high-contrast themes
 * (design tokens are CSS variables, which SVG fill attributes cannot resolve).
 * Default export: the Results view loads it lazily, after its tables.
 */
export default function SegmentChart({
  rows,
  customersLabel,
  revenueLabel,
  title,
  locale,
  formatPercent,
}: SegmentChartProps): React.JSX.Element {
  const styles = useStyles();
  const data: GroupedVerticalBarChartData[] = rows.map((row) => ({
    name: row.name,
    series: [
      {
        key: "customers",
        legend: customersLabel,
        data: row.customerShare * 100,
        yAxisCalloutData: formatPercent(row.customerShare),
      },
      {
        key: "revenue",
        legend: revenueLabel,
        data: row.revenueShare * 100,
        yAxisCalloutData: formatPercent(row.revenueShare),
      },
    ],
  }));
  return (
    <GroupedVerticalBarChart
      data={data}
      chartTitle={title}
      culture={locale}
      height={260}
      hideLabels
      rotateXAxisLables
      noOfCharsToTruncate={18}
      showXAxisLablesTooltip
      enabledLegendsWrapLines
      legendProps={{ styles: { legend: styles.legend } }}
      yAxisTickFormat={(value: number) => formatPercent(value / 100)}
    />
  );
}
