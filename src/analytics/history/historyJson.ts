import type { SegmentDefinition } from "../rfm/segmentMaps";
import type { BuyersOfMonth, Cohort, CustomerMonths, SegmentHistory } from "./types";

/** The month in context in the --json summary; segments named as the `rfm` section names them. */
export interface HistoryJson {
  /** Oldest first: the month, its as-of date (the day after it), customers and month revenue by segment. */
  monthEnds: {
    month: string;
    asOf: string;
    customers: Record<string, number>;
    revenue: Record<string, number>;
    unscoredRevenue: number;
  }[];
  buyers: BuyersOfMonth[];
  cohorts: Cohort[];
}

export function historyJson(
  segments: SegmentHistory,
  customers: CustomerMonths,
  definitions: readonly SegmentDefinition[],
  segmentName: (segment: SegmentDefinition) => string = (s) => s.id,
  isoDay: (day: number) => string
): HistoryJson {
  const names = new Map(definitions.map((d) => [d.id, segmentName(d)]));
  const named = (record: Record<string, number>) =>
    Object.fromEntries(segments.segments.map((id) => [names.get(id) ?? id, record[id]]));
  return {
    monthEnds: segments.months.map((m) => ({
      month: m.month,
      asOf: isoDay(m.asOfDay),
      customers: named(m.customers),
      revenue: named(m.revenue),
      unscoredRevenue: m.unscoredRevenue,
    })),
    buyers: customers.buyers,
    cohorts: customers.cohorts,
  };
}
