/**
 * findEqualRecords (hash buckets, field-by-field comparison) marks exactly the records that
 * findDuplicates over recordKey texts marks, whatever the fields: texts that look like
 * separators, numbers and their texts, 0 and -0, NaN, undefined, and hash collisions forced by
 * a small field alphabet.
 */
import fc from "fast-check";
import {
  findDuplicates,
  recordKey,
  type KeyField,
} from "../../../src/analytics/quality/rules/findDuplicates";
import { findEqualRecords } from "../../../src/analytics/quality/rules/findEqualRecords";

const field: fc.Arbitrary<KeyField> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("", "a", "1", "a|", "s1:a|", "_|", "n1|"),
  fc.string({ maxLength: 3 }),
  fc.constantFrom(0, -0, 1, 1.5, Number.NaN, Infinity, -Infinity, 1e21, 0.1 + 0.2, 0.3),
  fc.integer({ min: -3, max: 3 })
);

describe("findEqualRecords", () => {
  it("gives findDuplicates over recordKey for any records", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { maxLength: 60 }),
        (rows) => {
          const expected = findDuplicates(rows, (r) => recordKey(r));
          expect(findEqualRecords(rows, 3, (r, i) => r[i])).toEqual(expected);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("keeps the first of equal records and marks the later ones", () => {
    const rows: KeyField[][] = [
      ["a", 1, undefined],
      ["a", 1, ""],
      ["a", 1, undefined],
      ["a", "1", undefined],
      ["a", -0, Number.NaN],
      ["a", 0, Number.NaN],
    ];
    expect(findEqualRecords(rows, 3, (r, i) => r[i])).toEqual([
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
  });
});
