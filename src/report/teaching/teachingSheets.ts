/**
 * What the teaching workbook's sheets share: their table names (identifiers, the same in every
 * language, distinct from the report's so both can live in one workbook) and the sheet shell.
 */
import type { ReportBlock, ReportSheet, SheetKey } from "../model";
import { excelSheetName } from "../excelNames";
import { palette } from "../palette";
import { landscapeA4, type ReportContext } from "../reportContext";

export const TEACHING_TABLES = {
  /** Columns: line, between, recency, frequency, monetary (one row a line between scores). */
  cutPoints: "TeachCutPoints",
  /** Columns: rule, segment, rMin, rMax, fMin, fMax, mMin, mMax (the map, in rule order). */
  rules: "TeachSegmentMap",
  /** One row a customer; r, f, m, segment and check are formulas. */
  customers: "TeachRfmCustomers",
  /** The Segments summary (formulas over the customers' table). */
  segments: "TeachSegments",
  champions: "TeachBestSegment",
  cutMoves: "TeachCutMoves",
  nextMonthMoves: "TeachNextMonthMoves",
} as const;

/** The teaching sheets' keys. */
export type TeachingSheetKey = Extract<
  SheetKey,
  "teachingRfm" | "teachingSegments" | "exercises" | "answers"
>;

/** A teaching sheet: its localised name, landscape A4 one page wide, the add-in's tab colour. */
export function teachingSheet(
  ctx: ReportContext,
  key: TeachingSheetKey,
  blocks: ReportBlock[],
  extra: Partial<Pick<ReportSheet, "freezeRows" | "columnWidths" | "print">> = {}
): ReportSheet {
  return {
    key,
    name: excelSheetName(ctx.t(`teaching:sheet.${key}`)),
    blocks,
    print: landscapeA4(),
    tabColor: palette.tab,
    ...extra,
  };
}
