/** The LTV sheet(s). PLACEHOLDER until its helper lands it: adds nothing yet. */
import type { ReportInput } from "../buildReport";
import type { ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";

/** Table names and column ids other sheets (the Dashboard) rely on. Add, never rename. */
export const LTV_TABLES = {
  /** One row a customer: columns id, segment, revenue, orders, aov, frequency, recency, T, pAlive, expectedPurchases, expectedSpend, clv. */
  customers: "LtvCustomers",
  /** One row a segment: columns segment, customers, revenue, clv (total), avgClv. */
  segments: "LtvSegments",
  /** Calibration / holdout check: columns group, predicted, actual. */
  holdout: "LtvHoldout",
} as const;

export function buildLtvSheet(_input: ReportInput, _ctx: ReportContext): SectionOutput | undefined {
  return undefined;
}
