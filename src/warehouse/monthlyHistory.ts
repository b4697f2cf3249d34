/**
 * The month in context from the monthly summary (monthly.csv, queries.ts monthlyQuery): new and
 * returning buyers and their net revenue over the last months that ended before the as-of date,
 * as history/customerMonths.ts counts them from the lines. The month-end segments and the
 * first-purchase cohorts need each customer's purchases month by month, which no summary holds:
 * they stay empty and the run's notes name them.
 */
import {
  HISTORY_MONTHS,
  type AnalysisHistory,
  type AnalysisResults,
} from "../analytics/runAnalyses";
import { monthEnds } from "../analytics/history";
import type { BuyersOfMonth } from "../analytics/history";
import type { MonthlyColumn, SummaryRow } from "./summaryContract";

const num = (v: unknown) => v as number;

/** "2024-11" -> 202411, the monthly summary's month key. */
const monthKey = (month: string) => Number(month.replace("-", ""));

/** New vs returning buyers of the `months` complete months before the as-of day, oldest first. */
export function buyersFromMonthly(
  rows: readonly SummaryRow<MonthlyColumn>[],
  asOfDay: number,
  months: number
): BuyersOfMonth[] {
  const byMonth = new Map(rows.map((r) => [num(r.month), r]));
  return monthEnds(asOfDay, months).map(({ month }) => {
    const row = byMonth.get(monthKey(month));
    // a month without a line has no row: nobody bought (customerMonths' zeros)
    return {
      month,
      newCustomers: row ? num(row.new) : 0,
      returningCustomers: row ? num(row.returning) : 0,
      newRevenue: row ? num(row.new_revenue) : 0,
      returningRevenue: row ? num(row.returning_revenue) : 0,
    };
  });
}

/** The history the monthly summary gives: buyers by month; no month-end segments, no cohorts. */
export function historyFromMonthly(
  rows: readonly SummaryRow<MonthlyColumn>[],
  asOfDay: number,
  segmentIds: readonly string[],
  months: number
): AnalysisHistory {
  return {
    segments: { segments: [...segmentIds], months: [] },
    customers: { buyers: buyersFromMonthly(rows, asOfDay, months), cohorts: [] },
  };
}

/**
 * The results with the history the monthly summary gives, once it is read: buyers by month
 * (nothing without the customers' RFM, as analyzeSummaries has none then).
 */
export function withMonthlyHistory(
  results: AnalysisResults,
  monthly: readonly SummaryRow<MonthlyColumn>[]
): AnalysisResults {
  if (!results.rfm || results.asOf === null) return results;
  const segments = results.rfm.map.segments.map((s) => s.id);
  const asOfDay = results.asOf / 86_400_000;
  return { ...results, history: historyFromMonthly(monthly, asOfDay, segments, HISTORY_MONTHS) };
}
