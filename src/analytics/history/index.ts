/** The month in context: month-end segment history, new vs returning buyers, cohorts. */
export { monthEnds, monthStart } from "./monthEnds";
export type { MonthEnd } from "./monthEnds";
export { segmentHistory } from "./segmentHistory";
export { customerMonths } from "./customerMonths";
export { customerLines } from "./customerLines";
export type { CustomerLines } from "./customerLines";
export { historyJson } from "./historyJson";
export type { HistoryJson } from "./historyJson";
export type {
  SegmentHistory,
  SegmentHistoryMonth,
  BuyersOfMonth,
  Cohort,
  CustomerMonths,
} from "./types";
