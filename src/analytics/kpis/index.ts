/** The board deck's period KPIs: customers, active customers, revenue, AOV, repeat rate, coverage. */
export { analyzeKpis, DEFAULT_ACTIVE_MONTHS, DEFAULT_COVERAGE_ACTIVE_DAYS } from "./analyzeKpis";
export { kpiSnapshot } from "./kpiSnapshot";
export { monthlyRevenue } from "./monthlyRevenue";
export { activeWindowStart } from "./activeWindow";
export type { KpiOptions, KpiSnapshot, MonthlyRevenue, PeriodKpis } from "./types";
export { KPI_IDS, KPI_PERIOD_KIND, kpiPeriod, kpiPeriods } from "./kpiPeriods";
export type { KpiId, KpiPeriod } from "./kpiPeriods";
export {
  periodComparisons,
  kpiChange,
  CHANGE_UNIT,
  COVERAGE_GRACE_DAYS,
} from "./periodComparisons";
export type {
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
