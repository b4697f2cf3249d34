import type { MonthEnd } from "./monthEnds";

/** Segment sizes and the month's revenue by segment at each month-end, oldest first. */
export interface SegmentHistory {
  /** Segment ids of the map, in its order: the keys of every month's records. */
  segments: string[];
  months: SegmentHistoryMonth[];
}

export interface SegmentHistoryMonth extends MonthEnd {
  /** Customers in each segment as of the month-end. */
  customers: Record<string, number>;
  /** Net revenue of the month from the customers in each segment as of its end. */
  revenue: Record<string, number>;
  /** Net revenue of the month from customers with no segment then (only returns so far). */
  unscoredRevenue: number;
}

/** New and returning buyers of one calendar month. */
export interface BuyersOfMonth {
  /** "YYYY-MM" */
  month: string;
  /** Customers whose first purchase ever is in the month. */
  newCustomers: number;
  /** Customers who bought in the month and had bought before it. */
  returningCustomers: number;
  /** Net revenue of the month from each group. */
  newRevenue: number;
  returningRevenue: number;
}

/** Customers of one first-purchase month, and how many bought again in each later month. */
export interface Cohort {
  /** "YYYY-MM" of the first purchase. */
  month: string;
  customers: number;
  /**
   * active[k]: customers of the cohort with a purchase k months after their first month
   * (active[0] = customers); only months that have ended before the as-of date.
   */
  active: number[];
}

export interface CustomerMonths {
  buyers: BuyersOfMonth[];
  cohorts: Cohort[];
}
