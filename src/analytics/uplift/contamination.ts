import { dayNumber, type Contact } from "../domain";
import { firstAtOrAfter } from "./transactionIndex";

/** Treated contact days of each customer (by number) across all campaigns, sorted, with their campaigns. */
export type TreatedDays = Map<number, { days: Int32Array; campaigns: string[] }>;

/** Indexes the treated contacts of customers who are in some control group (the only ones checked). */
export function indexTreatedDays(
  contacts: readonly Contact[],
  customerOf: Int32Array
): TreatedDays {
  const inControl = new Uint8Array(contacts.length);
  contacts.forEach((c, i) => {
    if (c.group === "control") inControl[customerOf[i]] = 1;
  });
  const byCustomer = new Map<number, { day: number; campaign: string }[]>();
  contacts.forEach((c, i) => {
    if (c.group !== "treated" || !inControl[customerOf[i]]) return;
    const list = byCustomer.get(customerOf[i]);
    const entry = { day: dayNumber(c.contactDate), campaign: c.campaign };
    if (list) list.push(entry);
    else byCustomer.set(customerOf[i], [entry]);
  });
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
  customer: number,
  campaign: string,
  day: number,
  windowDays: number
): boolean {
  const entry = index.get(customer);
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
