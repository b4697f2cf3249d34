/** Small builders for hand-written RFM test data. */
import { MS_PER_DAY, type Transaction } from "../../../src/analytics/domain";

/** An Instant from "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" (wall clock read as UTC). */
export function at(text: string): number {
  const [date, time = "00:00"] = text.split(" ");
  const [y, m, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return Date.UTC(y, m - 1, d, h, mi);
}

/** The day number of "YYYY-MM-DD". */
export function day(text: string): number {
  return at(text) / MS_PER_DAY;
}

/** A purchase line; `invoiceId` undefined for data without invoice numbers. */
export function buy(
  customerId: string,
  when: string,
  amount: number,
  invoiceId?: string
): Transaction {
  return {
    customerId,
    date: at(when),
    amount,
    invoiceId,
    isReturn: false,
    source: { sheet: "Transactions", row: 0 },
  };
}

/** A return line: a negative amount. */
export function giveBack(
  customerId: string,
  when: string,
  amount: number,
  invoiceId?: string
): Transaction {
  return { ...buy(customerId, when, -Math.abs(amount), invoiceId), isReturn: true };
}

/** "n days before day": the date text of a purchase `n` days before `asOf` ("YYYY-MM-DD"). */
export function daysBefore(asOf: string, n: number, time = ""): string {
  const date = new Date(at(asOf) - n * MS_PER_DAY).toISOString().slice(0, 10);
  return time === "" ? date : `${date} ${time}`;
}

/** A generated log line: a purchase `day` days after a base date, a return when its amount is negative. */
export interface GeneratedLine {
  customer: string;
  day: number;
  amount: number;
  invoice?: string;
}

/** Generated lines as transactions, `day` days (and `hours` hours) after `base` ("YYYY-MM-DD"). */
export function generatedTransactions(
  base: string,
  lines: readonly GeneratedLine[],
  hours = 0
): Transaction[] {
  return lines.map((l) => ({
    ...buy(l.customer, base, l.amount, l.invoice),
    date: at(base) + l.day * MS_PER_DAY + hours * 3_600_000,
    isReturn: l.amount < 0,
  }));
}
