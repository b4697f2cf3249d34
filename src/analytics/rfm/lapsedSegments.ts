/**
 * The segments of lapsed customers, read from the map's rules (code never branches on a segment
 * name): a segment is lapsed when every rule placing customers in it asks for the lowest two
 * recency scores and the lowest two frequency scores of the 5-bin grid (no recent purchase, few
 * purchases). On the classic map: Lost and Hibernating. Value bands and the three tiers have none
 * (their at-risk tier takes any frequency).
 */
import type { SegmentMap } from "./segmentMaps";

/** Highest R and F score of a lapsed customer on the 5-bin grid. */
const LAPSED_MAX_SCORE = 2;

export function lapsedSegments(map: SegmentMap): Set<string> {
  const lapsed = new Set<string>();
  if (map.kind !== "scores") return lapsed;
  for (const def of map.segments) {
    const rules = map.rules.filter((rule) => rule.segment === def.id);
    if (
      rules.length > 0 &&
      rules.every((rule) => rule.r[1] <= LAPSED_MAX_SCORE && rule.f[1] <= LAPSED_MAX_SCORE)
    ) {
      lapsed.add(def.id);
    }
  }
  return lapsed;
}
