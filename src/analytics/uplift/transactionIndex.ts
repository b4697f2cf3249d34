import { dayNumber, type Transaction } from "../domain";
import { CustomerNumbering } from "./customerNumbering";
import type { PreCampaignFeatures } from "./types";

/**
 * Transactions grouped by customer and sorted by day, as flat parallel arrays: customer slot s
 * owns positions offsets[s] .. offsets[s + 1] - 1. Flat typed arrays keep 500,000 lines cheap to
 * index and scan (no object per customer).
 */
export interface TransactionIndex {
  /** Customer id -> slot. */
  slotOf: CustomerNumbering;
  offsets: Int32Array;
  days: Int32Array;
  amounts: Float64Array;
  /** 1 for a purchase (not a return, positive amount), 0 otherwise. */
  purchase: Uint8Array;
  /** Index of the line in the original transactions list (to read its product or category). */
  lines: Int32Array;
}

/**
 * Groups transactions by customer (a counting sort), then sorts each customer's lines by date.
 * Pass the contacts' customer numbering as `slotOf` to share it: a customer's slot is then their
 * number, and customers without transactions have an empty range. Each transaction object is read
 * once, in input order, into flat arrays; the grouping and sorting then touch only those arrays
 * (at 500,000 lines, going back to the objects costs more than the sorting itself).
 */
export function indexTransactions(
  transactions: readonly Transaction[],
  slotOf: CustomerNumbering = new CustomerNumbering()
): TransactionIndex {
  const count = transactions.length;
  const slots = new Int32Array(count);
  const lineDates = new Float64Array(count);
  const lineAmounts = new Float64Array(count);
  const linePurchase = new Uint8Array(count);
  let lastId: string | undefined;
  let lastSlot = -1;
  for (let i = 0; i < count; i++) {
    const t = transactions[i];
    // Lines of one customer often come together (exports sorted by customer): one lookup for the run.
    if (t.customerId !== lastId) {
      lastId = t.customerId;
      lastSlot = slotOf.numberOf(lastId);
    }
    slots[i] = lastSlot;
    lineDates[i] = t.date;
    lineAmounts[i] = t.amount;
    linePurchase[i] = !t.isReturn && t.amount > 0 ? 1 : 0;
  }
  const offsets = new Int32Array(slotOf.size + 1);
  for (let i = 0; i < count; i++) offsets[slots[i] + 1]++;
  for (let s = 0; s < slotOf.size; s++) offsets[s + 1] += offsets[s];
  const lines = new Int32Array(count);
  const next = offsets.slice(0, slotOf.size);
  for (let i = 0; i < count; i++) lines[next[slots[i]]++] = i;
  for (let s = 0; s < slotOf.size; s++) {
    // insertion sort by date: customers have few lines, and they usually come in date order
    for (let k = offsets[s] + 1; k < offsets[s + 1]; k++) {
      const line = lines[k];
      const date = lineDates[line];
      let j = k - 1;
      while (j >= offsets[s] && lineDates[lines[j]] > date) {
        lines[j + 1] = lines[j];
        j--;
      }
      lines[j + 1] = line;
    }
  }
  const days = new Int32Array(count);
  const amounts = new Float64Array(count);
  const purchase = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const line = lines[k];
    days[k] = dayNumber(lineDates[line]);
    amounts[k] = lineAmounts[line];
    purchase[k] = linePurchase[line];
  }
  return { slotOf, offsets, days, amounts, purchase, lines };
}

/** First position in days[from .. to) (sorted) holding a day >= `day`; `to` if none. */
export function firstAtOrAfter(
  days: Int32Array | Float64Array,
  day: number,
  from = 0,
  to = days.length
): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid] < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A customer's slot in the index, -1 when they have no transaction (look it up once per customer). */
export function slotOfCustomer(index: TransactionIndex, customerId: string): number {
  return index.slotOf.find(customerId);
}

