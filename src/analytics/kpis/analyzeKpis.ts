import { dayNumber, type Contact, type Transaction } from "../domain";
import { monthsBefore } from "../rfm/calendar";
import { activeWindowStart } from "./activeWindow";
import { kpiSnapshotOfColumns } from "./kpiSnapshot";
import { lineColumns } from "./lineColumns";
import { monthlyRevenueOfColumns } from "./monthlyRevenue";
import { periodComparisons } from "./periodComparisons";
import type { KpiOptions, PeriodKpis } from "./types";

export const DEFAULT_ACTIVE_MONTHS = 12;
export const DEFAULT_COVERAGE_ACTIVE_DAYS = 365;

/**
 * The board deck's KPIs as of the as-of date and as of the previous period (one calendar month
 * earlier by default: the migration's start), with the active window's revenue month by month.
 * Pure: both dates are parameters. See kpiSnapshot for each figure's definition.
 */
export function analyzeKpis(
  transactions: readonly Transaction[],
  contacts: readonly Contact[],
  options: KpiOptions
): PeriodKpis {
  const activeMonths = options.activeMonths ?? DEFAULT_ACTIVE_MONTHS;
  const coverageDays = options.coverageActiveDays ?? DEFAULT_COVERAGE_ACTIVE_DAYS;
  const asOfDay = dayNumber(options.asOf);
  const previousDay =
    options.previousAsOf !== undefined ? dayNumber(options.previousAsOf) : monthsBefore(asOfDay, 1);
  const lines = lineColumns(transactions);
  const snapshot = (day: number) =>
    kpiSnapshotOfColumns(lines, transactions, contacts, day, activeMonths, coverageDays);
  return {
    activeMonths,
    current: snapshot(asOfDay),
    previous: snapshot(previousDay),
    monthly: monthlyRevenueOfColumns(lines, activeWindowStart(asOfDay, activeMonths), asOfDay),
    comparisons: periodComparisons(transactions, contacts, asOfDay, coverageDays, lines),
  };
}
