import { dayNumber, type Contact } from "../domain";
import { monthsBefore } from "../rfm/calendar";
import { activeWindowStart } from "./activeWindow";
import { DEFAULT_ACTIVE_MONTHS } from "./activeCustomers";
import { kpiSnapshotOfColumns } from "./kpiSnapshot";
import type { TransactionLines, TransactionsInput } from "../transactionLines";
import { lineColumns } from "./lineColumns";
import { monthlyRevenueOfColumns } from "./monthlyRevenue";
import { periodComparisons } from "./periodComparisons";
import type { KpiOptions, PeriodKpis } from "./types";

export { DEFAULT_ACTIVE_MONTHS };

/**
 * The board deck's KPIs as of the as-of date and as of the previous period (one calendar month
 * earlier by default: the migration's start), with the active window's revenue month by month.
 * Pure: both dates are parameters. See kpiSnapshot for each figure's definition.
 * `transactionColumns`: the transactions' columns when the caller shares them (runAnalyses).
 */
export function analyzeKpis(
  transactions: TransactionsInput,
  contacts: readonly Contact[],
  options: KpiOptions,
  transactionColumns?: TransactionLines
): PeriodKpis {
  const activeMonths = options.activeMonths ?? DEFAULT_ACTIVE_MONTHS;
  const asOfDay = dayNumber(options.asOf);
  const previousDay =
    options.previousAsOf !== undefined ? dayNumber(options.previousAsOf) : monthsBefore(asOfDay, 1);
  const lines = lineColumns(transactions, transactionColumns);
  const snapshot = (day: number) =>
    kpiSnapshotOfColumns(lines, transactions, contacts, day, activeMonths);
  return {
    activeMonths,
    current: snapshot(asOfDay),
    previous: snapshot(previousDay),
    monthly: monthlyRevenueOfColumns(lines, activeWindowStart(asOfDay, activeMonths), asOfDay),
    comparisons: periodComparisons(transactions, contacts, asOfDay, activeMonths, lines),
  };
}
