import type { RfmCustomer, SegmentSummaryRow } from "./rfmResult";
import type { SegmentDefinition } from "./segmentMaps";

/**
 * Per segment: customers and their share, revenue (net spend in the window) and its share,
 * average recency, frequency and monetary value, and average order value (revenue / occasions,
 * so a segment's AOV is what one of its orders is worth, not an average of averages).
 * Rows follow the map's presentation order; empty segments are kept with null averages, so a
 * board slide always shows the same rows.
 */
export function segmentSummary(
  customers: readonly RfmCustomer[],
  segments: readonly SegmentDefinition[]
): SegmentSummaryRow[] {
  const rowOf = new Map<string, number>();
  segments.forEach((s, i) => rowOf.set(s.id, i));
  const count = new Array<number>(segments.length).fill(0);
  const revenue = new Array<number>(segments.length).fill(0);
  const recency = new Array<number>(segments.length).fill(0);
  const occasions = new Array<number>(segments.length).fill(0);
  let totalRevenue = 0;
  for (const c of customers) {
    const i = rowOf.get(c.segment);
    if (i === undefined) throw new RangeError(`segment ${c.segment} is not in the map`);
    count[i]++;
    revenue[i] += c.monetary;
    recency[i] += c.recency;
    occasions[i] += c.frequency;
    totalRevenue += c.monetary;
  }
  return segments.map((segment, i) => {
    const n = count[i];
    return {
      segment,
      customers: n,
      customerShare: customers.length > 0 ? n / customers.length : 0,
      revenue: revenue[i],
      revenueShare: totalRevenue > 0 ? revenue[i] / totalRevenue : 0,
      averageRecency: n > 0 ? recency[i] / n : null,
      averageFrequency: n > 0 ? occasions[i] / n : null,
      averageMonetary: n > 0 ? revenue[i] / n : null,
      aov: occasions[i] > 0 ? revenue[i] / occasions[i] : null,
    };
  });
}
