import type { KpiId } from "./kpiPeriods";

/** The Dashboard's KPIs that the period comparisons compare (coverage only with contacts). */
export type ComparedKpiId = KpiId | "coverage";

/**
 * The unit of a change: "relative" = current / previous - 1 as a fraction (0.042 = +4.2 %), for
 * counts and amounts; "points" = (current - previous) x 100 for rates (1.2 = +1.2 pts): a change
 * of a rate is never a relative %.
 */
export type ChangeUnit = "relative" | "points";

/** The five periods the comparisons read. */
export type ComparedPeriodId =
  "thisMonth" | "lastMonth" | "sameMonthLastYear" | "yearToDate" | "lastYearToDate";

/** The three comparisons: this month vs last month and vs the same month last year; YTD vs last YTD. */
export type ComparisonId = "lastMonth" | "sameMonthLastYear" | "yearToDate";

/** Why a period has no values: the data starts after its first day (plus the grace days). */
export interface PeriodMissing {
  reason: "beforeData";
  /** First day of the data, ISO. */
  dataFrom: string;
}

export interface ComparedPeriod {
  id: ComparedPeriodId;
  /** A calendar month, or 1 January to the end of a month. */
  kind: "month" | "yearToDate";
  /** First and last day, both included, ISO; `asOf` is the day after `to` (the snapshot's as-of). */
  from: string;
  to: string;
  asOf: string;
  /**
   * Each KPI over the period (revenue, orders, AOV, active customers = buyers of the period) or
   * at its end (customers, repeat rate, coverage): kpiSnapshot's definitions with the period as
   * the active window. Null when the data does not cover the period (`missing` says why).
   */
  values: Record<ComparedKpiId, number | null> | null;
  missing: PeriodMissing | null;
}

/** One KPI in one comparison: both values and the change in the KPI's unit. */
export interface ComparedKpi {
  id: ComparedKpiId;
  unit: ChangeUnit;
  current: number | null;
  /** Null when the previous period is missing, or the figure undefined (AOV without orders). */
  previous: number | null;
  /** In `unit`; null when either value is null, or a relative change over a previous value <= 0. */
  change: number | null;
}

export interface KpiComparison {
  id: ComparisonId;
  current: ComparedPeriodId;
  previous: ComparedPeriodId;
  /** The current or previous period's reason for missing values, null when both have values. */
  missing: PeriodMissing | null;
  kpis: ComparedKpi[];
}

export interface KpiComparisons {
  /** "This month" is the last calendar month that ended before the as-of date (never a part month). */
  thisMonth: "lastCompleteMonth";
  /** First day of the data (any readable line), ISO; null without lines. */
  dataFrom: string | null;
  periods: Record<ComparedPeriodId, ComparedPeriod>;
  comparisons: KpiComparison[];
}
