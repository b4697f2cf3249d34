import { placeInMap } from "./assignSegment";
import type { MetricTriple, RfmCustomer, RfmResult } from "./rfmResult";

/** A customer whose segment a what-if changes. */
export interface SegmentMove {
  id: string;
  /** Segment ids before and after. */
  from: string;
  to: string;
}

/**
 * How many cut points are strictly below the value. For ascending cut points this is
 * groupOf − 1; counting also holds when an edited line passes the next one, as the teaching
 * workbook's SUMPRODUCT does.
 */
function below(value: number, cutPoints: readonly number[]): number {
  let n = 0;
  for (const c of cutPoints) if (c < value) n++;
  return n;
}

/** The R, F, M scores and segment one customer gets from given cut points (quantile rule). */
export function scoresWithCuts(
  result: Pick<RfmResult, "bins" | "map">,
  cutPoints: MetricTriple<readonly number[]>,
  customer: Pick<RfmCustomer, "recency" | "frequency" | "monetary" | "yearlySpend">
): { r: number; f: number; m: number; segment: string } {
  const k = result.bins;
  const r = k - below(customer.recency, cutPoints.recency);
  const f = 1 + below(customer.frequency, cutPoints.frequency);
  const m = 1 + below(customer.monetary, cutPoints.monetary);
  const { segment } = placeInMap(result.map, k, r, f, m, customer.yearlySpend);
  return { r, f, m, segment };
}

/**
 * The customers whose segment changes when the cut points are `cutPoints` instead of the
 * result's, customers' values unchanged: what a trainer shows by editing a line on the RFM
 * sheet. Scores follow the quantile rule's placement (1 + cut points strictly below the value,
 * recency inverted), so it is meant for a result scored by quantiles.
 *
 * @example
 * // cut points of recency [10, 30, 60, 120]; a customer at 35 days has R 3.
 * // Moving the line 30 -> 60 gives them R 4: segmentMovesWithCuts lists them if the map
 * // puts R 3 and R 4 (with their F) in different segments.
 */
export function segmentMovesWithCuts(
  result: Pick<RfmResult, "bins" | "map" | "customers">,
  cutPoints: MetricTriple<readonly number[]>
): SegmentMove[] {
  const moves: SegmentMove[] = [];
  for (const c of result.customers) {
    const { segment } = scoresWithCuts(result, cutPoints, c);
    if (segment !== c.segment) moves.push({ id: c.id, from: c.segment, to: segment });
  }
  return moves;
}

/**
 * Where each customer goes if they buy nothing for `days` more days and the lines stay where they
 * are: recency grows by `days`, frequency and spend stay. Lists the customers who leave their
 * segment ("which segment does this customer leave next month?").
 *
 * @example
 * // a Champion at recency 12 with the R 5 line at 20 days: in 30 days recency is 42 > 20,
 * // R drops to 4 and the customer moves to Loyal (R 3-4, F 4-5).
 */
export function segmentMovesAfterDays(
  result: Pick<RfmResult, "bins" | "map" | "customers" | "cutPoints">,
  days: number
): SegmentMove[] {
  const moves: SegmentMove[] = [];
  for (const c of result.customers) {
    const later = { ...c, recency: c.recency + days };
    const { segment } = scoresWithCuts(result, result.cutPoints, later);
    if (segment !== c.segment) moves.push({ id: c.id, from: c.segment, to: segment });
  }
  return moves;
}
