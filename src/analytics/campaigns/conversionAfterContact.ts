import { dayNumber, type Contact, type Transaction } from "../domain";
import {
  outcomeInWindow,
  slotOfCustomer,
  windowLines,
  type TransactionIndex,
} from "../uplift/transactionIndex";
import type {
  CampaignConversion,
  CategoryBought,
  DailyCumulativeUplift,
  GroupOutcome,
} from "./types";

/** Earliest contact per customer of each group of a campaign (arms pooled). */
function groupsOf(
  contacts: readonly Contact[]
): Map<string, { treated: Map<string, number>; control: Map<string, number>; sheet: Contact[] }> {
  const campaigns = new Map<
    string,
    { treated: Map<string, number>; control: Map<string, number>; sheet: Contact[] }
  >();
  for (const c of contacts) {
    let entry = campaigns.get(c.campaign);
    if (!entry)
      campaigns.set(c.campaign, (entry = { treated: new Map(), control: new Map(), sheet: [] }));
    const group = c.group === "treated" ? entry.treated : entry.control;
    const day = dayNumber(c.contactDate);
    const kept = group.get(c.customerId);
    if (kept === undefined || day < kept) group.set(c.customerId, day);
    if (c.converted !== undefined || c.revenue !== undefined) entry.sheet.push(c);
  }
  return campaigns;
}

function outcome(n: number, conversions: number, revenue: number | null): GroupOutcome {
  return { n, conversions, rate: n > 0 ? conversions / n : NaN, revenue };
}

/** Conversions from the contacts sheet's own columns (earliest row per customer and group). */
function fromSheet(rows: readonly Contact[], group: "treated" | "control"): GroupOutcome | null {
  const seen = new Map<string, Contact>();
  for (const c of rows) {
    if (c.group !== group) continue;
    const kept = seen.get(c.customerId);
    if (!kept || c.contactDate < kept.contactDate) seen.set(c.customerId, c);
  }
  if (seen.size === 0) return null;
  let conversions = 0;
  let revenue = 0;
  let revenueKnown = true;
  for (const c of seen.values()) {
    if (c.converted ?? (c.revenue ?? 0) > 0) conversions++;
    if (c.revenue === undefined) revenueKnown = false;
    revenue += c.revenue ?? 0;
  }
  return outcome(seen.size, conversions, revenueKnown ? revenue : null);
}

/**
 * Per campaign, treated vs control (arms pooled, a customer's earliest contact): conversion and
 * revenue within the window (the contacts sheet's own columns when it has them, else
 * transactions from the contact day included), the categories (or products) bought in the window
 * by each group, and the daily cumulative uplift: for each day d of the window, the share of each
 * group that has bought by day d, and their difference (a gap that closes shows novelty).
 */
export function conversionAfterContact(
  contacts: readonly Contact[],
  transactions: readonly Transaction[],
  index: TransactionIndex | null,
  windowDays: number
): { conversion: CampaignConversion[]; daily: DailyCumulativeUplift[] } {
  const conversion: CampaignConversion[] = [];
  const daily: DailyCumulativeUplift[] = [];
  for (const [campaign, groups] of groupsOf(contacts)) {
    if (groups.treated.size === 0) continue;
    if (groups.sheet.length > 0) {
      const treated = fromSheet(groups.sheet, "treated");
      if (treated)
        conversion.push({
          campaign,
          source: "sheet",
          treated,
          control: fromSheet(groups.sheet, "control"),
          categories: [],
        });
      continue;
    }
    if (!index) continue;
    const categories = new Map<
      string,
      { buyers: [Set<string>, Set<string>]; revenue: [number, number] }
    >();
    const firstBuy = [new Int32Array(windowDays), new Int32Array(windowDays)];
    const tallies = [groups.treated, groups.control].map((members, g) => {
      let conversions = 0;
      let revenue = 0;
      for (const [customerId, day] of members) {
        const slot = slotOfCustomer(index, customerId);
        const o = outcomeInWindow(index, slot, day, windowDays);
        revenue += o.revenue;
        if (!o.converted) continue;
        conversions++;
        firstBuy[g][o.firstPurchaseOffset]++;
        const [start, end] = windowLines(index, slot, day, windowDays);
        for (let k = start; k < end; k++) {
          if (!index.purchase[k]) continue;
          const line = transactions[index.lines[k]];
          const name = line.category ?? line.product;
          if (name === undefined) continue;
          let cat = categories.get(name);
          if (!cat)
            categories.set(name, (cat = { buyers: [new Set(), new Set()], revenue: [0, 0] }));
          cat.buyers[g].add(customerId);
          cat.revenue[g] += line.amount;
        }
      }
      return outcome(members.size, conversions, revenue);
    });
    const [nt, nc] = [groups.treated.size, groups.control.size];
    const categoryRows: CategoryBought[] = [...categories]
      .map(([category, c]) => ({
        category,
        treatedBuyers: c.buyers[0].size,
        controlBuyers: c.buyers[1].size,
        treatedShare: c.buyers[0].size / nt,
        controlShare: nc > 0 ? c.buyers[1].size / nc : null,
        treatedRevenue: c.revenue[0],
        controlRevenue: c.revenue[1],
      }))
      .sort((a, b) => b.treatedBuyers - a.treatedBuyers || a.category.localeCompare(b.category));
    conversion.push({
      campaign,
      source: "transactions",
      treated: tallies[0],
      control: nc > 0 ? tallies[1] : null,
      categories: categoryRows,
    });
    if (nc > 0) {
      let cumT = 0;
      let cumC = 0;
      const points = Array.from({ length: windowDays }, (_, day) => {
        cumT += firstBuy[0][day];
        cumC += firstBuy[1][day];
        return {
          day,
          treatedRate: cumT / nt,
          controlRate: cumC / nc,
          uplift: cumT / nt - cumC / nc,
        };
      });
      daily.push({ campaign, points });
    }
  }
  return { conversion, daily };
}
