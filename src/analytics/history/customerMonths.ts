import { linesOf, type TransactionsInput } from "../transactionLines";
import type { CustomerLines } from "./customerLines";
import { monthStart } from "./monthEnds";
import type { BuyersOfMonth, Cohort, CustomerMonths } from "./types";

/** First purchase month of a customer with none (only returns): after every month. */
const NO_PURCHASE = Number.MAX_SAFE_INTEGER;

/** Months since year 0: consecutive integers for consecutive calendar months. */
function monthNumber(day: number): number {
  const d = new Date(monthStart(day) * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function monthLabel(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/**
 * New vs returning buyers month by month, and first-purchase cohorts x months since the first
 * purchase (the retention table), over the last `months` calendar months that ended before the
 * as-of date. A purchase is a line that is not a return, on a day strictly before the as-of date;
 * a customer's first purchase is over all history, so a customer who first bought before the
 * table's first month is "returning" in it. Revenue is every line's amount, returns subtracting.
 * One pass to find first purchases, one to count, over the lines' columns (`customerLines`),
 * which the caller may share with the segment history.
 */
export function customerMonths(
  transactions: TransactionsInput,
  asOfDay: number,
  months = 12,
  lines: CustomerLines = linesOf(transactions)
): CustomerMonths {
  const lastMonth = monthNumber(asOfDay) - 1; // the last month that has ended
  const firstMonth = lastMonth - months + 1;
  const tableStart = monthStart(asOfDay, -months);
  const tableEnd = monthStart(asOfDay);
  // Month of each day of the table (a Date per line would dominate the time).
  const monthOfDay = new Int32Array(Math.max(0, tableEnd - tableStart));
  for (let m = 0; m < months; m++) {
    monthOfDay.fill(
      m,
      monthStart(tableStart, m) - tableStart,
      monthStart(tableStart, m + 1) - tableStart
    );
  }
  const monthOf = (day: number) => (day < tableStart ? -1 : monthOfDay[day - tableStart]);

  // First purchase month of each customer relative to the table (-1: before it).
  const { customer, day, amount, isReturn } = lines;
  const first = new Array<number>(lines.ids.length).fill(NO_PURCHASE);
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    if (c < 0 || day[i] >= tableEnd || isReturn[i] === 1) continue;
    const m = monthOf(day[i]);
    if (m < first[c]) first[c] = m;
  }

  const buyers: BuyersOfMonth[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) {
    buyers.push({
      month: monthLabel(m),
      newCustomers: 0,
      returningCustomers: 0,
      newRevenue: 0,
      returningRevenue: 0,
    });
  }
  const boughtIn = new Uint8Array(first.length * months);
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    // Unreadable, after the table, or a customer with only returns.
    if (c < 0 || day[i] >= tableEnd || first[c] === NO_PURCHASE) continue;
    const m = monthOf(day[i]);
    if (m < 0) continue;
    const row = buyers[m];
    if (first[c] === m) row.newRevenue += amount[i];
    else if (first[c] < m) row.returningRevenue += amount[i];
    if (isReturn[i] === 1 || boughtIn[c * months + m] === 1) continue;
    boughtIn[c * months + m] = 1;
    if (first[c] === m) row.newCustomers++;
    else row.returningCustomers++;
  }

  const cohorts: Cohort[] = buyers.map((row, m) => ({
    month: row.month,
    customers: 0,
    active: new Array<number>(months - m).fill(0),
  }));
  for (let c = 0; c < first.length; c++) {
    const f = first[c];
    if (f < 0 || f === NO_PURCHASE) continue; // first bought before the table
    cohorts[f].customers++;
    for (let m = f; m < months; m++) if (boughtIn[c * months + m] === 1) cohorts[f].active[m - f]++;
  }
  return { buyers, cohorts };
}
