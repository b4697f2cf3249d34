/**
 * The cut points of each metric as a table a trainer can read aloud: for each score, the values
 * that get it ("above 12 days, up to 30 days: score 4") and how many customers have it, with the
 * reason when a score is empty.
 */
import * as column from "../../columns";
import type { MetricTriple, RfmResult } from "../../../analytics/rfm";
import type { TableBlock, TableCell } from "../../model";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";

export const RFM_METRICS = ["recency", "frequency", "monetary"] as const;
export type RfmMetric = keyof MetricTriple<unknown>;

/** The value range of one score: (above, upTo], null where the range is open. */
export interface ScoreRange {
  score: number;
  above: number | null;
  upTo: number | null;
}

/**
 * The value range of each score from k down to 1. Group g (1 = lowest values) holds the values in
 * (cutPoints[g − 2], cutPoints[g − 1]]; an inverted metric (recency) gives group g the score
 * k + 1 − g, so its best score holds the lowest values. Empty without cut points (no customer).
 */
export function scoreRanges(
  cutPoints: readonly number[],
  bins: number,
  inverted: boolean
): ScoreRange[] {
  if (cutPoints.length === 0) return [];
  const ranges: ScoreRange[] = [];
  for (let score = bins; score >= 1; score--) {
    const group = inverted ? bins + 1 - score : score;
    ranges.push({
      score,
      above: group > 1 ? cutPoints[group - 2] : null,
      upTo: group < bins ? cutPoints[group - 1] : null,
    });
  }
  return ranges;
}

/** Why a score is empty, or why its lines are soft, in words ("" when nothing to say). */
function remark(result: RfmResult, customers: number, ctx: ReportContext): string {
  const key = (k: string) => ctx.t(`report:rfmSheet.cutPoints.${k}`);
  if (result.rule === "equalGroups") {
    return customers === 0 ? key("emptyFewer") : key("splitTies");
  }
  return customers === 0 ? key("emptyTies") : "";
}

/**
 * One row a metric and score, best score first within each metric: metric, score, the value
 * range (above, excluded; up to, included: the quantile rule's right-closed groups), customers
 * and their share, a remark. Amounts and days share one decimal column: a cut point can fall
 * between two values (1.6 purchases).
 */
export function cutPointsTable(
  name: string,
  result: RfmResult,
  ctx: ReportContext
): Omit<TableBlock, "anchor"> {
  const col = (key: string) => ctx.t(`report:rfmSheet.cutPoints.column.${key}`);
  const scored = result.customers.length;
  const rows: TableCell[][] = [];
  for (const metric of RFM_METRICS) {
    const label = ctx.t(`report:rfmSheet.cutPoints.metric.${metric}`);
    const counts = result.counts[metric];
    for (const range of scoreRanges(result.cutPoints[metric], result.bins, metric === "recency")) {
      const customers = counts[range.score - 1] ?? 0;
      rows.push([
        label,
        range.score,
        range.above,
        range.upTo,
        customers,
        scored > 0 ? customers / scored : null,
        remark(result, customers, ctx),
      ]);
    }
  }
  return tableBlock(name, {
    columns: [
      column.text("metric", col("metric")),
      column.integer("score", col("score")),
      column.decimal("above", col("above")),
      column.decimal("upTo", col("upTo")),
      column.integer("customers", col("customers")),
      column.percent("share", col("share")),
      // Not wrapped: the table sits beside the customers' rows, which must keep their height;
      // the last column's text runs on into the empty cells to its right.
      column.text("remark", col("remark"), { width: 30 }),
    ],
    rows,
  });
}
