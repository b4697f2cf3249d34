/**
 * Reconciliation figures a controller checks before quoting any LTV: the 12-month revenue against
 * all history, the three lifetime values side by side a segment, and whether the BG/NBD model
 * contradicts the RFM segments. Plain inputs (no RFM or report types) so the rule is testable by
 * hand.
 */

/** The mean P(alive) above which the model calls the base "nearly all alive". */
export const ALIVE_MEAN_THRESHOLD = 0.9;
/** The share of scored customers in lapsed segments from which that claim contradicts them. */
export const LAPSED_SHARE_THRESHOLD = 0.1;

export interface RevenueReconciliation {
  /** Net revenue of the KPI window (12 months by default). */
  windowRevenue: number;
  /** Net revenue of all history (the RFM monetary total). */
  allHistoryRevenue: number;
  /** windowRevenue / allHistoryRevenue; null when all history is not positive. */
  windowShare: number | null;
}

export function reconcileRevenue(
  windowRevenue: number,
  allHistoryRevenue: number
): RevenueReconciliation {
  return {
    windowRevenue,
    allHistoryRevenue,
    windowShare: allHistoryRevenue > 0 ? windowRevenue / allHistoryRevenue : null,
  };
}

/** One customer as the contradiction check sees it. */
export interface ScoredCustomer {
  /** BG/NBD probability of being alive; null when the model could not score the customer. */
  pAlive: number | null;
  /** In a segment of lapsed customers (lowest recency and frequency scores). */
  lapsed: boolean;
}

export interface ModelSegmentCheck {
  /** Customers with a P(alive). */
  scored: number;
  /** Mean P(alive) over them; null without any. */
  meanPAlive: number | null;
  /** Scored customers in lapsed segments. */
  lapsed: number;
  /** lapsed / scored; null without scored customers. */
  lapsedShare: number | null;
  /**
   * True when mean P(alive) > 0.9 while at least 10 % of the scored customers are lapsed: the
   * model says nine in ten are still buying, the segments say one in ten has stopped; both cannot
   * hold, so the model's lifetime values are not to be quoted.
   */
  contradicts: boolean;
}

export function checkModelAgainstSegments(customers: readonly ScoredCustomer[]): ModelSegmentCheck {
  let scored = 0;
  let sum = 0;
  let lapsed = 0;
  for (const c of customers) {
    if (c.pAlive === null || !Number.isFinite(c.pAlive)) continue;
    scored++;
    sum += c.pAlive;
    if (c.lapsed) lapsed++;
  }
  if (scored === 0) {
    return { scored, meanPAlive: null, lapsed, lapsedShare: null, contradicts: false };
  }
  const meanPAlive = sum / scored;
  const lapsedShare = lapsed / scored;
  return {
    scored,
    meanPAlive,
    lapsed,
    lapsedShare,
    contradicts: meanPAlive > ALIVE_MEAN_THRESHOLD && lapsedShare >= LAPSED_SHARE_THRESHOLD,
  };
}

/** The three lifetime values of one group of customers, a customer each. */
export interface LtvTriple {
  segment: string | null;
  customers: number;
  /** Simple formula; null when no lifetime is known. */
  simple: number | null;
  /** Retention formula; null when no retention rate is known. */
  retention: number | null;
  /** Mean model CLV over the group's customers the model valued; null when none. */
  model: number | null;
}

/**
 * The model's mean CLV a segment, from each customer's CLV (null: not valued) and segment.
 * Segments are keyed as given (null for customers without one).
 */
export function meanClvBySegment(
  customers: readonly { segment: string | null; clv: number | null }[]
): Map<string | null, number> {
  const tally = new Map<string | null, { sum: number; n: number }>();
  for (const c of customers) {
    if (c.clv === null || !Number.isFinite(c.clv)) continue;
    const t = tally.get(c.segment) ?? { sum: 0, n: 0 };
    t.sum += c.clv;
    t.n++;
    tally.set(c.segment, t);
  }
  return new Map([...tally].map(([segment, t]) => [segment, t.sum / t.n]));
}
