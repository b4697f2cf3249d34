/**
 * Cleaning rules that do not drop real purchases (issue 12, items 16-17): two equal lines of a
 * log without order id or time are two purchases, and a free purchase is a purchase.
 */
import type { Transaction } from "../../../src/analytics/domain";
import { analyzeRfm } from "../../../src/analytics/rfm";
import {
  cleanTransactions,
  recordKey,
  transactionKey,
  type ExclusionSummary,
} from "../../../src/analytics/quality";
import { DAY, JAN_1, parsed, tx } from "./records";

const tallies = (list: ExclusionSummary[]) => list.map((e) => [e.reason, e.count, e.rows]);
/** A line of a customer / date / amount log: no invoice, no quantity, no price, no time. */
const logLine = (row: number, fields: Partial<Transaction> = {}) =>
  tx(row, { invoiceId: undefined, quantity: undefined, unitPrice: undefined, ...fields });

describe("exact duplicates", () => {
  it("in a log without order id or time, equal lines are kept and flagged possibleDuplicate", () => {
    const out = cleanTransactions(
      parsed("T", [logLine(2), logLine(3), logLine(4), logLine(5, { amount: 12 })]),
      { returns: "net" }
    );
    expect(out.records.map((t) => t.source.row)).toEqual([2, 3, 4, 5]);
    expect(out.excluded).toEqual([]);
    expect(tallies(out.flagged)).toEqual([["possibleDuplicate", 2, [3, 4]]]);
  });

  it("with an invoice id or a time of day, the copy is excluded as duplicateRow", () => {
    const at = JAN_1 + 9 * 3_600_000; // 09:00
    const out = cleanTransactions(
      parsed("T", [
        tx(2, { invoiceId: "F1" }),
        tx(3, { invoiceId: "F1" }),
        logLine(4, { date: at }),
        logLine(5, { date: at }),
      ]),
      { returns: "net" }
    );
    expect(out.records.map((t) => t.source.row)).toEqual([2, 4]);
    expect(tallies(out.excluded)).toEqual([["duplicateRow", 2, [3, 5]]]);
    expect(out.flagged).toEqual([]);
  });

  it("keys cannot be confused whatever the texts hold (no separator to imitate)", () => {
    expect(recordKey(["a|b", "c"])).not.toBe(recordKey(["a", "b|c"]));
    expect(recordKey(["1", 1])).not.toBe(recordKey([1, "1"]));
    expect(recordKey([undefined, "x"])).not.toBe(recordKey(["", "x"]));
    expect(recordKey(["s1:a|", "b"])).not.toBe(recordKey(["s1:a|b", ""]));
    expect(transactionKey(tx(2, { product: "a", category: undefined }))).not.toBe(
      transactionKey(tx(2, { product: undefined, category: "a" }))
    );
  });
});

describe("purchases with no spend", () => {
  it("a customer whose only purchase was free stays, with frequency 1 and monetary 0", () => {
    const out = cleanTransactions(
      parsed("T", [
        logLine(2, { customerId: "A", amount: 20 }),
        logLine(3, { customerId: "B", amount: 0, date: JAN_1 + DAY }),
        tx(4, { customerId: "C", quantity: 1, unitPrice: 0, amount: 0 }), // free item with a price column
      ]),
      { returns: "net" }
    );
    expect(out.records.map((t) => t.customerId)).toEqual(["A", "B", "C"]);
    expect(tallies(out.flagged)).toEqual([["zeroAmount", 2, [3, 4]]]);
    const rfm = analyzeRfm(out.records, { asOf: JAN_1 + 10 * DAY });
    const b = rfm.customers.find((c) => c.id === "B")!;
    expect([b.frequency, b.monetary, b.recency]).toEqual([1, 0, 9]);
  });

  it("a zero quantity sells nothing: excluded as zeroQuantityLine", () => {
    const out = cleanTransactions(parsed("T", [tx(2, { quantity: 0, amount: 0 })]), {
      returns: "net",
    });
    expect(tallies(out.excluded)).toEqual([["zeroQuantityLine", 1, [2]]]);
  });
});
