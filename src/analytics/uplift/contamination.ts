import { dayNumber, type Contact } from "../domain";
import { firstAtOrAfter } from "./transactionIndex";

/** Treated contact days of each customer across all campaigns, sorted, with their campaigns. */
export type TreatedDays = Map<string, { days: Int32Array; campaigns: string[] }>;

export function indexTreatedDays(contacts: readonly Contact[]): TreatedDays {
  const byCustomer = new Map<string, { day: number; campaign: string }[]>();
  for (const c of contacts) {
    if (c.group !== "treated") continue;
    const list = byCustomer.get(c.customerId);
    const entry = { day: dayNumber(c.contactDate), campaign: c.campaign };
    if (list) list.push(entry);
    else byCustomer.set(c.customerId, [entry]);
  }
  const index: TreatedDays = new Map();
  for (const [id, list] of byCustomer) {
    list.sort((a, b) => a.day - b.day);
    index.set(id, {
      days: Int32Array.from(list, (e) => e.day),
      campaigns: list.map((e) => e.campaign),
    });
  }
  return index;
}

/**
 * True when a control customer of `campaign` was treated by another campaign during this one's
 * window (day .. day + windowDays - 1): the control group was "contacted anyway", which biases the
 * uplift towards zero.
 */
export function contactedAnyway(
  index: TreatedDays,
  customerId: string,
  campaign: string,
  day: number,
  windowDays: number
): boolean {
  const entry = index.get(customerId);
  if (!entry) return false;
  for (
    let k = firstAtOrAfter(entry.days, day);
    k < entry.days.length && entry.days[k] < day + windowDays;
    k++
  ) {
    if (entry.campaigns[k] !== campaign) return true;
  }
  return false;
}
