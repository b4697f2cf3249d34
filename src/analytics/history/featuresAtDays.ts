import type { CustomerLines } from "./customerLines";

/**
 * Every customer's RFM features as of each of a few days (the month-ends), for customer c (an
 * index into `CustomerLines.ids`) as of `days[k]`: occasions and recency at `k * customers + c`
 * (a day's values contiguous, as its scoring reads them), spend at `c * days.length + k` (the
 * customer rows it is summed in, rounded in place rather than copied into a third array).
 */
export interface FeaturesAtDays {
  /** The as-of days, ascending. */
  days: readonly number[];
  /** Distinct purchase occasions on days strictly before the as-of day (0: not scored then). */
  occasions: Int32Array;
  /** Days from the last purchase to the as-of day (meaningful when occasions > 0). */
  recency: Int32Array;
  /** Net spend before the as-of day, rounded to 6 decimals and floored at zero (customer rows). */
  spend: Float64Array;
  /** First day of the readable lines: yearly spend divides by the days since it. */
  firstDay: number;
}

// Keys of (customer, day) occasions for lines without an invoice id, as in rfm/features.ts.
const DAY_SLOTS = 8_388_608;
const NO_DAY = -2_147_483_648;

/**
 * The features `computeRfmFeatures(transactions, { asOf: day })` gives (all history), for every
 * day of `days`, from one pass over the lines in their order.
 *
 * Each line falls in a bucket: the first as-of day it comes before. Net spend is summed per
 * as-of day in line order, so each sum is the very sum `computeRfmFeatures` makes, to the last
 * binary digit: a customer holds the final sums of the days before their latest bucket so far
 * and, at that bucket, the running sum of all their lines; a line in a later bucket first
 * copies the running sum forward, a line in an earlier one adds to the days from its bucket on.
 * Lines in date order cost one addition each. The last purchase day and the occasions are kept
 * per bucket and carried forward at the end (a running maximum, a running count). An occasion
 * (a customer's invoice id, or the day of a line without one) counts in the bucket of its
 * earliest purchase line: when a later line of the same invoice comes on an earlier day, the
 * occasion moves to that line's bucket.
 */
export function featuresAtDays(lines: CustomerLines, asOfDays: readonly number[]): FeaturesAtDays {
  const days = [...new Set(asOfDays)].sort((a, b) => a - b);
  const width = days.length;
  const customers = lines.ids.length;
  const size = customers * width;
  // While the lines come: net sums as described, in customer rows (a line out of date order
  // touches several days of its customer: neighbours in memory); occasions and last purchase
  // day per bucket, by day.
  const net = new Float64Array(size);
  const occasions = new Int32Array(size);
  const last = new Int32Array(size).fill(NO_DAY);
  const latestBucket = new Int32Array(customers);
  const result = { days, occasions, recency: last, spend: net, firstDay: lines.firstDay };
  if (width === 0) return result;

  // Bucket of each day between the first and the last as-of day; days before the first are in
  // bucket 0, days on or after the last in none.
  const start = days[0];
  const end = days[width - 1];
  const bucketOfDay = new Int32Array(Math.max(0, end - start));
  for (let k = 1; k < width; k++) bucketOfDay.fill(k, days[k - 1] - start, days[k] - start);

  // Occasions seen: an invoice's first owner and its bucket (owner * width + bucket; -1 before
  // any); other customers' uses of it by (customer, invoice) key; (customer, day) keys of lines
  // without an invoice.
  const invoiceOwner = new Float64Array(lines.invoiceCount).fill(-1);
  const sharedInvoices = new Map<number, number>();
  const occasionDays = new Set<number>();
  let previousInvoice = -1;
  let previousCustomer = -1;
  let previousBucket = 0;

  const { customer, day, amount: amounts, isReturn, invoice: invoices, invoiceCount } = lines;
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    const d = day[i];
    if (c < 0 || d >= end) continue;
    const bucket = d < start ? 0 : bucketOfDay[d - start];
    const slot = bucket * customers + c;
    const amount = amounts[i];
    const latest = latestBucket[c];
    const row = c * width;
    if (bucket === latest) net[row + bucket] += amount;
    else if (bucket > latest) {
      const running = net[row + latest];
      for (let k = row + latest + 1; k < row + bucket; k++) net[k] = running;
      net[row + bucket] = running + amount;
      latestBucket[c] = bucket;
    } else for (let k = row + bucket; k <= row + latest; k++) net[k] += amount;
    if (isReturn[i] === 1) continue;
    if (d > last[slot]) last[slot] = d;
    const invoice = invoices[i];
    if (invoice < 0) {
      const key = c * DAY_SLOTS + (d - lines.firstDay);
      if (!occasionDays.has(key)) {
        occasionDays.add(key);
        occasions[slot]++;
      }
      continue;
    }
    // Lines of one invoice are usually consecutive and on one day: already counted.
    if (invoice === previousInvoice && c === previousCustomer && bucket >= previousBucket) continue;
    previousInvoice = invoice;
    previousCustomer = c;
    const key = c * width + bucket;
    const owner = invoiceOwner[invoice];
    if (owner < 0) {
      invoiceOwner[invoice] = key;
      occasions[slot]++;
      previousBucket = bucket;
      continue;
    }
    const ownerBucket = owner % width;
    const owned = owner - ownerBucket === c * width;
    const shared = c * invoiceCount + invoice;
    const counted = owned ? ownerBucket : sharedInvoices.get(shared);
    if (counted !== undefined && counted <= bucket) {
      previousBucket = counted;
      continue;
    }
    if (counted !== undefined) occasions[counted * customers + c]--;
    occasions[slot]++;
    previousBucket = bucket;
    if (owned) invoiceOwner[invoice] = key;
    else sharedInvoices.set(shared, bucket);
  }

  // Day by day, each from the one before: running counts and last purchase; then each
  // customer's sums by day (past the latest bucket, the running sum).
  for (let k = 0; k < width; k++) {
    const row = k * customers;
    for (let c = 0; c < customers; c++) {
      const at = row + c;
      if (k > 0) {
        const before = at - customers;
        occasions[at] += occasions[before];
        if (last[before] > last[at]) last[at] = last[before];
      }
    }
  }
  for (let c = 0; c < customers; c++) {
    const row = c * width;
    const latest = latestBucket[c];
    const running = net[row + latest];
    for (let k = 0; k < width; k++) {
      const sum = k <= latest ? net[row + k] : running;
      // As computeRfmFeatures reports it: 6 decimals (no float dust), never below zero.
      net[row + k] = Math.max(0, Math.round(sum * 1e6) / 1e6);
    }
  }
  // Recency last, once no later day needs the last purchase day.
  for (let k = 0; k < width; k++) {
    for (let at = k * customers; at < (k + 1) * customers; at++) {
      last[at] = occasions[at] > 0 ? days[k] - last[at] : 0;
    }
  }
  return result;
}
