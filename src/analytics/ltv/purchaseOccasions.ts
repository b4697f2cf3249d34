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
 * Typed columns throughout: sized by the lines counted, of which only the occasions' part is
 * ever written (untouched memory costs nothing).
 */
function occasionsByCustomer(lines: TransactionLines, lastDay: number): Occasions {
  const { customer, day, amount, isReturn } = lines;
  const n = customer.length;
  // Lines counted, grouped by customer (numbered in order of first appearance), in line order.
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
  const order = new Int32Array(counted);
  for (let i = 0; i < n; i++) {
    const g = customer[i];
    if (g < 0 || day[i] > lastDay) continue;
    order[next[localOf[g]]++] = i;
  }

  const result: Occasions = {
    ids: [],
    start: new Int32Array(customers + 1),
    days: new Int32Array(counted),
    values: new Float64Array(counted),
  };
  const { days, values, start } = result;
  let occasions = 0;
  for (let k = 0; k < customers; k++) {
    const mine = order.subarray(from[k], from[k + 1]);
    // By day, the lines of one day in line order (the order is of increasing line numbers).
    if (!ascendingDays(mine, day)) sortByDay(mine, day);
    const before = occasions;
    for (let j = 0; j < mine.length;) {
      const d = day[mine[j]];
      let value = amount[mine[j]];
      let purchase = isReturn[mine[j]] === 0;
      for (j++; j < mine.length && day[mine[j]] === d; j++) {
        value += amount[mine[j]];
        purchase ||= isReturn[mine[j]] === 0;
      }
      if (!purchase) continue;
      days[occasions] = d;
      values[occasions++] = value;
    }
    if (occasions === before) continue;
    result.ids.push(ids[k]);
    start[result.ids.length] = occasions;
  }
  result.start = start.subarray(0, result.ids.length + 1);
  result.days = days.subarray(0, occasions);
  result.values = values.subarray(0, occasions);
  return result;
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

function ascendingDays(lines: Int32Array, day: Int32Array): boolean {
  for (let j = 1; j < lines.length; j++) if (day[lines[j]] < day[lines[j - 1]]) return false;
  return true;
}

/**
 * Sorts a customer's lines (increasing line numbers) by day, stably: an insertion sort, in
 * place, for the few lines a customer has; a sort with a comparator per customer of a million
 * lines cost more than the grouping.
 */
function sortByDay(lines: Int32Array, day: Int32Array): void {
  if (lines.length > 64) {
    lines.set([...lines].sort((p, q) => day[p] - day[q] || p - q));
    return;
  }
  for (let j = 1; j < lines.length; j++) {
    const line = lines[j];
    const d = day[line];
    let k = j - 1;
    while (k >= 0 && day[lines[k]] > d) {
      lines[k + 1] = lines[k];
      k--;
    }
    lines[k + 1] = line;
  }
}
