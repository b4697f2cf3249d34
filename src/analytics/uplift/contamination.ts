import type { ContactColumns } from "./contactColumns";
import { firstAtOrAfter } from "./transactionIndex";

/**
 * Treated contact days of each customer across all campaigns, sorted, with their campaign
 * numbers, as flat arrays: customer number s owns positions offsets[s] .. offsets[s + 1] - 1.
 */
export interface TreatedDays {
  offsets: Int32Array;
  days: Float64Array;
  campaigns: Int32Array;
}

/** Indexes the treated contacts of customers who are in some control group (the only ones checked). */
export function indexTreatedDays(columns: ContactColumns): TreatedDays {
  const { customerCount } = columns;
  const inControl = new Uint8Array(customerCount);
  for (let i = 0; i < columns.count; i++)
    if (columns.control[i]) inControl[columns.customer[i]] = 1;
  const checked = (i: number) => !columns.control[i] && inControl[columns.customer[i]] === 1;
  const offsets = new Int32Array(customerCount + 1);
  for (let i = 0; i < columns.count; i++) if (checked(i)) offsets[columns.customer[i] + 1]++;
  for (let s = 0; s < customerCount; s++) offsets[s + 1] += offsets[s];
  const next = offsets.slice(0, customerCount);
  const days = new Float64Array(offsets[customerCount]);
  const campaigns = new Int32Array(offsets[customerCount]);
  for (let i = 0; i < columns.count; i++) {
    if (!checked(i)) continue;
    const k = next[columns.customer[i]]++;
    days[k] = columns.day[i];
    campaigns[k] = columns.campaign[i];
  }
  for (let s = 0; s < customerCount; s++) {
    // insertion sort by day: a customer has few treated contacts
    for (let k = offsets[s] + 1; k < offsets[s + 1]; k++) {
      const day = days[k];
      const campaign = campaigns[k];
      let j = k - 1;
      for (; j >= offsets[s] && days[j] > day; j--) {
        days[j + 1] = days[j];
        campaigns[j + 1] = campaigns[j];
      }
      days[j + 1] = day;
      campaigns[j + 1] = campaign;
    }
  }
  return { offsets, days, campaigns };
}

/**
 * True when a control customer of campaign number `campaign` was treated by another campaign
 * during this one's window (day .. day + windowDays - 1): the control group was "contacted
 * anyway", which biases the uplift towards zero.
 */
export function contactedAnyway(
  index: TreatedDays,
  customer: number,
  campaign: number,
  day: number,
  windowDays: number
): boolean {
  const end = index.offsets[customer + 1];
  for (
    let k = firstAtOrAfter(index.days, day, index.offsets[customer], end);
    k < end && index.days[k] < day + windowDays;
    k++
  ) {
    if (index.campaigns[k] !== campaign) return true;
  }
  return false;
}
