/** The Dashboard sheet. PLACEHOLDER until its helper lands it: adds nothing yet. */
import type { ReportInput } from "../buildReport";
import type { ReportSheet } from "../model";
import type { ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";

/** Built last (its tiles and charts point at the other sheets' tables), placed first. */
export function buildDashboardSheet(
  _input: ReportInput,
  _ctx: ReportContext,
  _others: readonly ReportSheet[]
): SectionOutput | undefined {
  return undefined;
}
