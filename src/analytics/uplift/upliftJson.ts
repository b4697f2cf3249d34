import type { GroupSummary, UpliftAnalysis, UpliftComparison, Verdict } from "./types";

/** One row of the CLI JSON `uplift` array (DESIGN.md), plus `breakdown`: the dimension of `segment`. */
export interface UpliftJsonRow {
  campaign: string;
  channel: string | null;
  segment: string | null;
  treated: UpliftJsonGroup;
  control: UpliftJsonGroup;
  upliftAbs: number;
  ciLow: number;
  ciHigh: number;
  upliftRel: number | null;
  pValue: number;
  incrementalConversions: number;
  incrementalRevenue: number | null;
  verdict: Verdict;
  /** null for whole-campaign rows; "rfm", "channel" or an attribute name for breakdown rows. */
  breakdown: string | null;
}

export interface UpliftJsonGroup {
  n: number;
  conversions: number;
  rate: number;
  revenuePerCustomer: number | null;
}

const group = (g: GroupSummary): UpliftJsonGroup => ({
  n: g.n,
  conversions: g.conversions,
  rate: g.rate,
  revenuePerCustomer: g.revenuePerCustomer,
});

function row(r: UpliftComparison): UpliftJsonRow {
  const dimension = r.breakdown?.dimension ?? null;
  return {
    campaign: r.campaign,
    channel: dimension === "channel" ? r.breakdown!.value : r.arm,
    segment: dimension !== null && dimension !== "channel" ? r.breakdown!.value : null,
    treated: group(r.treated),
    control: group(r.control),
    upliftAbs: r.upliftAbs,
    ciLow: r.newcombe.low,
    ciHigh: r.newcombe.high,
    upliftRel: r.upliftRel,
    pValue: r.conversionTest.pValue,
    incrementalConversions: r.incrementalConversions.value,
    incrementalRevenue: r.incrementalRevenue?.value ?? null,
    verdict: r.verdict,
    breakdown: dimension,
  };
}

/**
 * The `uplift` section of the CLI JSON: one row per campaign and arm (channel = the arm, null
 * for all arms pooled), then one per breakdown cell (segment = the RFM segment or attribute
 * value, named by `breakdown`). Rates are fractions; ciLow/ciHigh is Newcombe's 95 % interval.
 */
export function upliftJson(analysis: UpliftAnalysis): UpliftJsonRow[] {
  return analysis.campaigns.flatMap((c) => [
    ...c.results.map(row),
    ...c.breakdowns.flatMap((b) => b.rows.map(row)),
  ]);
}
