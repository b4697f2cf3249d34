/**
 * The teaching workbook (issue 16, section 3): a report model in which the RFM sheet's scores
 * and segments are live formulas over the cut points and the segment map, the Segments summary
 * and its charts recount from them, then the exercises and (unless left out) their answers.
 * It goes through the same renderers as the report: src/xlsx and src/excel.
 */
import type { RfmResult } from "../../analytics/rfm";
import type { ReportInput } from "../buildReport";
import type { ReportModel } from "../model";
import { pageFrame, planPrint } from "../printPlan";
import { createReportContext, type ReportOptions } from "../reportContext";
import { exerciseFacts } from "./exerciseFacts";
import { buildAnswersSheet, buildExercisesSheet } from "./exercisesSheets";
import { buildTeachingRfmSheet, cutPointCell } from "./teachingRfmSheet";
import { buildTeachingSegmentsSheet } from "./teachingSegmentsSheet";

export interface TeachingOptions extends ReportOptions {
  /** Write the Answers sheet [true]; `--no-answers` for a class. */
  answers?: boolean;
}

/**
 * Why this RFM result cannot make a teaching workbook (an i18n key of "teaching"), or null.
 * Formulas over cut points reproduce the quantile rule on a score map, nothing else.
 */
export function teachingProblem(rfm: RfmResult | null | undefined): string | null {
  if (!rfm || rfm.customers.length === 0) return "teaching:problems.noCustomers";
  if (rfm.map.kind !== "scores") return "teaching:problems.bands";
  if (rfm.rule !== "quantiles") return "teaching:problems.rule";
  return null;
}

/** Builds the teaching workbook; throws when `teachingProblem` names a problem (check first). */
export function buildTeachingWorkbook(
  input: Pick<ReportInput, "rfm" | "currency" | "asOf">,
  options: TeachingOptions
): ReportModel {
  const rfm = input.rfm;
  const problem = teachingProblem(rfm);
  if (problem !== null || !rfm) throw new Error(problem ?? "no RFM result");
  const ctx = createReportContext(options, input.currency);
  const frame = pageFrame(ctx, input.asOf ?? null);
  const live = buildTeachingRfmSheet(rfm, ctx);
  const facts = exerciseFacts(rfm);
  const sheets = [
    live.sheet,
    buildTeachingSegmentsSheet(rfm, ctx),
    buildExercisesSheet(rfm, facts, cutPointCell(live.cuts, "recency", 1), ctx),
    ...(options.answers === false ? [] : [buildAnswersSheet(rfm, facts, ctx)]),
  ];
  return {
    language: options.language,
    generatedAt: options.generatedAt,
    version: options.version,
    sheets: sheets.map((sheet) => planPrint(sheet, frame)),
  };
}
