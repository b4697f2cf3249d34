import * as React from "react";
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";

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
  const data: GroupedVerticalBarChartData[] = rows.map((row) => ({
    name: row.name,
    series: [
      {
        key: "customers",
        legend: customersLabel,
        data: row.customerShare * 100,
        color: tokens.colorPaletteBlueForeground2,
        yAxisCalloutData: formatPercent(row.customerShare),
      },
      {
        key: "revenue",
        legend: revenueLabel,
        data: row.revenueShare * 100,
        color: tokens.colorPaletteDarkOrangeForeground2,
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
      wrapXAxisLables
      showXAxisLablesTooltip
      enabledLegendsWrapLines
      yAxisTickFormat={(value: number) => formatPercent(value / 100)}
    />
  );
}
