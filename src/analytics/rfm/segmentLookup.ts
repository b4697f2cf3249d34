import { placeInMap } from "./assignSegment";
import type { SegmentMap } from "./segmentMaps";

/**
 * The segment of scores (r, f, m) and a yearly spend, as `placeInMap` places them; for a score
 * map the bins³ answers are worked out once, since every customer of every day asks. Answers
 * are indexes into the map's segment ids.
 */
export function segmentLookup(
  map: SegmentMap,
  bins: number,
  segmentIds: readonly string[]
): (r: number, f: number, m: number, yearlySpend: number) => number {
  const indexOf = new Map(segmentIds.map((id, i) => [id, i]));
  const index = (segment: string) => {
    const i = indexOf.get(segment);
    if (i === undefined) throw new RangeError(`segment ${segment} is not in the map`);
    return i;
  };
  if (map.kind !== "scores") {
    return (r, f, m, yearlySpend) => index(placeInMap(map, bins, r, f, m, yearlySpend).segment);
  }
  const table: number[] = [];
  for (let r = 1; r <= bins; r++)
    for (let f = 1; f <= bins; f++)
      for (let m = 1; m <= bins; m++) table.push(index(placeInMap(map, bins, r, f, m, 0).segment));
  return (r, f, m) => table[((r - 1) * bins + (f - 1)) * bins + (m - 1)];
}
