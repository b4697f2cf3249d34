import { dayNumber, type Transaction } from "../domain";
import type { PreCampaignFeatures } from "./types";

/** One customer's transactions as parallel arrays sorted by day, for window look-ups by binary search. */
export interface CustomerHistory {
  days: Int32Array;
  amounts: Float64Array;
  /** 1 for a purchase (not a return, positive amount), 0 otherwise. */
  purchase: Uint8Array;
  /** Index of the line in the original transactions list (to read its product or category). */
  lines: Int32Array;
}

export type TransactionIndex = Map<string, CustomerHistory>;

/** Groups transactions by customer, sorted by day, once, so each contact's window costs O(log n). */
export function indexTransactions(transactions: readonly Transaction[]): TransactionIndex {
  const byCustomer = new Map<string, number[]>();
  transactions.forEach((t, i) => {
    const list = byCustomer.get(t.customerId);
    if (list) list.push(i);
    else byCustomer.set(t.customerId, [i]);
  });
  const index: TransactionIndex = new Map();
  for (const [customerId, lines] of byCustomer) {
    lines.sort((a, b) => transactions[a].date - transactions[b].date);
    const history: CustomerHistory = {
      days: new Int32Array(lines.length),
      amounts: new Float64Array(lines.length),
      purchase: new Uint8Array(lines.length),
      lines: Int32Array.from(lines),
    };
    lines.forEach((line, k) => {
      const t = transactions[line];
      history.days[k] = dayNumber(t.date);
      history.amounts[k] = t.amount;
      history.purchase[k] = !t.isReturn && t.amount > 0 ? 1 : 0;
    });
    index.set(customerId, history);
  }
  return index;
}

/** First position in `days` (sorted) holding a day >= `day`. */
export function firstAtOrAfter(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid] < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface WindowOutcome {
  converted: boolean;
  /** Net spend in the window (returns subtract). */
  revenue: number;
  /** Days from the contact to the first purchase in the window (0 = same day); -1 if none. */
  firstPurchaseOffset: number;
}

/**
 * The outcome of a contact on `contactDay` from transactions: a purchase in the window of
 * `windowDays` days starting on the contact day (day of contact included: a 14-day window on
 * 1 May covers 1-14 May whatever the time of day), revenue = net spend in the window.
 */
export function outcomeInWindow(
  history: CustomerHistory | undefined,
  contactDay: number,
  windowDays: number
): WindowOutcome {
  const outcome: WindowOutcome = { converted: false, revenue: 0, firstPurchaseOffset: -1 };
  if (!history) return outcome;
  const last = contactDay + windowDays - 1;
  for (
    let k = firstAtOrAfter(history.days, contactDay);
    k < history.days.length && history.days[k] <= last;
    k++
  ) {
    outcome.revenue += history.amounts[k];
    if (history.purchase[k] && !outcome.converted) {
      outcome.converted = true;
      outcome.firstPurchaseOffset = history.days[k] - contactDay;
    }
  }
  return outcome;
}

/**
 * Simple pre-campaign R, F, M from transactions strictly before `contactDay`: recency = days from
 * the last purchase day to the contact day (undefined without one), frequency = distinct purchase
 * days, monetary = net spend. The balance check's default when the caller gives no features.
 */
export function preCampaignRfm(
  history: CustomerHistory | undefined,
  contactDay: number
): PreCampaignFeatures {
  if (!history) return { frequency: 0, monetary: 0 };
  const end = firstAtOrAfter(history.days, contactDay);
  let frequency = 0;
  let monetary = 0;
  let lastPurchaseDay = -Infinity;
  for (let k = 0; k < end; k++) {
    monetary += history.amounts[k];
    if (history.purchase[k] && history.days[k] !== lastPurchaseDay) {
      frequency++;
      lastPurchaseDay = history.days[k];
    }
  }
  return { recency: frequency > 0 ? contactDay - lastPurchaseDay : undefined, frequency, monetary };
}
