/** The Uplift sheet(s). PLACEHOLDER until its helper lands it: adds nothing yet. */
import type { ReportInput } from "../buildReport";
import type { ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";

/** Table names and column ids other sheets (the Dashboard) rely on. Add, never rename. */
export const UPLIFT_TABLES = {
  /**
   * One row a campaign x arm (pooled arms included): columns campaign, arm, nTreated, nControl,
   * rateTreated, rateControl, uplift, ciLow, ciHigh, pValue, incrementalConversions,
   * incrementalRevenue, verdict.
   */
  campaigns: "UpliftByCampaign",
  /** One row a campaign x breakdown value: columns campaign, dimension, value, plus the columns above. */
  breakdowns: "UpliftByBreakdown",
} as const;

export function buildUpliftSheet(
  _input: ReportInput,
  _ctx: ReportContext
): SectionOutput | undefined {
  return undefined;
}
