import { roundedMoney, type Transaction } from "../domain";
import { linesOf, type TransactionLines } from "../transactionLines";
import { occasionOf, OccasionFirstDays } from "../occasionFirstDays";
import type { RfmOptions } from "./analyzeRfm";
import { segmentMapFor } from "./analyzeRfm";
import { segmentLookup } from "./segmentLookup";
import { CountsByRank } from "./countsByRank";
import { quantileOfOrderStatistics } from "./quantile";
import { groupOf } from "./scoreByQuantiles";

/** Customers asked about on each day: day number -> customer ids, or every scored customer. */
export type DayRequests = ReadonlyMap<number, Iterable<string> | "everyone">;

/** The answers: day number -> customer id -> segment (absent: not scored on that day). */
export type SegmentsOnDays = Map<number, Map<string, string>>;

/**
 * The RFM segment of given customers as of many days, each exactly what `analyzeRfm(transactions,
 * { ...options, asOf: day })` gives them, from one pass over the transactions sorted by day
 * instead of one RFM run a day (uplift asks for the segment as of every contact day: a daily
 * programme has 365 of them).
 *
 * The sweep keeps every customer's features (last purchase day, occasions, net spend) as of the
 * current day, and three counts-by-rank structures of the scored customers' values, from which
 * each day's cut points are read as the two order statistics the type-7 quantile needs. Spend is
 * summed in day order (input order within a day): for input sorted by date that is the order
 * `computeRfmFeatures` sums in; otherwise a sum can differ from it in the last binary digit,
 * which the rounding to 6 decimals both apply absorbs.
 *
 * Returns null for options the sweep does not cover (a trailing window, which drops old lines,
 * or equal-group scoring, which breaks ties by id): the caller then runs `analyzeRfm` per day.
 */
export function segmentsOnDays(
  transactions: readonly Transaction[] | TransactionLines,
  options: Omit<RfmOptions, "asOf">,
  requests: DayRequests
): SegmentsOnDays | null {
  const answers: SegmentsOnDays = new Map([...requests.keys()].map((day) => [day, new Map()]));
  let ids: readonly string[] = [];
  let segmentIds: readonly string[] = [];
  const swept = sweep(linesOf(transactions), options, requests, {
    begin: (customers, segments) => ([ids, segmentIds] = [customers, segments]),
    record: (day, c, segment) => answers.get(day)!.set(ids[c], segmentIds[segment]),
  });
  return swept ? answers : null;
}

/** Where the sweep puts its answers: customer ids and segment ids first, then each placement. */
interface Sink {
  begin(ids: readonly string[], segmentIds: readonly string[]): void;
  record(day: number, customer: number, segment: number): void;
}

