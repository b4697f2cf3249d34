/**
 * Per-customer summary in the BG/NBD convention (Fader, Hardie & Lee 2005, section 2; the
 * `summary_data_from_transaction_data` of lifetimes):
 * - purchases on one calendar day are one purchase occasion, their values summed;
 * - frequency = repeat occasions (occasions - 1) up to the calibration end;
 * - recency = time from the first to the last occasion; T = time from the first occasion to
 *   the calibration end (both in the chosen unit, from whole days);
 * - monetary = mean value of the repeat occasions (the first one excluded), 0 without repeats;
 *   their total is rounded to the micro-unit first (roundedMoney), so that a repeat spend netted
 *   to nothing by returns is 0, not a float's dust (which Gamma-Gamma would take for a spend).
 *
 * Returns and cancellations: a day with only return lines is not a purchase occasion (a refund
 * is not a visit); a return on a purchase day lowers that day's value. Customers whose first
 * purchase falls after the calibration end are left out: the model has not seen them.
 */
import { dayNumber, roundedMoney, type Instant } from "../domain";
import { lineDayRange } from "../lineDayRange";
import { linesOf, type TransactionLines, type TransactionsInput } from "../transactionLines";
import { daysPerUnit, type TimeUnit } from "./timeUnit";

export interface SummaryOptions {
  /** Last day of the calibration period (inclusive) [the day of the last transaction]. */
  calibrationEnd?: Instant;
  /** Last day of the holdout period (inclusive); purchases after the calibration end up to it are counted. */
  holdoutEnd?: Instant;
  timeUnit: TimeUnit;
}

export interface HoldoutCounts {
  /** Repeat occasions of each customer in the holdout period (calibration end, holdout end]. */
  frequency: number[];
  /** Length of the holdout period in the summary's unit. */
  duration: number;
  /** Total value of those holdout occasions, per customer. */
  value: number[];
}

export interface CustomerSummary {
  customerIds: string[];
  frequency: number[];
  recency: number[];
  T: number[];
  monetary: number[];
  timeUnit: TimeUnit;
  /** Day number (dayNumber) of the calibration end. */
  calibrationEndDay: number;
  holdout?: HoldoutCounts;
}

/** Purchase occasions of each customer: their ids, and per customer its days and values. */
interface Occasions {
  ids: string[];
  /** Customer k's occasions are at start[k] .. start[k + 1] - 1 of `days` and `values`. */
  start: number[];
  /** Purchase days (day numbers), ascending within each customer. */
  days: number[];
  /** Net value of each purchase day. */
  values: number[];
}

/**
 * Groups lines into purchase occasions per customer, by calendar day, up to `lastDay`:
 * customers in order of first appearance, days ascending, each day's value summed in line
 * order (a day's first line's amount plus the next ones', as a Map of days per customer did).
 */
function occasionsByCustomer(lines: TransactionLines, lastDay: number): Occasions {
  const { customer, day, amount, isReturn } = lines;
  const n = customer.length;
  // Lines counted, grouped by customer (numbered in order of first appearance), in line order.
  const localOf = new Int32Array(lines.ids.length).fill(-1);
  const ids: string[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = customer[i];
    if (g < 0 || day[i] > lastDay) continue;
    if (localOf[g] < 0) {
      localOf[g] = ids.length;
      ids.push(lines.ids[g]);
      count.push(0);
    }
    count[localOf[g]]++;
  }
  const from = new Int32Array(ids.length + 1);
  for (let k = 0; k < ids.length; k++) from[k + 1] = from[k] + count[k];
  const next = from.slice(0, ids.length);
  const order = new Int32Array(from[ids.length]);
  for (let i = 0; i < n; i++) {
    const g = customer[i];
    if (g < 0 || day[i] > lastDay) continue;
    order[next[localOf[g]]++] = i;
  }

  const result: Occasions = { ids: [], start: [0], days: [], values: [] };
  for (let k = 0; k < ids.length; k++) {
    const mine = order.subarray(from[k], from[k + 1]);
    // By day, the lines of one day in line order (the order is of increasing line numbers).
    if (!ascendingDays(mine, day)) sortByDay(mine, day);
    const before = result.days.length;
    for (let j = 0; j < mine.length;) {
      const d = day[mine[j]];
      let value = amount[mine[j]];
      let purchase = isReturn[mine[j]] === 0;
      for (j++; j < mine.length && day[mine[j]] === d; j++) {
        value += amount[mine[j]];
        purchase ||= isReturn[mine[j]] === 0;
      }
      if (!purchase) continue;
      result.days.push(d);
      result.values.push(value);
    }
    if (result.days.length === before) continue;
    result.ids.push(ids[k]);
    result.start.push(result.days.length);
  }
  return result;
}

