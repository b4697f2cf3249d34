import type { Contact } from "../domain";
import type { TransactionsInput } from "../transactionLines";
import { isoDay, monthsBefore } from "../rfm/calendar";
import { monthStart } from "../history/monthEnds";
import { KPI_IDS } from "./kpiPeriods";
import { kpiSnapshotOfColumns } from "./kpiSnapshot";
import { lineColumns, type LineColumns } from "./lineColumns";
import type {
  ChangeUnit,
  ComparedKpi,
  ComparedKpiId,
  ComparedPeriod,
  ComparedPeriodId,
  ComparisonId,
  KpiComparison,
  KpiComparisons,
  PeriodMissing,
} from "./comparisonTypes";

/** Rates change in points, counts and amounts in relative %. */
export const CHANGE_UNIT: Readonly<Record<ComparedKpiId, ChangeUnit>> = {
  customers: "relative",
  activeCustomers: "relative",
  revenue: "relative",
  orders: "relative",
  aov: "relative",
  repeatRate: "points",
  coverage: "points",
};

/**
 * Days the data may start after a period's first day and still cover it: a first sale on 2, 3
 * or 4 January is the calendar (a holiday, a weekend), not missing data. Later, the period is
 * missing: its revenue would be a part of the month's, shown as if whole.
 */
export const COVERAGE_GRACE_DAYS = 7;

const COMPARISONS: readonly [ComparisonId, ComparedPeriodId, ComparedPeriodId][] = [
  ["lastMonth", "thisMonth", "lastMonth"],
  ["sameMonthLastYear", "thisMonth", "sameMonthLastYear"],
  ["yearToDate", "yearToDate", "lastYearToDate"],
];

/** The change of `unit` from previous to current; null when it is not defined. */
export function kpiChange(
  unit: ChangeUnit,
  current: number | null,
  previous: number | null
): number | null {
  if (current === null || previous === null) return null;
  if (unit === "points") return (current - previous) * 100;
  return previous > 0 ? current / previous - 1 : null;
}

/**
 * The month in context for the Dashboard's KPIs: this month (the last complete calendar month
 * before the as-of date) vs last month and vs the same month last year, and the year to date
 * (1 January to the end of this month) vs the same months last year. Each period is one
 * kpiSnapshot with the period as its active window, so every figure keeps its one definition:
 * revenue, orders, AOV and active customers (buyers) over the period; customers, repeat rate and
 * coverage at its end. A period the data does not cover has null values and a reason.
 *
 * @example as of 2025-01-01: this month December 2024, last month November 2024, same month last
 * year December 2023, year to date 2024-01-01..2024-12-31 vs 2023-01-01..2023-12-31.
 */
export function periodComparisons(
  transactions: TransactionsInput,
  contacts: readonly Contact[],
  asOfDay: number,
  activeMonths: number,
  lines: LineColumns = lineColumns(transactions)
): KpiComparisons {
  let firstDay = Infinity;
  for (let i = 0; i < lines.n; i++) if (lines.day[i] < firstDay) firstDay = lines.day[i];
  const dataFrom = Number.isFinite(firstDay) ? isoDay(firstDay) : null;
  const hasContacts = contacts.length > 0;

  const thisMonthEnd = monthStart(asOfDay); // as-of of this month: the 1st of the next
  const monthsOfYear = new Date((thisMonthEnd - 1) * 86_400_000).getUTCMonth() + 1;
  const period = (
    id: ComparedPeriodId,
    kind: ComparedPeriod["kind"],
    end: number,
    months: number
  ): ComparedPeriod => {
    const from = monthsBefore(end, months);
    const missing: PeriodMissing | null =
      dataFrom === null || firstDay > from + COVERAGE_GRACE_DAYS
        ? { reason: "beforeData", dataFrom: dataFrom ?? isoDay(end) }
        : null;
    let values: ComparedPeriod["values"] = null;
    if (missing === null) {
      const s = kpiSnapshotOfColumns(lines, transactions, contacts, end, months);
      // Coverage keeps its one definition (active = the Dashboard's window of activeMonths
      // before the period's end, kpis/activeCustomers.ts), not the period's buyers.
      const coverage = !hasContacts
        ? null
        : months === activeMonths
          ? s.coverage
          : kpiSnapshotOfColumns(lines, transactions, contacts, end, activeMonths).coverage;
      values = {
        customers: s.customers,
        activeCustomers: s.activeCustomers,
        revenue: s.revenue,
        orders: s.orders,
        aov: s.aov,
        repeatRate: s.repeatRate,
        coverage: coverage?.share ?? null,
      };
    }
    return {
      id,
      kind,
      from: isoDay(from),
      to: isoDay(end - 1),
      asOf: isoDay(end),
      values,
      missing,
    };
  };
  const lastYearEnd = monthsBefore(thisMonthEnd, 12);
  const periods: Record<ComparedPeriodId, ComparedPeriod> = {
    thisMonth: period("thisMonth", "month", thisMonthEnd, 1),
    lastMonth: period("lastMonth", "month", monthsBefore(thisMonthEnd, 1), 1),
    sameMonthLastYear: period("sameMonthLastYear", "month", lastYearEnd, 1),
    yearToDate: period("yearToDate", "yearToDate", thisMonthEnd, monthsOfYear),
    lastYearToDate: period("lastYearToDate", "yearToDate", lastYearEnd, monthsOfYear),
  };

  const ids: ComparedKpiId[] = hasContacts ? [...KPI_IDS, "coverage"] : [...KPI_IDS];
  const comparisons = COMPARISONS.map(([id, currentId, previousId]): KpiComparison => {
    const current = periods[currentId];
    const previous = periods[previousId];
    const kpis = ids.map((kpi): ComparedKpi => {
      const cur = current.values?.[kpi] ?? null;
      const prev = previous.values?.[kpi] ?? null;
      const unit = CHANGE_UNIT[kpi];
      return { id: kpi, unit, current: cur, previous: prev, change: kpiChange(unit, cur, prev) };
    });
    return {
      id,
      current: currentId,
      previous: previousId,
      missing: current.missing ?? previous.missing,
      kpis,
    };
  });
  return { thisMonth: "lastCompleteMonth", dataFrom, periods, comparisons };
}
