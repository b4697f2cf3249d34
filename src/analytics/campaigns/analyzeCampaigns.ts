import { dayNumber, type Contact, type Customer, type Transaction } from "../domain";
import { indexTransactions } from "../uplift/transactionIndex";
import { DEFAULT_CONVERSION_WINDOW_DAYS } from "../uplift/analyzeUplift";
import { contactsByChannelAndMonth, rankCampaigns } from "./contactVolumes";
import { DEFAULT_ACTIVE_MONTHS } from "../kpis/activeCustomers";
import { contactCoverage } from "./coverage";
import { conversionAfterContact } from "./conversionAfterContact";
import { contactedVsAll } from "./contactedVsAll";
import { isoDay } from "./isoDay";
import type { CampaignKpis, CampaignMessage, CampaignOptions } from "./types";

/** The latest dated record (transaction or contact), as a day number; null without any. */
function latestDay(
  contacts: readonly Contact[],
  transactions: readonly Transaction[]
): number | null {
  let latest = -Infinity;
  for (const t of transactions) latest = Math.max(latest, t.date);
  for (const c of contacts) latest = Math.max(latest, c.contactDate);
  return Number.isFinite(latest) ? dayNumber(latest) : null;
}

/**
 * The campaign KPIs of the monthly CRM deck: customers contacted by channel and month, campaigns
 * ranked by customers contacted, coverage of active customers in the year to date, conversion
 * and categories bought within the window (treated vs control), revenue per customer of
 * contacted vs all customers, and each campaign's daily cumulative uplift. Parts that need
 * transactions are left empty (with a warning) when there are none.
 */
export function analyzeCampaigns(
  contacts: readonly Contact[],
  transactions: readonly Transaction[] | null | undefined,
  customers: readonly Customer[] | null | undefined,
  options: CampaignOptions = {}
): CampaignKpis {
  const txs = transactions ?? [];
  const windowDays = options.conversionWindowDays ?? DEFAULT_CONVERSION_WINDOW_DAYS;
  // The as-of day is excluded, as in every analysis: by default the day after the last data.
  const lastDay = latestDay(contacts, txs);
  const asOfDay =
    options.asOf !== undefined ? dayNumber(options.asOf) : lastDay === null ? null : lastDay + 1;
  const warnings: CampaignMessage[] = [];
  if (contacts.length === 0) warnings.push({ code: "campaigns:warnings.noContacts" });
  if (txs.length === 0) warnings.push({ code: "campaigns:warnings.noTransactions" });
  const index = txs.length > 0 ? indexTransactions(txs) : null;
  const { conversion, daily } = conversionAfterContact(contacts, txs, index, windowDays);
  return {
    asOf: asOfDay === null ? null : isoDay(asOfDay),
    byChannelMonth: contactsByChannelAndMonth(contacts),
    ranking: rankCampaigns(contacts),
    coverage:
      asOfDay !== null && txs.length > 0
        ? contactCoverage(contacts, txs, asOfDay, options.activeMonths ?? DEFAULT_ACTIVE_MONTHS)
        : null,
    conversion,
    contactedVsAll:
      asOfDay !== null && txs.length > 0
        ? contactedVsAll(contacts, txs, customers ?? [], asOfDay)
        : null,
    dailyCumulativeUplift: daily,
    warnings,
  };
}
