import type { AnalysisResults } from "../../../analytics/runAnalyses";
import { campaignTotal } from "./campaignTotal";

/** The headline figures of the KPI cards; null where the data cannot give one. */
export interface ResultsKpis {
  /** Customers scored by RFM (a purchase in the window). */
  customers: number | null;
  /** Customers with a purchase in the last ACTIVE_DAYS days up to the as-of day. */
  activeCustomers: number | null;
  /** Net revenue to date, returns deducted. */
  revenue: number | null;
  /** Net revenue / orders. */
  averageOrderValue: number | null;
  /** Share of scored customers with two purchase occasions or more. */
  repeatRate: number | null;
  /** Mean predicted CLV over the customers the models could value. */
  averageClv: number | null;
  /** The campaign with the highest incremental revenue (all arms pooled). */
  bestCampaign: { campaign: string; incrementalRevenue: number } | null;
}

/** "Active" for the cards when the campaign KPIs give no figure: the campaigns' default [365]. */
export const ACTIVE_DAYS = 365;

/**
 * Picks the KPI cards' figures out of the analysis results; it computes nothing the engine has
 * not already computed except counts, means and a maximum. Active customers come from the
 * campaign KPIs' coverage when present (a purchase in the 365 days up to and including the
 * as-of day), else from RFM recency, which is the same rule: recency = as-of day - last
 * purchase day < 365.
 */
export function resultsKpis(results: AnalysisResults): ResultsKpis {
  const rfm = results.rfm?.customers ?? null;
  const historical = results.ltv?.historical.overall ?? null;
  const clvs = (results.ltv?.customers ?? []).flatMap((c) => (c.clv === null ? [] : [c.clv]));

  let bestCampaign: ResultsKpis["bestCampaign"] = null;
  for (const campaign of results.uplift?.campaigns ?? []) {
    const value = campaignTotal(campaign)?.incrementalRevenue?.value;
    if (value !== undefined && (bestCampaign === null || value > bestCampaign.incrementalRevenue))
      bestCampaign = { campaign: campaign.campaign, incrementalRevenue: value };
  }

  return {
    customers: rfm ? rfm.length : null,
    activeCustomers:
      results.campaigns?.coverage?.activeCustomers ??
      (rfm ? rfm.filter((c) => c.recency < ACTIVE_DAYS).length : null),
    revenue: historical ? historical.netRevenue : null,
    averageOrderValue: historical && historical.orders > 0 ? historical.averageOrderValue : null,
    repeatRate:
      rfm && rfm.length > 0 ? rfm.filter((c) => c.frequency >= 2).length / rfm.length : null,
    averageClv: clvs.length > 0 ? clvs.reduce((s, v) => s + v, 0) / clvs.length : null,
    bestCampaign,
  };
}
