/**
 * The segment map drawn on the R x F grid: which segment each cell of recency and frequency scores
 * belongs to, for maps that do not look at M (the classic map). Next to the customer counts of
 * the same grid, a trainer can point at a cell and say both who is there and why.
 */
import { MAP_BINS, ruleOf, type ScoreSegmentMap, type SegmentMap } from "../../../analytics/rfm";
import * as column from "../../columns";
import type { TableBlock } from "../../model";
import type { ReportContext } from "../../reportContext";
import { segmentLabels } from "./labels";
import { scoreGridHeaders, scoreGridTable } from "./scoreGridTable";

/** True for a score map whose every rule accepts any M score: its R x F grid says it all. */
export function isRfMap(map: SegmentMap): map is ScoreSegmentMap {
  return (
    map.kind === "scores" && map.rules.every((rule) => rule.m[0] === 1 && rule.m[1] === MAP_BINS)
  );
}

/**
 * Rows R = 5 down to 1, columns F 1 to 5 (the 5-score grid the maps are written on), each cell the
 * name of the segment of the first rule that matches. Undefined for maps that depend on M or on
 * spend (three tiers, value bands).
 */
export function mapGridTable(
  name: string,
  map: SegmentMap,
  ctx: ReportContext
): Omit<TableBlock, "anchor"> | undefined {
  if (!isRfMap(map)) return undefined;
  const names = segmentLabels(map, ctx);
  return scoreGridTable({
    name,
    bins: MAP_BINS,
    headers: scoreGridHeaders(ctx, "report:segmentsSheet.grid"),
    scoreColumn: (id, header) => column.text(id, header, { width: 16 }),
    cell: (r, f) => {
      const rule = ruleOf(map, r, f, 1);
      return rule < 0 ? null : (names.get(map.rules[rule].segment) ?? map.rules[rule].segment);
    },
    heatMap: false,
  });
}
