/** The RFM (one row a customer) and Segments sheet(s). PLACEHOLDER until its helper lands it: adds nothing yet. */
import type { ReportInput } from "../buildReport";
import type { ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";

/**
 * The contract other sheets (the Dashboard) rely on: table names (identifiers, the same in every
 * language) and the column ids they read. Add, never rename.
 */
export const RFM_TABLES = {
  /** One row a customer: columns id, recency, frequency, monetary, aov, r, f, m, score, segment. */
  customers: "RfmCustomers",
  /**
   * One row a segment (Segments sheet): columns segment, customers, customerShare, revenue,
   * revenueShare, recency, frequency, monetary, aov, description, action.
   */
  segments: "SegmentSummary",
  /** The R x F grid: column r (score), then f1..fk customer counts (heat map). */
  rfGrid: "RfmGrid",
} as const;

export function buildRfmSheets(
  _input: ReportInput,
  _ctx: ReportContext
): SectionOutput | undefined {
  return undefined;
}
