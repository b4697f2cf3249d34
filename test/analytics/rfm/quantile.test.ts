import fc from "fast-check";
import { quantileSorted } from "simple-statistics";
import { quantileSortedFraction } from "../../../src/analytics/rfm/quantile";

describe("quantileSortedFraction", () => {
  // R type 7 (R's default): with 1-based index h = 1 + (n - 1) * p, the value
  // x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]). Worked by hand below; the
  // results are what R prints for quantile(x, p) and numpy for np.percentile(x, 100 * p).
  it.each([
    // x = c(1, 2, 3, 4, 10), n = 5
    // p = .3: h = 1 + 4 * .3 = 2.2 -> x[2] + .2 * (x[3] - x[2]) = 2 + .2 * 1 = 2.2
    [[1, 2, 3, 4, 10], 3, 10, 2.2],
    // p = .8: h = 1 + 4 * .8 = 4.2 -> x[4] + .2 * (x[5] - x[4]) = 4 + .2 * 6 = 5.2
    [[1, 2, 3, 4, 10], 4, 5, 5.2],
    // p = .5: h = 3 -> x[3] = 3 (whole index: a data value, no interpolation)
    [[1, 2, 3, 4, 10], 1, 2, 3],
    // x = 1:10, p = .25: h = 1 + 9 * .25 = 3.25 -> 3 + .25 * 1 = 3.25 (R: quantile(1:10, .25))
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1, 4, 3.25],
    // p = 2/3 on c(1, 2, 3, 4, 10): h = 1 + 4 * 2/3 = 3.667 -> 3 + (2/3) * 1 = 3.6667
    [[1, 2, 3, 4, 10], 2, 3, 3 + 2 / 3],
    // p = 0 and p = 1 are the minimum and maximum
    [[1, 2, 3, 4, 10], 0, 5, 1],
    [[1, 2, 3, 4, 10], 5, 5, 10],
  ])("quantile(%j, %i/%i) = %d", (x, j, k, expected) => {
    expect(quantileSortedFraction(x, j, k)).toBeCloseTo(expected, 12);
  });

  it("agrees with simple-statistics' quantileSorted (type 7 since 7.8.9) on random data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(3, 4, 5, 10),
        (values, k) => {
          const sorted = [...values].sort((a, b) => a - b);
          for (let j = 0; j <= k; j++) {
            const ours = quantileSortedFraction(sorted, j, k);
            const theirs = quantileSorted(sorted, j / k);
            expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(theirs)));
          }
        }
      )
    );
  });

  it("returns the data value itself when the index is whole, where p = 0.7 rounding misleads", () => {
    // x = 0..90 (n = 91): the 7/10 quantile is at 0-based index 90 * 7 / 10 = 63, value 63.
    const x = Array.from({ length: 91 }, (_, i) => i);
    expect(quantileSortedFraction(x, 7, 10)).toBe(63);
    // simple-statistics computes 90 * 0.7 = 62.99999999999999 and interpolates just below 63:
    // a customer with value 63 would land above the line. This is why we split the index exactly.
    expect(quantileSorted(x, 0.7)).toBeLessThan(63);
  });

  it("does not modify its input", () => {
    const x = Object.freeze([1, 2, 3, 4, 10]);
    expect(quantileSortedFraction(x, 1, 2)).toBe(3);
  });

  describe("edge cases", () => {
    it("one value is every quantile", () => {
      expect(quantileSortedFraction([7], 1, 5)).toBe(7);
      expect(quantileSortedFraction([7], 4, 5)).toBe(7);
    });
    it("tied neighbours give exactly the tied value", () => {
      expect(quantileSortedFraction([2, 2, 2, 2], 1, 3)).toBe(2);
    });
    it("refuses no values", () => {
      expect(() => quantileSortedFraction([], 1, 2)).toThrow(RangeError);
    });
  });
});
