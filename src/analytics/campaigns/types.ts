import type { Instant } from "../domain";

/** A message for the user as an i18n key ("campaigns:warnings.noTransactions") and its parameters. */
export interface CampaignMessage {
  code: string;
  params?: Record<string, string | number>;
}

export interface CampaignOptions {
  /** The date the KPIs are as of [the latest transaction or contact date]; the engine never reads the clock. */
  asOf?: Instant;
  /** Conversion window in days from the contact day included [30]. */
  conversionWindowDays?: number;
  /**
   * A customer is active with a purchase in the last `activeMonths` calendar months before the
   * as-of day [12] (kpis/activeCustomers.ts, the report's one definition).
   */
  activeMonths?: number;
}

/** Customers contacted (treated) in one channel and calendar month. */
export interface ChannelMonth {
  channel: string;
  /** "YYYY-MM" */
  month: string;
  contacts: number;
  customers: number;
}

export interface CampaignRank {
  rank: number;
  campaign: string;
  /** Distinct treated customers. */
  customersContacted: number;
  controlCustomers: number;
  channels: string[];
  /** "YYYY-MM-DD" */
  firstContact: string;
  lastContact: string;
}

export interface Coverage {
  year: number;
  /** Active customers (kpis/activeCustomers.ts) as of the as-of day. */
  activeCustomers: number;
  /** Of those, contacted (treated) at least once from 1 January to the as-of day. */
  contactedActive: number;
  /** contactedActive / activeCustomers; null without active customers. */
  share: number | null;
}

export interface GroupOutcome {
  n: number;
  conversions: number;
  rate: number;
  /** Net revenue in the window; null when the sheet's outcome has no revenue. */
  revenue: number | null;
}

export interface CategoryBought {
  /** The category, or the product when lines have no category. */
  category: string;
  treatedBuyers: number;
  controlBuyers: number;
  /** Buyers of the category / customers in the group. */
  treatedShare: number;
  controlShare: number | null;
  treatedRevenue: number;
  controlRevenue: number;
}

export interface CampaignConversion {
  campaign: string;
  source: "sheet" | "transactions";
  treated: GroupOutcome;
  /** null when the campaign has no control group of its own. */
  control: GroupOutcome | null;
  /** Categories bought within the window (from transactions only), most treated buyers first. */
  categories: CategoryBought[];
}

export interface RevenuePerCustomer {
  customers: number;
  revenue: number;
  revenuePerCustomer: number | null;
}

export interface ContactedVsAll {
  /** "YYYY-MM-DD": 1 January of the as-of year, and the as-of day. */
  from: string;
  to: string;
  contacted: RevenuePerCustomer;
  notContacted: RevenuePerCustomer;
  all: RevenuePerCustomer;
}

export interface DailyUpliftPoint {
  /** Days since contact, 0 = the contact day. */
  day: number;
  treatedRate: number;
  controlRate: number;
  uplift: number;
}

export interface DailyCumulativeUplift {
  campaign: string;
  points: DailyUpliftPoint[];
}

export interface CampaignKpis {
  /** "YYYY-MM-DD", null when there is no dated data at all. */
  asOf: string | null;
  byChannelMonth: ChannelMonth[];
  ranking: CampaignRank[];
  coverage: Coverage | null;
  conversion: CampaignConversion[];
  contactedVsAll: ContactedVsAll | null;
  dailyCumulativeUplift: DailyCumulativeUplift[];
  warnings: CampaignMessage[];
}
