/** The Migration sheet(s). PLACEHOLDER until its helper lands it: adds nothing yet. */
import type { ReportInput } from "../buildReport";
import type { ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";

/** Table names other sheets may rely on (identifiers, the same in every language). */
export const MIGRATION_TABLES = {
  /** Rows: segment at the start date; columns: from, then one per segment at the end date, entering/leaving. */
  matrix: "SegmentMigration",
} as const;

export function buildMigrationSheet(
  _input: ReportInput,
  _ctx: ReportContext
): SectionOutput | undefined {
  return undefined;
}
