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
import { linesOf, type TransactionLines, type TransactionsInput } from "../transactionLines";
import { sharedOccasions } from "./purchaseOccasions";
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
      : lines.dayRange.finiteMax;
  const holdoutEndDay =
    options.holdoutEnd !== undefined ? dayNumber(options.holdoutEnd) : undefined;
  const unitDays = daysPerUnit(options.timeUnit);
  const occasions = sharedOccasions(lines, holdoutEndDay ?? calibrationEndDay);

  const { days, values, start } = occasions;
  // The customers who bought by the calibration end, counted first: columns made at their size
  // rather than grown a push at a time.
  let m = 0;
  for (let k = 0; k < occasions.ids.length; k++) if (!(days[start[k]] > calibrationEndDay)) m++;
  const column = (): number[] => new Array<number>(m);
  const summary: CustomerSummary = {
    customerIds: new Array<string>(m),
    frequency: column(),
    recency: column(),
    T: column(),
    monetary: column(),
    timeUnit: options.timeUnit,
    calibrationEndDay: Number.isFinite(calibrationEndDay) ? calibrationEndDay : 0,
  };
  const holdoutFrequency = column();
  const holdoutValue = column();
  for (let k = 0, c = 0; k < occasions.ids.length; k++) {
    const first = days[start[k]];
    if (first > calibrationEndDay) continue;
    let last = first;
    let repeats = 0;
    let repeatValue = 0;
    let holdoutCount = 0;
    let holdoutSum = 0;
    for (let i = start[k] + 1; i < start[k + 1]; i++) {
      if (days[i] <= calibrationEndDay) {
        repeats++;
        repeatValue += values[i];
        last = days[i];
      } else {
        holdoutCount++;
        holdoutSum += values[i];
      }
    }
    summary.customerIds[c] = occasions.ids[k];
    summary.frequency[c] = repeats;
    summary.recency[c] = (last - first) / unitDays;
    summary.T[c] = (calibrationEndDay - first) / unitDays;
    // money totals to the micro-unit: the same doubles whatever order the lines were added in
    summary.monetary[c] = repeats > 0 ? roundedMoney(repeatValue) / repeats : 0;
    holdoutFrequency[c] = holdoutCount;
    holdoutValue[c++] = roundedMoney(holdoutSum);
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
