import type { MetricTriple, RfmResult } from "./rfmResult";
import { toMapScore } from "./assignSegment";
import type { ScoreRule, SegmentDefinition } from "./segmentMaps";

/** Where one metric value of a customer fell. */
export interface MetricPlacement {
  value: number;
  score: number;
  /** True for recency: the lowest values get the highest score. */
  inverted: boolean;
  /**
   * The cut points around the value on the value scale: with the quantile rule the value is in
   * (below, above]; null past the lowest or highest line. With equal groups a value equal to a
   * line may sit on either side (the customer id decided).
   */
  below: number | null;
  above: number | null;
}

/** Why a customer is in their segment. */
export type SegmentReason =
  | { kind: "rule"; ruleIndex: number; rule: ScoreRule }
  | { kind: "band"; band: number; low: number | null; high: number | null };

export interface CustomerExplanation {
  id: string;
  asOfDay: number | null;
  rule: RfmResult["rule"];
  bins: number;
  placements: MetricTriple<MetricPlacement>;
  aov: number;
  yearlySpend: number;
  /** The cell on the 5-bin grid the score maps are written on (equal to the scores when bins = 5). */
  cell: { r: number; f: number; m: number };
  segment: SegmentDefinition;
  because: SegmentReason;
}

/**
 * Everything that placed one customer, as data for the pane and the Method sheet: the R, F, M
 * values, the cut points around each, the scores, the map cell and the rule (or spend band) that
 * made the segment. Null when the customer is not scored (unknown id, no purchase in the window,
 * or only returns: see `result.returnsOnly`).
 */
export function explainCustomer(result: RfmResult, id: string): CustomerExplanation | null {
  const customer = result.customers.find((c) => c.id === id);
  if (customer === undefined) return null;
  const k = result.bins;
  const place = (value: number, score: number, cuts: number[], inverted: boolean) => {
    const group = inverted ? k + 1 - score : score;
    return {
      value,
      score,
      inverted,
      below: group > 1 && cuts.length > 0 ? cuts[group - 2] : null,
      above: group < k && cuts.length > 0 ? cuts[group - 1] : null,
    };
  };
  const map = result.map;
  const segment = map.segments.find((s) => s.id === customer.segment);
  if (segment === undefined) throw new RangeError(`segment ${customer.segment} is not in the map`);
  const because: SegmentReason =
    map.kind === "scores"
      ? { kind: "rule", ruleIndex: customer.placedBy, rule: map.rules[customer.placedBy] }
      : {
          kind: "band",
          band: customer.placedBy,
          low: customer.placedBy > 0 ? map.thresholds[customer.placedBy - 1] : null,
          high:
            customer.placedBy < map.thresholds.length ? map.thresholds[customer.placedBy] : null,
        };
  return {
    id,
    asOfDay: result.asOfDay,
    rule: result.rule,
    bins: k,
    placements: {
      recency: place(customer.recency, customer.r, result.cutPoints.recency, true),
      frequency: place(customer.frequency, customer.f, result.cutPoints.frequency, false),
      monetary: place(customer.monetary, customer.m, result.cutPoints.monetary, false),
    },
    aov: customer.aov,
    yearlySpend: customer.yearlySpend,
    cell: {
      r: toMapScore(customer.r, k),
      f: toMapScore(customer.f, k),
      m: toMapScore(customer.m, k),
    },
    segment,
    because,
  };
}
