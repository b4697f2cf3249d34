/**
 * findEqualTransactions (a rough hash in typed arrays, then the exact comparison of the lines
 * that may share theirs) marks exactly the lines findDuplicates over transactionKey texts marks:
 * small alphabets force equal lines, rough-hash collisions (lines apart only in their quantity or
 * unit price, which the rough hash leaves out) and numbers written alike (0 and -0, NaN).
 */
import fc from "fast-check";
import type { Transaction } from "../../../src/analytics/domain";
import {
  findDuplicates,
  transactionKey,
} from "../../../src/analytics/quality/rules/findDuplicates";
import { findEqualTransactions } from "../../../src/analytics/quality/rules/findEqualTransactions";
import { Random } from "../../../scripts/sample/random";

const text = fc.constantFrom("", "a", "ba", "ca", "xba", "yba", "17850", "27850", "C1");
const number = fc.constantFrom(0, -0, 1, 1.5, -2, Number.NaN, Infinity, 1e21);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const line: fc.Arbitrary<Transaction> = fc
  .record({
    customerId: text,
    date: fc.constantFrom(0, 86_400_000, 86_400_000 + 3_600_000),
    amount: number,
    quantity: optional(number),
    unitPrice: optional(number),
    invoiceId: optional(text),
    product: optional(text),
    category: optional(text),
    row: fc.integer({ min: 2, max: 1000 }),
  })
  .map(({ row, ...fields }) => {
    const t: Transaction = {
      customerId: fields.customerId,
      date: fields.date,
      amount: fields.amount,
      isReturn: false,
      source: { sheet: "Ventes", row },
    };
    // Absent, not undefined, as the input layer builds them.
    if (fields.quantity !== undefined) t.quantity = fields.quantity;
    if (fields.unitPrice !== undefined) t.unitPrice = fields.unitPrice;
    if (fields.invoiceId !== undefined) t.invoiceId = fields.invoiceId;
    if (fields.product !== undefined) t.product = fields.product;
    if (fields.category !== undefined) t.category = fields.category;
    return t;
  });

describe("findEqualTransactions", () => {
  it("gives findDuplicates over transactionKey for any lines", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), (lines) => {
        expect(Array.from(findEqualTransactions(lines), Boolean)).toEqual(
          findDuplicates(lines, transactionKey)
        );
      }),
      { numRuns: 500 }
    );
  });

  it("keeps the first of equal lines, tells apart lines of one rough hash", () => {
    const at = (amount: number, quantity: number, row: number): Transaction => ({
      customerId: "17850",
      date: 0,
      amount,
      quantity,
      isReturn: false,
      source: { sheet: "Ventes", row },
    });
    // The quantity is left out of the rough hash: the first four lines share one, and each of
    // the last two is compared past the other line kept with its hash. -0 and 0 are equal.
    const lines = [at(1, 1, 2), at(1, 2, 3), at(1, 1, 4), at(1, 2, 5), at(-0, 1, 6), at(0, 1, 7)];
    expect(Array.from(findEqualTransactions(lines))).toEqual([0, 0, 1, 1, 0, 1]);
  });

  it("finds the copies among tens of thousands of lines (hashes sorted into buckets)", () => {
    const lines = Array.from({ length: 30_000 }, (_, k): Transaction => ({
      customerId: `C${k % 977}`,
      date: 86_400_000 * (k % 365),
      amount: (k % 113) + 0.5,
      isReturn: false,
      invoiceId: `F${k}`,
      source: { sheet: "Ventes", row: k + 2 },
    }));
    // Copies of every 1,000th line, spread down the file.
    for (let k = 0; k < 30_000; k += 1_000) lines.splice(k + 500, 0, { ...lines[k] });
    const found = Array.from(findEqualTransactions(lines), Boolean);
    expect(found).toEqual(findDuplicates(lines, transactionKey));
    expect(found.filter(Boolean)).toHaveLength(30);
  });
  it("gives findDuplicates over transactionKey on tens of thousands of random lines", () => {
    // Lines drawn from small alphabets by a seeded generator: many equal lines, many sharing a
    // rough hash, and buckets shared by chance at the filter's real sizes.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 60 }),
        (seed, spread) => {
          const random = new Random(seed);
          const next = (k: number) => random.int(0, k - 1);
          const lines = Array.from({ length: 40_000 }, (_, k): Transaction => {
            const t: Transaction = {
              customerId: `C${next(spread * 50)}`,
              date: 86_400_000 * next(spread) + (next(4) === 0 ? 3_600_000 : 0),
              amount: next(spread) / 4,
              isReturn: false,
              source: { sheet: "Ventes", row: k + 2 },
            };
            if (next(2) === 0) t.quantity = next(3);
            if (next(3) === 0) t.invoiceId = `F${next(spread * 20)}`;
            return t;
          });
          expect(Array.from(findEqualTransactions(lines), Boolean)).toEqual(
            findDuplicates(lines, transactionKey)
          );
        }
      ),
      { numRuns: 4 }
    );
  });
});
