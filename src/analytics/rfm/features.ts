import { dayNumber, roundedMoney, type Instant } from "../domain";
import { occasionOf, OccasionFirstDays } from "../occasionFirstDays";
import { linesOf, type TransactionLines, type TransactionsInput } from "../transactionLines";
import { monthsBefore } from "./calendar";

export interface RfmFeatureOptions {
  /**
   * The analysis date. Only transactions on days strictly before it count; its time of day is
   * ignored. Default: the day after the last transaction (returns included).
   */
  asOf?: Instant;
  /** Use only the last N calendar months before the as-of date. Default: all history. */
  windowMonths?: number;
}

/**
 * Per-customer RFM values, one column per metric (index i is customer `ids[i]`), so scoring can
 * sort each metric once without building objects.
 */
export interface RfmFeatures {
  /** Day number of the as-of date; null only when there is no transaction and no as-of date. */
  asOfDay: number | null;
  /** First day inside the window; null for all history. */
  windowStartDay: number | null;
  /** First day with a transaction inside the window (null when none): yearly spend divides by it. */
  firstDataDay: number | null;
  /** Customers with at least one purchase in the window, in order of first appearance. */
  ids: string[];
  /** Whole days from the last purchase day to the as-of day (>= 1). */
  recency: Float64Array;
  /** Distinct purchase occasions: invoice ids, or days for lines without an invoice id. */
  frequency: Float64Array;
  /** Net spend in the window (purchases minus returns), never below zero. */
  monetary: Float64Array;
  /** Average order value: monetary / frequency. */
  aov: Float64Array;
  /** Customers whose only lines in the window are returns: not scored (they have no recency). */
  returnsOnly: string[];
  /**
   * Lines skipped because their date or amount is not a finite number. Cleaning reports such
   * rows with their sheet and row; here they are skipped rather than turning every score to NaN.
   */
  unreadableLines: number;
}

const NO_DAY = -2_147_483_648;

/**
 * RFM features as of a date, in one pass over the transactions.
 *
 * - recency = as-of day − day of the last purchase, in whole calendar days: a purchase the day
 *   before the as-of date has recency 1.
 * - frequency = distinct purchase occasions: distinct invoice ids; a line without an invoice id
 *   counts its day as the occasion (two such lines on one day are one occasion). Returns are
 *   never occasions.
 * - monetary = net spend: every line's amount in the window summed, returns negative, floored at
 *   zero (a customer who returned more than they bought in the window is worth 0, not less).
 * - aov = monetary / frequency.
 *
 * Who appears: a customer appears when they have at least one purchase (a line not marked as a
 * return) in the window. A customer with only returns in the window would have frequency 0 and no
 * recency: they are not scored and are listed in `returnsOnly` instead. A customer with no line in
 * the window at all does not appear (the migration matrix counts them as "leaving").
 *
 * Definitions as in Hughes (1994) "Strategic Database Marketing" and DESIGN.md, "The analyses".
 * `lines` are the columns of these very transactions, when a caller already has them.
 */
export function computeRfmFeatures(
  transactions: TransactionsInput,
  options: RfmFeatureOptions = {},
  lines: TransactionLines = linesOf(transactions)
): RfmFeatures {
  const asOfDay = options.asOf !== undefined ? dayNumber(options.asOf) : dayAfterLast(lines);
  if (asOfDay === null) return emptyFeatures(null, null);
  const windowStartDay =
    options.windowMonths !== undefined ? monthsBefore(asOfDay, options.windowMonths) : null;
  const startDay = windowStartDay ?? -Infinity;

  const n = lines.customer.length;
  const { customer, day: lineDay, amount, isReturn, invoice } = lines;
  // Customers numbered in order of first appearance in the window (the order of `ids`), each
  // with its number in the lines; per-customer columns sized by the lines' customers, not lines.
  const customers = lines.ids.length;
  const localOf = new Int32Array(customers).fill(-1);
  const lineCustomerOf = new Int32Array(customers);
  let seen = 0;
  const lastDay = new Int32Array(customers).fill(NO_DAY);
  const occasions = new Float64Array(customers);
  const net = new Float64Array(customers);
  // A purchase occasion is a (customer, invoice) pair, or a (customer, day) pair for lines
  // without an invoice id, counted when first met.
  const pairs = new OccasionFirstDays(lines.invoiceCount);
  let firstDataDay = Infinity;
  let unreadableLines = 0;

  for (let i = 0; i < n; i++) {
    const g = customer[i];
    if (g < 0) {
      unreadableLines++;
      continue;
    }
    const day = lineDay[i];
    if (day >= asOfDay || day < startDay) continue;
    if (day < firstDataDay) firstDataDay = day;
    let c = localOf[g];
    if (c < 0) {
      c = localOf[g] = seen++;
      lineCustomerOf[c] = g;
    }
    net[c] += amount[i];
    if (isReturn[i] === 1) continue;
    if (day > lastDay[c]) lastDay[c] = day;
    if (pairs.add(c, occasionOf(invoice[i], day), day)) occasions[c]++;
  }

  const features = emptyFeatures(asOfDay, windowStartDay);
  features.unreadableLines = unreadableLines;
  if (seen === 0) return features;
  features.firstDataDay = firstDataDay;
  let m = 0;
  for (let c = 0; c < seen; c++) {
    if (occasions[c] > 0) m++;
    else features.returnsOnly.push(lines.ids[lineCustomerOf[c]]);
  }
  const buyers = new Int32Array(m);
  for (let c = 0, i = 0; c < seen; c++) if (occasions[c] > 0) buyers[i++] = c;
  features.ids = new Array<string>(m);
  features.recency = new Float64Array(m);
  features.frequency = new Float64Array(m);
  features.monetary = new Float64Array(m);
  features.aov = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const c = buyers[i];
    features.ids[i] = lines.ids[lineCustomerOf[c]];
    features.recency[i] = asOfDay - lastDay[c];
    features.frequency[i] = occasions[c];
    // Summing float amounts leaves dust (4310.000000000001) that would split equal spends into
    // different scores: round to 6 decimals, finer than any currency's smallest unit.
    const spend = Math.max(0, roundedMoney(net[c]));
    features.monetary[i] = spend;
    features.aov[i] = spend / occasions[c];
  }
  return features;
}

/** The default as-of day: the day after the last transaction, or null when there is none. */
export function dayAfterLast(transactions: TransactionsInput): number | null {
  const last = linesOf(transactions).dayRange.finiteMax;
  return last === -Infinity ? null : last + 1;
}

function emptyFeatures(asOfDay: number | null, windowStartDay: number | null): RfmFeatures {
  return {
    asOfDay,
    windowStartDay,
    firstDataDay: null,
    ids: [],
    recency: new Float64Array(0),
    frequency: new Float64Array(0),
    monetary: new Float64Array(0),
    aov: new Float64Array(0),
    returnsOnly: [],
    unreadableLines: 0,
  };
}
