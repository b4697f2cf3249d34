/**
 * customerMonths' invariants on random lines (fast-check): new + returning = the customers who
 * bought in the month (listed plainly), a cohort's month 0 is its size, and every cohort member
 * is new in its month.
 */
import fc from "fast-check";
import { customerMonths } from "../../../src/analytics/history";
import { buy, day, giveBack } from "../rfm/builders";

describe("customerMonths (property)", () => {
  it("splits each month's buyers into new and returning", () => {
    const line = fc.record({
      customer: fc.constantFrom("a", "b", "c", "d", "e"),
      offset: fc.integer({ min: 0, max: 500 }),
      amount: fc.integer({ min: -40, max: 200 }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 50 }), (raw) => {
        const start = day("2023-09-01");
        const lines = raw.map((r) => {
          const when = new Date((start + r.offset) * 86_400_000).toISOString().slice(0, 10);
          return r.amount < 0
            ? giveBack(r.customer, when, -r.amount)
            : buy(r.customer, when, r.amount);
        });
        const result = customerMonths(lines, day("2025-01-01"), 12);
        result.buyers.forEach((row, m) => {
          const buyers = new Set(
            raw
              .filter((r) => r.amount >= 0)
              .filter((r) => {
                const d = new Date((start + r.offset) * 86_400_000).toISOString().slice(0, 7);
                return d === row.month;
              })
              .map((r) => r.customer)
          );
          expect(row.newCustomers + row.returningCustomers).toBe(buyers.size);
          expect(result.cohorts[m].customers).toBe(row.newCustomers);
          expect(result.cohorts[m].active[0]).toBe(row.newCustomers);
        });
      }),
      { numRuns: 100 }
    );
  });
});
