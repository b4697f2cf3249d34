import { kpiPeriod, type KpiPeriod } from "../../../analytics/kpis";
import type { AnalysisResults } from "../../../analytics/runAnalyses";
import { campaignTotal } from "./campaignTotal";

/** The cards that show a figure of the period KPIs, as the report's Dashboard tiles do. */
export const PERIOD_CARDS = [
  "customers",
  "activeCustomers",
  "revenue",
  "aov",
  "repeatRate",
] as const;
export type PeriodCard = (typeof PERIOD_CARDS)[number];

/** The headline figures of the KPI cards; null where the data cannot give one. */
export interface ResultsKpis {
  /** Customers with a purchase before the as-of date (all history). */
  customers: number | null;
  /** Customers with a purchase in the active window (the last `activeMonths` months). */
  activeCustomers: number | null;
  /** Net revenue of the active window, returns deducted. */
  revenue: number | null;
  /** Revenue / orders of the active window. */
  averageOrderValue: number | null;
  /** Share of customers with two purchase occasions or more (all history). */
  repeatRate: number | null;
  /** Each period card's period (src/analytics/kpis/kpiPeriods.ts); null without period KPIs. */
  periods: Record<PeriodCard, KpiPeriod> | null;
  /** Months of the active window, for the period labels. */
  activeMonths: number | null;
  /** Mean predicted CLV over the customers the models could value. */
  averageClv: number | null;
  /** The campaign with the highest incremental revenue (all arms pooled). */
  bestCampaign: { campaign: string; incrementalRevenue: number } | null;
}

/**
 * Picks the KPI cards' figures out of the analysis results; it computes nothing the engine has
 * not already computed except a mean and a maximum. Customers, active customers, revenue, AOV
 * and the repeat rate are the period KPIs (results.kpis, src/analytics/kpis) that the report's
 * Dashboard shows, with the same periods, so pane and report give one figure for each.
 */
export function resultsKpis(results: AnalysisResults): ResultsKpis {
  const current = results.kpis?.current ?? null;
  const clvs = (results.ltv?.customers ?? []).flatMap((c) => (c.clv === null ? [] : [c.clv]));

  let bestCampaign: ResultsKpis["bestCampaign"] = null;
  for (const campaign of results.uplift?.campaigns ?? []) {
    const value = campaignTotal(campaign)?.incrementalRevenue?.value;
    if (value !== undefined && (bestCampaign === null || value > bestCampaign.incrementalRevenue))
      bestCampaign = { campaign: campaign.campaign, incrementalRevenue: value };
  }

  return {
    customers: current?.customers ?? null,
    activeCustomers: current?.activeCustomers ?? null,
    revenue: current?.revenue ?? null,
    averageOrderValue: current?.aov ?? null,
    repeatRate: current?.repeatRate ?? null,
    periods: current
      ? (Object.fromEntries(PERIOD_CARDS.map((id) => [id, kpiPeriod(id, current)])) as Record<
          PeriodCard,
          KpiPeriod
        >)
      : null,
    activeMonths: results.kpis?.activeMonths ?? null,
    averageClv: clvs.length > 0 ? clvs.reduce((s, v) => s + v, 0) / clvs.length : null,
    bestCampaign,
  };
}
