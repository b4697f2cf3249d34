import { dayNumber, type Transaction } from "../domain";

/**
 * Each transaction line's customer (as a small integer) and day, in typed columns: read once
 * and shared by the month-end segments and the buyers and cohorts tables, so neither re-reads
 * dates or looks customer ids up in a Map per line.
 */
export interface CustomerLines {
  /** Customer ids of the readable lines, in order of first appearance. */
  ids: string[];
  /** customer[i]: index into `ids` of line i's customer; -1 when its date or amount is not a finite number. */
  customer: Int32Array;
  /** day[i]: day number of line i (0 for an unreadable line). */
  day: Int32Array;
  /** First and last day of the readable lines; both 0 when there is none. */
  firstDay: number;
  lastDay: number;
}

/**
 * The columns of `transactions`, in their order. A line is readable when its date and amount
 * are finite numbers: the lines `computeRfmFeatures` reads (the others it counts as unreadable).
 */
export function customerLines(transactions: readonly Transaction[]): CustomerLines {
  const n = transactions.length;
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let previousId: string | undefined;
  let c = -1;
  // A local binding: through a bundler's module object each call would go through a getter.
  const toDay = dayNumber;
  for (let i = 0; i < n; i++) {
    const t = transactions[i];
    const d = toDay(t.date);
    if (!Number.isFinite(d) || !Number.isFinite(t.amount)) {
      customer[i] = -1;
      continue;
    }
    day[i] = d;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    // Lines of one invoice are usually consecutive: same customer, skip the lookup.
    if (t.customerId !== previousId) {
      previousId = t.customerId;
      const known = indexOf.get(previousId);
      if (known !== undefined) c = known;
      else {
        c = ids.length;
        indexOf.set(previousId, c);
        ids.push(previousId);
      }
    }
    customer[i] = c;
  }
  if (firstDay === Infinity) [firstDay, lastDay] = [0, 0];
  return { ids, customer, day, firstDay, lastDay };
}