/** The occasions last grouped from each lines' columns, and up to which day. */
const grouped = new WeakMap<TransactionLines, { lastDay: number; occasions: Occasions }>();

/**
 * occasionsByCustomer, once for the same lines and last day: the LTV fit and its holdout check
 * both group every line up to the day before the as-of date (read-only from then on).
 */
function sharedOccasions(lines: TransactionLines, lastDay: number): Occasions {
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

/**
 * Builds the frequency / recency / T / monetary summary of every customer who bought by the
 * calibration end, and with `holdoutEnd` the repeat occasions each made in the holdout period.
 *
 * @example
 * // CDNOW customer 1: purchases 1997-01-01, 01-18, 08-02 (and 12-12, after calibration)
 * // calibration end 1997-09-30, weeks: frequency 2, recency 213/7 = 30.43, T 272/7 = 38.86,
 * // monetary (29.73 + 14.96) / 2 = 22.345
 */
export function summarizeCustomers(
  transactions: TransactionsInput,
  options: SummaryOptions,
  lines: TransactionLines = linesOf(transactions)
): CustomerSummary {
  const calibrationEndDay =
    options.calibrationEnd !== undefined
      ? dayNumber(options.calibrationEnd)
      : lineDayRange(lines).finiteMax;
  const holdoutEndDay =
    options.holdoutEnd !== undefined ? dayNumber(options.holdoutEnd) : undefined;
  const unitDays = daysPerUnit(options.timeUnit);
  const occasions = sharedOccasions(lines, holdoutEndDay ?? calibrationEndDay);

  const summary: CustomerSummary = {
    customerIds: [],
    frequency: [],
    recency: [],
    T: [],
    monetary: [],
    timeUnit: options.timeUnit,
    calibrationEndDay: Number.isFinite(calibrationEndDay) ? calibrationEndDay : 0,
  };
  const holdoutFrequency: number[] = [];
  const holdoutValue: number[] = [];
  const { days, values } = occasions;
  for (let k = 0; k < occasions.ids.length; k++) {
    const id = occasions.ids[k];
    const first = days[occasions.start[k]];
    if (first > calibrationEndDay) continue;
    let last = first;
    let repeats = 0;
    let repeatValue = 0;
    let holdoutCount = 0;
    let holdoutSum = 0;
    for (let i = occasions.start[k] + 1; i < occasions.start[k + 1]; i++) {
      if (days[i] <= calibrationEndDay) {
        repeats++;
        repeatValue += values[i];
        last = days[i];
      } else {
        holdoutCount++;
        holdoutSum += values[i];
      }
    }
    summary.customerIds.push(id);
    summary.frequency.push(repeats);
    summary.recency.push((last - first) / unitDays);
    summary.T.push((calibrationEndDay - first) / unitDays);
    // money totals to the micro-unit: the same doubles whatever order the lines were added in
    summary.monetary.push(repeats > 0 ? roundedMoney(repeatValue) / repeats : 0);
    holdoutFrequency.push(holdoutCount);
    holdoutValue.push(roundedMoney(holdoutSum));
  }
  if (holdoutEndDay !== undefined) {
    summary.holdout = {
      frequency: holdoutFrequency,
      value: holdoutValue,
      duration: Math.max(0, holdoutEndDay - calibrationEndDay) / unitDays,
    };
  }
  return summary;
}
