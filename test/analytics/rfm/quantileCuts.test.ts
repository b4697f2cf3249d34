/**
 * quantileCuts and quantileCutsOfWholeNumbers draw the cut points scoreByQuantiles draws (R type
 * 7 quantiles of the sorted values), without sorting: checked on the worked example of
 * scoreByQuantiles and against the sort on random values with many ties.
 */
import fc from "fast-check";
import { quantileSortedFraction, scoreByQuantiles } from "../../../src/analytics/rfm";
import { quantileCuts, quantileCutsOfWholeNumbers } from "../../../src/analytics/rfm/quantileCuts";

const bySort = (values: number[], k: number) => {
  const sorted = Float64Array.from(values).sort();
  return Array.from({ length: k - 1 }, (_, j) => quantileSortedFraction(sorted, j + 1, k));
};

describe("quantileCuts", () => {
  it("gives scoreByQuantiles' worked example: [1, 1.6, 2.4, 4.4]", () => {
    const values = [12, 1, 6, 1, 2, 4, 1, 3, 2, 1];
    expect(quantileCuts(Float64Array.from(values), 5)).toEqual([1, 1.6, 2.4, 4.4]);
    expect(quantileCutsOfWholeNumbers(Int32Array.from(values), 5)).toEqual([1, 1.6, 2.4, 4.4]);
    expect(scoreByQuantiles(values, 5).cutPoints).toEqual([1, 1.6, 2.4, 4.4]);
  });

  it("leaves its input as it was", () => {
    const values = Float64Array.of(5, 3, 9, 1, 7);
    quantileCuts(values, 4);
    expect(Array.from(values)).toEqual([5, 3, 9, 1, 7]);
  });

  it("gives the same cuts in a caller's scratch (larger than the values), input untouched", () => {
    const values = [12, 1, 6, 1, 2, 4, 1, 3, 2, 1];
    const scratch = new Float64Array(25).fill(99);
    expect(quantileCuts(Float64Array.from(values), 5, scratch)).toEqual([1, 1.6, 2.4, 4.4]);
    expect(quantileCuts(Float64Array.of(5, 3, 9), 3, scratch)).toEqual(bySort([5, 3, 9], 3));
  });

  describe("edge cases", () => {
    it("one value: every cut is that value", () => {
      expect(quantileCuts(Float64Array.of(7.5), 5)).toEqual([7.5, 7.5, 7.5, 7.5]);
      expect(quantileCutsOfWholeNumbers(Int32Array.of(3), 3)).toEqual([3, 3]);
    });
    it("everyone tied", () => {
      expect(quantileCuts(new Float64Array(50).fill(2), 10)).toEqual(new Array(9).fill(2));
    });
    it("values too spread out for counts fall back to selection", () => {
      const values = Int32Array.of(1, 2_000_000_000, 5, 5, 900_000);
      expect(quantileCutsOfWholeNumbers(values, 4)).toEqual(bySort(Array.from(values), 4));
    });
  });

  it("agrees with the sort on random values (many ties, any length, every bin count)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(3, 4, 5, 10),
        fc.integer({ min: 1, max: 1000 }),
        (whole, k, scale) => {
          const spends = whole.map((v) => (v * scale) / 7);
          expect(quantileCuts(Float64Array.from(spends), k)).toEqual(bySort(spends, k));
          expect(quantileCutsOfWholeNumbers(Int32Array.from(whole), k)).toEqual(bySort(whole, k));
        }
      ),
      { seed: 1612, numRuns: 500 }
    );
  });
});
