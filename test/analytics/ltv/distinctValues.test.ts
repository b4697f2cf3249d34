import fc from "fast-check";
import { distinctPairs, distinctValues } from "../../../src/analytics/ltv/distinctValues";

describe("distinctValues", () => {
  it("indexes a column by its distinct values in order of first appearance, with counts", () => {
    const d = distinctValues([2.5, 1, 2.5, 3, 1, 2.5]);
    expect([...d.values]).toEqual([2.5, 1, 3]);
    expect([...d.index]).toEqual([0, 1, 0, 2, 1, 0]);
    expect([...d.counts]).toEqual([3, 2, 1]);
  });

  it("gives the same answer for small integers (array lookup) as for any numbers (Map) (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 70000 }), { maxLength: 50 }), (column) => {
        const d = distinctValues(column);
        return (
          column.every((v, i) => d.values[d.index[i]] === v) &&
          new Set(column).size === d.values.length
        );
      })
    );
  });

  describe("edge cases", () => {
    it("handles an empty column", () => expect(distinctValues([]).values).toHaveLength(0));
    it("keeps NaN as one value rather than failing", () =>
      expect([...distinctValues([NaN, NaN, 1]).counts]).toEqual([2, 1]));
  });
});

describe("distinctPairs", () => {
  it("finds each distinct (a, b) pair once", () => {
    const p = distinctPairs([0, 1, 0, 1, 0], [5.5, 5.5, 5.5, 6, 6]);
    expect([...p.first]).toEqual([0, 1, 1, 0]);
    expect([...p.second]).toEqual([5.5, 5.5, 6, 6]);
    expect([...p.index]).toEqual([0, 1, 0, 2, 3]);
  });
});
