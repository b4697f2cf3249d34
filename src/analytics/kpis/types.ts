import type { Coverage } from "../campaigns/types";
import type { KpiComparisons } from "./comparisonTypes";

export interface KpiOptions {
  /** The analysis date: only transactions on days strictly before it count (as in RFM). */
  asOf: number;
  /** The previous period's as-of date [one calendar month before `asOf`, as the migration]. */
  previousAsOf?: number;
  /** A customer is active with a purchase in the last N calendar months before the as-of date [12]. */
  activeMonths?: number;
  /** Coverage's own activity window in days, up to and including the last day before the as-of date [365, as campaigns]. */
  coverageActiveDays?: number;
}

/** The board-deck figures as of one date. Revenue and orders are those of the active window. */
export interface KpiSnapshot {
  /** "YYYY-MM-DD": the as-of date (excluded) and the first day of the active window (included). */
  asOf: string;
  windowStart: string;
  /** Customers with a purchase on any day before the as-of date. */
  customers: number;
  /** Customers with a purchase in the active window. */
  activeCustomers: number;
  /** Net revenue of the active window: every line's amount, returns subtracting. */
  revenue: number;
  /** Distinct purchase occasions in the active window (invoice ids; days for lines without one). */
  orders: number;
  /** revenue / orders; null without orders. */
  aov: number | null;
  /** Customers with two purchase occasions or more, over all history before the as-of date. */
  repeatCustomers: number;
  /** repeatCustomers / customers; null without customers. */
  repeatRate: number | null;
  /** Share of active customers contacted this year (campaigns' definition); null without contacts. */
  coverage: Coverage | null;
}

/** One calendar month of the active window (the first and last may be partial). */
export interface MonthlyRevenue {
  /** "YYYY-MM" */
  month: string;
  /** "YYYY-MM-DD": first day of the month inside the window. */
  from: string;
  /** Days of the month inside the window (fewer than the month's length for a partial month). */
  days: number;
  revenue: number;
  /** Purchase occasions, each counted in the month of its first line in the window. */
  orders: number;
  /** Customers with a purchase in the month. */
  buyers: number;
}

export interface PeriodKpis {
  activeMonths: number;
  current: KpiSnapshot;
  previous: KpiSnapshot;
  /** The active window of `current`, month by month: its revenue sums to current.revenue. */
  monthly: MonthlyRevenue[];
  /**
   * This month (the last complete one) vs last month and the same month last year, year to date
   * vs last year to date (periodComparisons). Optional: results built before it stay valid.
   */
  comparisons?: KpiComparisons;
}
