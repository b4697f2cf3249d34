/**
 * transactionLines' dayRange is what a Math.min / Math.max over `dayNumber` of every line's date
 * gives (the loops it replaced in the analyses), unreadable lines and NaN dates included.
 */
import fc from "fast-check";
import { dayNumber, MS_PER_DAY, type Transaction } from "../../src/analytics/domain";
import { transactionLines } from "../../src/analytics/transactionLines";

const BASE = Date.UTC(2024, 0, 1);

const line = fc.record({
  customerId: fc.constantFrom("a", "b", "c"),
  // mostly ordinary days; sometimes NaN or an infinite date, or an unreadable amount
  date: fc.oneof(
    {
      weight: 8,
      arbitrary: fc.integer({ min: -400, max: 400 }).map((d) => BASE + d * MS_PER_DAY + 5),
    },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) }
  ),
  amount: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -50, max: 50 }) },
    { weight: 1, arbitrary: fc.constant(NaN) }
  ),
});

function byLoops(transactions: Transaction[]) {
  let min = Infinity;
  let max = -Infinity;
  let finiteMax = -Infinity;
  for (const t of transactions) {
    const day = dayNumber(t.date);
    min = Math.min(min, day);
    max = Math.max(max, day);
    if (Number.isFinite(day) && day > finiteMax) finiteMax = day;
  }
  return { min, max, finiteMax };
}

describe("transactionLines: dayRange", () => {
  it("a hand-checked case: a NaN date makes min and max NaN, not the last finite day", () => {
    const t = (date: number, amount = 1): Transaction => ({
      customerId: "a",
      date,
      amount,
      isReturn: false,
      source: { sheet: "T", row: 2 },
    });
    const day = BASE / MS_PER_DAY;
    const lines = transactionLines([t(BASE + MS_PER_DAY), t(BASE + 4 * MS_PER_DAY), t(NaN)]);
    expect(lines.dayRange).toEqual({ min: NaN, max: NaN, finiteMax: day + 4 });
    // an unreadable amount: its date still counts
    const later = transactionLines([t(BASE + MS_PER_DAY), t(BASE + 9 * MS_PER_DAY, NaN)]);
    expect(later.dayRange).toEqual({ min: day + 1, max: day + 9, finiteMax: day + 9 });
    expect(transactionLines([]).dayRange).toEqual({
      min: Infinity,
      max: -Infinity,
      finiteMax: -Infinity,
    });
  });

  it("equals Math.min / Math.max over every line's day", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (rows) => {
        const transactions: Transaction[] = rows.map((r, i) => ({
          ...r,
          isReturn: false,
          source: { sheet: "T", row: i + 2 },
        }));
        expect(transactionLines(transactions).dayRange).toEqual(byLoops(transactions));
      }),
      { numRuns: 500 }
    );
  });
});
