/**
 * The facts the exercises ask about and the answers give, computed once from the RFM result:
 * the best segment and the rule that makes it, what moving the top recency line by 30 days
 * changes, and who leaves their segment after 30 days without a purchase.
 */
import {
  segmentMovesAfterDays,
  segmentMovesWithCuts,
  toMapScore,
  type RfmResult,
  type ScoreRule,
  type SegmentMove,
} from "../../analytics/rfm";

/** The shift of the recency line the exercises use, and the "next month" horizon. */
export const TEACHING_DAYS = 30;

export interface ExerciseFacts {
  /** The map's first (best) segment id, the first rule that places customers there. */
  best: { segment: string; rule: ScoreRule; ruleNumber: number; customers: number };
  /** The smallest real R and F scores the best segment's rule accepts (on the result's bins). */
  lowestScores: { r: number; f: number };
  /** The recency line under R = bins (between R bins and bins − 1): its value and the moved one. */
  recencyLine: { from: number; to: number };
  cutMoves: SegmentMove[];
  nextMonthMoves: SegmentMove[];
  /** The customer question 3 names (from the best segment when one of them moves), or null. */
  leaving: SegmentMove | null;
}

/** Smallest score 1..bins whose map score is at least `min`. */
function lowestScore(min: number, bins: number): number {
  for (let s = 1; s <= bins; s++) if (toMapScore(s, bins) >= min) return s;
  return bins;
}

export function exerciseFacts(result: RfmResult): ExerciseFacts {
  if (result.map.kind !== "scores") throw new Error("exercise facts need a score map");
  const bestId = result.map.segments[0].id;
  const ruleIndex = result.map.rules.findIndex((r) => r.segment === bestId);
  const rule = result.map.rules[ruleIndex];
  const from = result.cutPoints.recency[0];
  const to = from + TEACHING_DAYS;
  const moved = { ...result.cutPoints, recency: [to, ...result.cutPoints.recency.slice(1)] };
  const nextMonthMoves = segmentMovesAfterDays(result, TEACHING_DAYS);
  const leaving = nextMonthMoves.find((m) => m.from === bestId) ?? nextMonthMoves[0] ?? null;
  return {
    best: {
      segment: bestId,
      rule,
      ruleNumber: ruleIndex + 1,
      customers: result.segments.find((s) => s.segment.id === bestId)?.customers ?? 0,
    },
    lowestScores: {
      r: lowestScore(rule.r[0], result.bins),
      f: lowestScore(rule.f[0], result.bins),
    },
    recencyLine: { from, to },
    cutMoves: segmentMovesWithCuts(result, moved),
    nextMonthMoves,
    leaving,
  };
}

/** Moves grouped by (from, to), most customers first, then by from and to. */
export function flows(
  moves: readonly SegmentMove[]
): { from: string; to: string; count: number }[] {
  const counts = new Map<string, { from: string; to: string; count: number }>();
  for (const m of moves) {
    const key = `${m.from}\u0000${m.to}`;
    const entry = counts.get(key) ?? { from: m.from, to: m.to, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)
  );
}