/** Positions [start, end) of a slot's lines in the index; empty for slot -1. */
export function linesOf(index: TransactionIndex, slot: number): [number, number] {
  return slot < 0 ? [0, 0] : [index.offsets[slot], index.offsets[slot + 1]];
}

/**
 * Positions [start, end) of a customer's lines in the window of `windowDays` days starting on the
 * contact day (day of contact included: a 14-day window on 1 May covers 1-14 May whatever the
 * time of day).
 */
export function windowLines(
  index: TransactionIndex,
  slot: number,
  contactDay: number,
  windowDays: number
): [number, number] {
  const [from, to] = linesOf(index, slot);
  const start = firstAtOrAfter(index.days, contactDay, from, to);
  return [start, firstAtOrAfter(index.days, contactDay + windowDays, start, to)];
}

export interface WindowOutcome {
  converted: boolean;
  /** Net spend in the window (returns subtract). */
  revenue: number;
  /** Days from the contact to the first purchase in the window (0 = same day); -1 if none. */
  firstPurchaseOffset: number;
}

/**
 * The outcome of a contact on `contactDay` from transactions: a purchase (not a return) in the
 * window [contact day, contact day + windowDays - 1], revenue = net spend in the window.
 */
export function outcomeInWindow(
  index: TransactionIndex,
  slot: number,
  contactDay: number,
  windowDays: number
): WindowOutcome {
  const outcome: WindowOutcome = { converted: false, revenue: 0, firstPurchaseOffset: -1 };
  const [start, end] = windowLines(index, slot, contactDay, windowDays);
  for (let k = start; k < end; k++) {
    outcome.revenue += index.amounts[k];
    if (index.purchase[k] && !outcome.converted) {
      outcome.converted = true;
      outcome.firstPurchaseOffset = index.days[k] - contactDay;
    }
  }
  return outcome;
}

/**
 * outcomeInWindow for many contacts at once (customer slots[u] contacted on days[u]), written into
 * `converted` (1 or 0) and `revenue` at position u: no object per contact.
 */
export function outcomesInWindow(
  index: TransactionIndex,
  slots: Int32Array,
  contactDays: Float64Array,
  count: number,
  windowDays: number,
  converted: Uint8Array,
  revenue: Float64Array
): void {
  const { offsets, days, amounts, purchase } = index;
  for (let u = 0; u < count; u++) {
    const slot = slots[u];
    if (slot < 0) continue;
    // the same window bounds as windowLines (so a NaN day gives an empty window there too)
    const start = firstAtOrAfter(days, contactDays[u], offsets[slot], offsets[slot + 1]);
    const end = firstAtOrAfter(days, contactDays[u] + windowDays, start, offsets[slot + 1]);
    let sum = 0;
    let bought = 0;
    for (let k = start; k < end; k++) {
      sum += amounts[k];
      bought |= purchase[k];
    }
    converted[u] = bought;
    revenue[u] = sum;
  }
}

/**
 * Simple pre-campaign R, F, M from transactions strictly before `contactDay`: recency = days from
 * the last purchase day to the contact day (undefined without one), frequency = distinct purchase
 * days, monetary = net spend. The balance check's default when the caller gives no features.
 */
export function preCampaignRfm(
  index: TransactionIndex,
  slot: number,
  contactDay: number
): PreCampaignFeatures {
  const [from, to] = linesOf(index, slot);
  const end = firstAtOrAfter(index.days, contactDay, from, to);
  let frequency = 0;
  let monetary = 0;
  let lastPurchaseDay = -Infinity;
  for (let k = from; k < end; k++) {
    monetary += index.amounts[k];
    if (index.purchase[k] && index.days[k] !== lastPurchaseDay) {
      frequency++;
      lastPurchaseDay = index.days[k];
    }
  }
  return { recency: frequency > 0 ? contactDay - lastPurchaseDay : undefined, frequency, monetary };
}
