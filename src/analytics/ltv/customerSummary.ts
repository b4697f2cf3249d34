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
import { dayNumber, roundedMoney, type Instant, type Transaction } from "../domain";
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

interface Occasions {
  /** Purchase days (day numbers) in ascending order, with the net value of each. */
  days: number[];
  values: number[];
}

/** Groups lines into purchase occasions per customer, by calendar day, up to `lastDay`. */
function occasionsByCustomer(
  transactions: readonly Transaction[],
  lastDay: number
): Map<string, Occasions> {
  const perCustomer = new Map<string, Map<number, { value: number; purchase: boolean }>>();
  for (const tx of transactions) {
    const day = dayNumber(tx.date);
    if (day > lastDay || !Number.isFinite(tx.amount)) continue;
    let days = perCustomer.get(tx.customerId);
    if (!days) perCustomer.set(tx.customerId, (days = new Map()));
    const entry = days.get(day);
    if (entry) {
      entry.value += tx.amount;
      entry.purchase ||= !tx.isReturn;
    } else {
      days.set(day, { value: tx.amount, purchase: !tx.isReturn });
    }
  }
  const result = new Map<string, Occasions>();
  for (const [id, days] of perCustomer) {
    const purchaseDays = [...days.entries()]
      .filter(([, e]) => e.purchase)
      .sort((p, q) => p[0] - q[0]);
    if (purchaseDays.length === 0) continue;
    result.set(id, {
      days: purchaseDays.map(([d]) => d),
      values: purchaseDays.map(([, e]) => e.value),
    });
  }
  return result;
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
  transactions: readonly Transaction[],
  options: SummaryOptions
): CustomerSummary {
  const lastTransactionDay = transactions.reduce(
    (last, tx) => (Number.isFinite(tx.date) ? Math.max(last, dayNumber(tx.date)) : last),
    -Infinity
  );
  const calibrationEndDay =
    options.calibrationEnd !== undefined ? dayNumber(options.calibrationEnd) : lastTransactionDay;
  const holdoutEndDay =
    options.holdoutEnd !== undefined ? dayNumber(options.holdoutEnd) : undefined;
  const unitDays = daysPerUnit(options.timeUnit);
  const occasions = occasionsByCustomer(transactions, holdoutEndDay ?? calibrationEndDay);

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
  for (const [id, { days, values }] of occasions) {
    const first = days[0];
    if (first > calibrationEndDay) continue;
    let last = first;
    let repeats = 0;
    let repeatValue = 0;
    let holdoutCount = 0;
    let holdoutSum = 0;
    for (let i = 1; i < days.length; i++) {
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
