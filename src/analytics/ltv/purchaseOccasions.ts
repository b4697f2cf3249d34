/**
 * Purchase occasions per customer (the BG/NBD convention, customerSummary.ts): the lines of a
 * calendar day are one occasion, their amounts summed; a day with only returns is none.
 */
import type { TransactionLines } from "../transactionLines";

/** Purchase occasions of each customer: their ids, and per customer its days and values. */
export interface Occasions {
  ids: string[];
  /** Customer k's occasions are at start[k] .. start[k + 1] - 1 of `days` and `values`. */
  start: Int32Array;
  /** Purchase days (day numbers), ascending within each customer. */
  days: Int32Array;
  /** Net value of each purchase day. */
  values: Float64Array;
}

/**
 * Groups lines into purchase occasions per customer, by calendar day, up to `lastDay`:
 * customers in order of first appearance, days ascending, each day's value summed in line
 * order (a day's first line's amount plus the next ones', as a Map of days per customer did).
 * The lines' days, amounts and return flags are copied into customer order first (a counting
 * sort), so that each customer's lines are read in sequence rather than at random across a
 * million; the occasions are then written over the copies (never ahead of what is read).
 */
function occasionsByCustomer(lines: TransactionLines, lastDay: number): Occasions {
  const { customer, day, amount, isReturn } = lines;
  const n = customer.length;
  // Lines counted per customer (numbered in order of first appearance).
  const localOf = new Int32Array(lines.ids.length).fill(-1);
  const ids: string[] = [];
  const from = new Int32Array(lines.ids.length + 1);
  for (let i = 0; i < n; i++) {
    const g = customer[i];
    if (g < 0 || day[i] > lastDay) continue;
    if (localOf[g] < 0) {
      localOf[g] = ids.length;
      ids.push(lines.ids[g]);
    }
    from[localOf[g] + 1]++;
  }
  const customers = ids.length;
  for (let k = 0; k < customers; k++) from[k + 1] += from[k];
  const counted = from[customers];
  const next = from.slice(0, customers);
  const days = new Int32Array(counted);
  const values = new Float64Array(counted);
  const returns = new Uint8Array(counted);
  for (let i = 0; i < n; i++) {
    const g = customer[i];
    if (g < 0 || day[i] > lastDay) continue;
    const at = next[localOf[g]]++;
    days[at] = day[i];
    values[at] = amount[i];
    returns[at] = isReturn[i];
  }

  const resultIds: string[] = [];
  const start = new Int32Array(customers + 1);
  let occasions = 0;
  for (let k = 0; k < customers; k++) {
    const end = from[k + 1];
    // By day, the lines of one day in line order (a stable sort of the customer's lines).
    if (!ascending(days, from[k], end)) sortByDay(days, values, returns, from[k], end);
    const before = occasions;
    for (let j = from[k]; j < end;) {
      const d = days[j];
      let value = values[j];
      let purchase = returns[j] === 0;
      for (j++; j < end && days[j] === d; j++) {
        value += values[j];
        purchase ||= returns[j] === 0;
      }
      if (!purchase) continue;
      // occasions <= the first line of this day: the write never passes the reads
      days[occasions] = d;
      values[occasions++] = value;
    }
    if (occasions === before) continue;
    resultIds.push(ids[k]);
    start[resultIds.length] = occasions;
  }
  return {
    ids: resultIds,
    start: start.subarray(0, resultIds.length + 1),
    days: days.subarray(0, occasions),
    values: values.subarray(0, occasions),
  };
}

/** The occasions last grouped from each lines' columns, and up to which day. */
const grouped = new WeakMap<TransactionLines, { lastDay: number; occasions: Occasions }>();

/**
 * occasionsByCustomer, once for the same lines and last day: the LTV fit and its holdout check
 * both group every line up to the day before the as-of date (read-only from then on).
 */
export function sharedOccasions(lines: TransactionLines, lastDay: number): Occasions {
  const known = grouped.get(lines);
  if (known !== undefined && known.lastDay === lastDay) return known.occasions;
  const occasions = occasionsByCustomer(lines, lastDay);
  grouped.set(lines, { lastDay, occasions });
  return occasions;
}

function ascending(days: Int32Array, from: number, end: number): boolean {
  for (let j = from + 1; j < end; j++) if (days[j] < days[j - 1]) return false;
  return true;
}

/**
 * Sorts lines from..end - 1 (in line order) by day, stably, moving their amounts and return
 * flags along: an insertion sort for the few lines a customer has, a sort of positions beyond.
 */
function sortByDay(
  days: Int32Array,
  values: Float64Array,
  returns: Uint8Array,
  from: number,
  end: number
): void {
  if (end - from > 64) {
    const order = Array.from({ length: end - from }, (_, j) => from + j);
    order.sort((p, q) => days[p] - days[q] || p - q);
    const [d, v, r] = [days.slice(from, end), values.slice(from, end), returns.slice(from, end)];
    order.forEach((line, j) => {
      days[from + j] = d[line - from];
      values[from + j] = v[line - from];
      returns[from + j] = r[line - from];
    });
    return;
  }
  for (let j = from + 1; j < end; j++) {
    const d = days[j];
    const v = values[j];
    const r = returns[j];
    let k = j - 1;
    while (k >= from && days[k] > d) {
      days[k + 1] = days[k];
      values[k + 1] = values[k];
      returns[k + 1] = returns[k];
      k--;
    }
    days[k + 1] = d;
    values[k + 1] = v;
    returns[k + 1] = r;
  }
}
