import fc from "fast-check";
import type { Transaction } from "../../../src/analytics/domain";
import {
  cleanTransactions,
  ROWS_LISTED_PER_RULE,
  type CleanedSheet,
  type ExclusionSummary,
} from "../../../src/analytics/quality";
import { DAY, JAN_1, parsed, tx } from "./records";

const counts = (tallies: ExclusionSummary[]) =>
  Object.fromEntries(tallies.map((e) => [e.reason, e.count]));
const excludedTotal = (s: CleanedSheet<unknown>) => s.excluded.reduce((n, e) => n + e.count, 0);

describe("cleanTransactions", () => {
  // Eight rows, one of each case, worked by hand:
  // row 2 a sale (used); row 3 a return by negative quantity (net: used + flagged);
  // row 4 a cancellation by invoice "C..." (same); row 5 an exact copy of row 2 (duplicate);
  // row 6 price 0 (a free item: kept, flagged "zeroAmount"; excluded by the UCI exercise's
  // 'exclude' policy); row 7 quantity 0 (excluded); row 8 dated the day after the analysis
  // date; row 9 rejected by the input layer for a missing customer id.
  const rows: Transaction[] = [
    tx(2),
    tx(3, { quantity: -1, amount: -10, isReturn: true }),
    tx(4, { invoiceId: "C77", isReturn: true }),
    { ...tx(2), source: { sheet: "Transactions", row: 5 } },
    tx(6, { unitPrice: 0, amount: 0 }),
    tx(7, { quantity: 0, amount: 0 }),
    tx(8, { date: JAN_1 + 2 * DAY }),
  ];
  const input = parsed("Transactions", rows, [{ row: 9, reason: "missingCustomerId" }]);
  const asOf = JAN_1 + DAY;

  it("nets returns by default: kept, flagged, not excluded", () => {
    const out = cleanTransactions(input, { returns: "net", analysisDate: asOf });
    expect(out.records.map((t) => t.source.row)).toEqual([2, 3, 4, 6]);
    expect(counts(out.flagged)).toEqual({ returnNetted: 2, zeroAmount: 1 });
    expect(out.flagged[0].rows).toEqual([3, 4]);
    expect(counts(out.excluded)).toEqual({
      missingCustomerId: 1,
      duplicateRow: 1,
      zeroQuantityLine: 1,
      afterAnalysisDate: 1,
    });
    expect(out.rowsRead).toBe(8);
    expect(out.records.length + excludedTotal(out)).toBe(8);
  });

  it("excludes returns and cancellations with the 'exclude' policy", () => {
    const out = cleanTransactions(input, { returns: "exclude", analysisDate: asOf });
    expect(out.records.map((t) => t.source.row)).toEqual([2]);
    expect(out.flagged).toEqual([]);
    expect(counts(out.excluded).nonPositivePrice).toBe(1);
    const returns = out.excluded.find((e) => e.reason === "returnOrCancellation");
    expect(returns).toEqual({
      sheet: "Transactions",
      reason: "returnOrCancellation",
      count: 2,
      rows: [3, 4],
    });
  });

  it("excludes nothing by date when no analysis date is given", () => {
    const out = cleanTransactions(input, { returns: "net" });
    expect(out.records.map((t) => t.source.row)).toEqual([2, 3, 4, 6, 8]);
    expect(counts(out.excluded).afterAnalysisDate).toBeUndefined();
  });

  it("keeps a purchase on the analysis day itself, later in that day", () => {
    const out = cleanTransactions(parsed("T", [tx(2, { date: asOf + 23 * 3_600_000 })]), {
      returns: "net",
      analysisDate: asOf,
    });
    expect(out.records).toHaveLength(1);
  });

  it("counts a row once, for the first rule it breaks", () => {
    // A duplicate of a zero-price line dated after the analysis date: only "afterAnalysisDate".
    const late = tx(2, { unitPrice: 0, amount: 0, date: asOf + 5 * DAY });
    const out = cleanTransactions(
      parsed("T", [late, { ...late, source: { sheet: "T", row: 3 } }]),
      {
        returns: "net",
        analysisDate: asOf,
      }
    );
    expect(counts(out.excluded)).toEqual({ afterAnalysisDate: 2 });
  });

  it("tallies the input layer's rejection codes under their cleaning reason", () => {
    const rejected = [
      { row: 4, reason: "badDate" },
      { row: 5, reason: "missingDate" },
      { row: 6, reason: "badQuantity" },
      { row: 7, reason: "errorCell" },
    ];
    const out = cleanTransactions(parsed("T", [], rejected), { returns: "net" });
    expect(out.excluded).toEqual([
      { sheet: "T", reason: "unreadableDate", count: 2, rows: [4, 5] },
      { sheet: "T", reason: "unreadableAmount", count: 1, rows: [6] },
      { sheet: "T", reason: "errorCell", count: 1, rows: [7] },
    ]);
  });

  it("keeps an unknown rejection code as 'unreadableRow' with the code as detail", () => {
    const out = cleanTransactions(
      parsed("T", [], [{ row: 4, reason: "somethingNew", column: "B" }]),
      {
        returns: "net",
      }
    );
    expect(out.excluded).toEqual([
      { sheet: "T", reason: "unreadableRow", count: 1, rows: [4], detail: "somethingNew" },
    ]);
  });

  it("lists the first 20 row numbers ascending, whatever the order rows come in", () => {
    // 40 zero-quantity lines arriving in reverse row order, 100 down to 61: the listed rows are
    // the 20 smallest, 61..80, ascending.
    const zeroPrice = Array.from({ length: 40 }, (_, i) => tx(100 - i, { quantity: 0, amount: 0 }));
    const out = cleanTransactions(parsed("T", zeroPrice), { returns: "net" });
    expect(out.excluded[0].count).toBe(40);
    expect(out.excluded[0].rows).toEqual(
      Array.from({ length: ROWS_LISTED_PER_RULE }, (_, i) => 61 + i)
    );
  });

  it("keeps rowsRead = used + excluded, whatever the rows (property)", () => {
    const arbTx = fc
      .record({
        customer: fc.constantFrom("A", "B"),
        day: fc.integer({ min: 0, max: 5 }),
        quantity: fc.integer({ min: -2, max: 3 }),
        price: fc.constantFrom(-1, 0, 2.5, 10),
        invoice: fc.constantFrom("F1", "F2", "C3"),
      })
      .map((r) => ({
        ...r,
        amount: r.quantity * r.price,
      }));
    fc.assert(
      fc.property(
        fc.array(arbTx, { maxLength: 40 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom<"net" | "exclude">("net", "exclude"),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        (lines, rejectedCount, returns, asOfDay) => {
          const records = lines.map((l, i) =>
            tx(i + 2, {
              customerId: l.customer,
              date: JAN_1 + l.day * DAY,
              quantity: l.quantity,
              unitPrice: l.price,
              amount: l.amount,
              invoiceId: l.invoice,
              isReturn: l.amount < 0 || l.invoice.startsWith("C"),
            })
          );
          const rejected = Array.from({ length: rejectedCount }, (_, i) => ({
            row: 1000 + i,
            reason: i % 2 ? "missingCustomerId" : "somethingElse",
          }));
          const out = cleanTransactions(parsed("T", records, rejected), {
            returns,
            analysisDate: asOfDay === undefined ? undefined : JAN_1 + asOfDay * DAY,
          });
          expect(out.records.length + excludedTotal(out)).toBe(out.rowsRead);
          for (const e of [...out.excluded, ...out.flagged]) {
            expect(e.rows.length).toBe(Math.min(e.count, ROWS_LISTED_PER_RULE));
            expect([...e.rows].sort((a, b) => a - b)).toEqual(e.rows);
          }
          if (returns === "exclude") expect(out.records.every((t) => !t.isReturn)).toBe(true);
        }
      )
    );
  });

  describe("edge cases", () => {
    it("an empty sheet reads, uses and excludes nothing", () => {
      const out = cleanTransactions(parsed<Transaction>("T", []), { returns: "net" });
      expect([out.rowsRead, out.records.length, out.excluded, out.flagged]).toEqual([0, 0, [], []]);
    });

    it("lines without quantity or price: amount 0 is a purchase with no spend, a negative amount is a return", () => {
      const out = cleanTransactions(
        parsed("T", [
          tx(2, { quantity: undefined, unitPrice: undefined, amount: 0 }),
          tx(3, { quantity: undefined, unitPrice: undefined, amount: -5, isReturn: false }),
        ]),
        { returns: "net" }
      );
      expect(out.excluded).toEqual([]);
      expect(out.records.map((t) => t.source.row)).toEqual([2, 3]);
      expect(counts(out.flagged)).toEqual({ returnNetted: 1, zeroAmount: 1 });
    });

    it("two purchases differing only in invoice are not duplicates", () => {
      const out = cleanTransactions(
        parsed("T", [tx(2, { invoiceId: "F1" }), tx(3, { invoiceId: "F2" })]),
        {
          returns: "net",
        }
      );
      expect(out.records).toHaveLength(2);
    });

    it("a lowercase 'c' invoice is not a cancellation (the contract says C)", () => {
      const out = cleanTransactions(parsed("T", [tx(2, { invoiceId: "cmd-1" })]), {
        returns: "exclude",
      });
      expect(out.records).toHaveLength(1);
    });
  });
});