function sweep(
  lines: TransactionLines,
  options: Omit<RfmOptions, "asOf">,
  requests: DayRequests,
  sink: Sink
): boolean {
  if (options.windowMonths !== undefined || (options.rule ?? "quantiles") !== "quantiles") {
    return false;
  }
  const bins = options.bins ?? 5;
  const map = segmentMapFor(options);
  const segmentIds = map.segments.map((s) => s.id);
  const segmentOf = segmentLookup(map, bins, segmentIds);
  const days = [...requests.keys()].sort((a, b) => a - b);

  const sorted = sortedByDay(lines);
  const { order, dayOf, customerOf, ids, firstDay } = sorted;
  const { amount, isReturn, invoice } = lines;
  const customers = ids.length;
  const indexOf = new Map(ids.map((id, c) => [id, c]));
  sink.begin(ids, segmentIds);
  if (days.length === 0) return true;

  // Every spend a customer ever has after one of their lines, in the order the sweep meets
  // them: the ranks of the monetary structure.
  const spendAfter = new Float64Array(order.length);
  {
    const net = new Float64Array(customers);
    for (let k = 0; k < order.length; k++) {
      net[customerOf[k]] += amount[order[k]];
      spendAfter[k] = roundedSpend(net[customerOf[k]]);
    }
  }
  const spendValues = uniqueSorted(spendAfter);

  const lastDay = new Int32Array(customers).fill(-1);
  const occasions = new Int32Array(customers);
  const spendRank = new Int32Array(customers).fill(-1);
  const span = sorted.lastDay - firstDay + 1;
  const byLastDay = new CountsByRank(Math.max(1, span));
  const byOccasions = new CountsByRank(sorted.maxLinesPerCustomer + 1);
  const bySpend = new CountsByRank(Math.max(1, spendValues.length));
  // Distinct purchase occasions (an invoice, or the day of lines without one), counted as
  // `computeRfmFeatures` counts them: a pair (customer, occasion) counts when first met.
  const seen = new OccasionFirstDays(lines.invoiceCount);
  let firstDataDay = Infinity;

  let k = 0;
  for (const day of days) {
    for (; k < order.length && dayOf[k] < day; k++) {
      const i = order[k];
      const c = customerOf[k];
      const offset = dayOf[k] - firstDay;
      if (dayOf[k] < firstDataDay) firstDataDay = dayOf[k];
      const scored = occasions[c] > 0;
      const rank = rankOf(spendValues, spendAfter[k]);
      if (scored && rank !== spendRank[c]) {
        bySpend.add(spendRank[c], -1);
        bySpend.add(rank, 1);
      }
      spendRank[c] = rank;
      if (isReturn[i] === 1) continue;
      if (offset > lastDay[c]) {
        if (scored) byLastDay.add(lastDay[c], -1);
        lastDay[c] = offset;
        if (scored) byLastDay.add(offset, 1);
      }
      if (!seen.add(c, occasionOf(invoice[i], dayOf[k]), dayOf[k])) continue;
      if (scored) byOccasions.add(occasions[c], -1);
      occasions[c]++;
      byOccasions.add(occasions[c], 1);
      if (!scored) {
        byLastDay.add(lastDay[c], 1);
        bySpend.add(spendRank[c], 1);
      }
    }

    const n = byOccasions.count;
    if (n === 0) continue;
    const recencyOf = (lastOffset: number) => day - firstDay - lastOffset;
    // Ascending recency is descending last purchase day.
    const recencyCuts = cuts(n, bins, (i) => recencyOf(byLastDay.nth(n - 1 - i)));
    const frequencyCuts = cuts(n, bins, (i) => byOccasions.nth(i));
    const spendCuts = cuts(n, bins, (i) => spendValues[bySpend.nth(i)]);
    const years = Math.max(1, day - firstDataDay) / 365.25;
    const place = (c: number) => {
      if (occasions[c] === 0) return;
      const spend = spendValues[spendRank[c]];
      const r = bins + 1 - groupOf(recencyOf(lastDay[c]), recencyCuts);
      const f = groupOf(occasions[c], frequencyCuts);
      const m = groupOf(spend, spendCuts);
      sink.record(day, c, segmentOf(r, f, m, spend / years));
    };
    const asked = requests.get(day) ?? [];
    if (asked === "everyone") for (let c = 0; c < customers; c++) place(c);
    else {
      for (const id of asked) {
        const c = indexOf.get(id);
        if (c !== undefined) place(c);
      }
    }
  }
  return true;
}

/** Net spend as `computeRfmFeatures` reports it: rounded to 6 decimals, never below zero. */
function roundedSpend(net: number): number {
  return Math.max(0, roundedMoney(net));
}

function cuts(n: number, bins: number, nth: (i: number) => number): number[] {
  const result: number[] = [];
  for (let j = 1; j < bins; j++) result.push(quantileOfOrderStatistics(n, j, bins, nth));
  return result;
}

/**
 * Readable lines (finite day and amount: a customer number) in day order, input order within a
 * day; customers numbered in that order.
 */
function sortedByDay(lines: TransactionLines) {
  const { customer, day } = lines;
  const n = customer.length;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (customer[i] < 0) continue;
    m++;
    if (day[i] < firstDay) firstDay = day[i];
    if (day[i] > lastDay) lastDay = day[i];
  }
  const order = new Int32Array(m);
  const dayOf = new Int32Array(m);
  const customerOf = new Int32Array(m);
  const ids: string[] = [];
  if (m === 0) {
    return { order, dayOf, customerOf, ids, firstDay: 0, lastDay: 0, maxLinesPerCustomer: 0 };
  }
  // Counting sort by day: stable, so lines of one day keep their input order.
  const starts = new Int32Array(lastDay - firstDay + 2);
  for (let i = 0; i < n; i++) if (customer[i] >= 0) starts[day[i] - firstDay + 1]++;
  for (let d = 1; d < starts.length; d++) starts[d] += starts[d - 1];
  for (let i = 0; i < n; i++) if (customer[i] >= 0) order[starts[day[i] - firstDay]++] = i;
  const numberOf = new Int32Array(lines.ids.length).fill(-1);
  const counts: number[] = [];
  for (let k = 0; k < m; k++) {
    const i = order[k];
    dayOf[k] = day[i];
    let c = numberOf[customer[i]];
    if (c < 0) {
      c = numberOf[customer[i]] = ids.length;
      ids.push(lines.ids[customer[i]]);
      counts.push(0);
    }
    customerOf[k] = c;
    counts[c]++;
  }
  let maxLinesPerCustomer = 0;
  for (const count of counts) if (count > maxLinesPerCustomer) maxLinesPerCustomer = count;
  return { order, dayOf, customerOf, ids, firstDay, lastDay, maxLinesPerCustomer };
}

function uniqueSorted(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  }
  return sorted.slice(0, n);
}

/** Index of a value known to be in the sorted array. */
function rankOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
