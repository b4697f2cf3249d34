import type { GroupSummary } from "./types";

/** Running sums of one group: enough for rates, ARPU, AOV and Welch's test, merged cheaply. */
export interface GroupTally {
  n: number;
  conversions: number;
  revenue: number;
  revenueSquares: number;
  buyersRevenue: number;
  cost: number;
  costed: number;
}

export function emptyTally(): GroupTally {
  return {
    n: 0,
    conversions: 0,
    revenue: 0,
    revenueSquares: 0,
    buyersRevenue: 0,
    cost: 0,
    costed: 0,
  };
}

/** Adds one customer's outcome (and contact cost, NaN when unknown) to a tally. */
export function addToTally(
  tally: GroupTally,
  converted: boolean,
  revenue: number,
  cost: number
): void {
  tally.n++;
  tally.revenue += revenue;
  tally.revenueSquares += revenue * revenue;
  if (converted) {
    tally.conversions++;
    tally.buyersRevenue += revenue;
  }
  if (!Number.isNaN(cost)) {
    tally.cost += cost;
    tally.costed++;
  }
}

/** Adds tally `b` into `a` (pooling arms). */
export function mergeTally(a: GroupTally, b: GroupTally): GroupTally {
  return {
    n: a.n + b.n,
    conversions: a.conversions + b.conversions,
    revenue: a.revenue + b.revenue,
    revenueSquares: a.revenueSquares + b.revenueSquares,
    buyersRevenue: a.buyersRevenue + b.buyersRevenue,
    cost: a.cost + b.cost,
    costed: a.costed + b.costed,
  };
}

/** The figures of a group: rate, ARPU, AOV among buyers, revenue variance (n - 1), cost. */
export function summariseTally(tally: GroupTally, revenueKnown: boolean): GroupSummary {
  const { n, conversions } = tally;
  const mean = n > 0 ? tally.revenue / n : NaN;
  const variance = n > 1 ? Math.max(0, (tally.revenueSquares - n * mean * mean) / (n - 1)) : null;
  return {
    n,
    conversions,
    rate: n > 0 ? conversions / n : NaN,
    revenue: revenueKnown ? tally.revenue : null,
    revenuePerCustomer: revenueKnown && n > 0 ? mean : null,
    aovAmongBuyers: revenueKnown && conversions > 0 ? tally.buyersRevenue / conversions : null,
    revenueVariance: revenueKnown ? variance : null,
    cost: tally.costed > 0 ? tally.cost : null,
  };
}
