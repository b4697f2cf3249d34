import fc from "fast-check";
import type { Transaction } from "../../../src/analytics/domain";
import {
  indexTransactions,
  outcomeInWindow,
  outcomesInWindow,
} from "../../../src/analytics/uplift/transactionIndex";

const DAY = 86_400_000;
const MAY_1 = Date.UTC(2025, 4, 1);
const MAY_1_DAY = MAY_1 / DAY;

describe("outcomesInWindow", () => {
  const tx = (customerId: string, day: number, amount: number, isReturn = false): Transaction => ({
    customerId,
    date: MAY_1 + day * DAY + 7_200_000,
    amount,
    isReturn,
    source: { sheet: "Transactions", row: 2 },
  });

  it("gives each contact its conversion and net revenue in the window, like outcomeInWindow", () => {
    // A: 40 on day 0 and a 15 return on day 29 are in the 30-day window (net 25), day 30 is not;
    // B: only a return in the window: not converted, revenue -5; C: no transactions.
    const index = indexTransactions([
      tx("A", 30, 99),
      tx("A", 0, 40),
      tx("B", 3, -5, true),
      tx("A", 29, -15, true),
    ]);
    const slots = Int32Array.from(["A", "B", "C"], (id) => index.slotOf.find(id));
    const days = Float64Array.from([MAY_1_DAY, MAY_1_DAY, MAY_1_DAY]);
    const converted = new Uint8Array(3);
    const revenue = new Float64Array(3);
    outcomesInWindow(index, slots, days, 3, 30, converted, revenue);
    expect([...converted]).toEqual([1, 0, 0]);
    expect([...revenue]).toEqual([25, -5, 0]);
  });

  describe("edge cases", () => {
    it("gives a contact day that is not a number an empty window, like outcomeInWindow", () => {
      const index = indexTransactions([tx("A", 0, 40), tx("A", 5, 10)]);
      const converted = Uint8Array.of(1);
      const revenue = Float64Array.of(99);
      outcomesInWindow(index, Int32Array.of(0), Float64Array.of(NaN), 1, 30, converted, revenue);
      expect(outcomeInWindow(index, 0, NaN, 30)).toMatchObject({ converted: false, revenue: 0 });
      expect([converted[0], revenue[0]]).toEqual([0, 0]);
    });
  });

  it("agrees with outcomeInWindow on random histories", () => {
    const line = fc.record({
      customer: fc.constantFrom("A", "B", "C", "D"),
      day: fc.integer({ min: -10, max: 60 }),
      amount: fc.integer({ min: -50, max: 200 }),
      isReturn: fc.boolean(),
    });
    const contactAt = fc.record({
      customer: fc.constantFrom("A", "B", "C", "D", "E"),
      day: fc.integer({ min: -5, max: 50 }),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.array(contactAt, { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (lines, contacts, windowDays) => {
          const index = indexTransactions(
            lines.map((l) => tx(l.customer, l.day, l.amount, l.isReturn))
          );
          const slots = Int32Array.from(contacts, (c) => index.slotOf.find(c.customer));
          const days = Float64Array.from(contacts, (c) => MAY_1_DAY + c.day);
          const converted = new Uint8Array(contacts.length);
          const revenue = new Float64Array(contacts.length);
          outcomesInWindow(index, slots, days, contacts.length, windowDays, converted, revenue);
          contacts.forEach((_, u) => {
            const one = outcomeInWindow(index, slots[u], days[u], windowDays);
            expect(converted[u]).toBe(one.converted ? 1 : 0);
            expect(revenue[u]).toBe(one.revenue);
          });
        }
      )
    );
  });
});
