import fc from "fast-check";
import { quantileSortedFraction } from "../../../src/analytics/rfm/quantile";
import { scoreByQuantiles } from "../../../src/analytics/rfm/scoreByQuantiles";

const bins = fc.constantFrom(3, 4, 5, 10);
// Small integers: plenty of ties, like real frequencies.
const tiedValues = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 200 });
const anyValues = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
  minLength: 1,
  maxLength: 200,
});

describe("scoreByQuantiles", () => {
  it("scores the worked example of its doc block", () => {
    // sorted frequencies, positions 0..9; the j/5 quantile is at position 9j/5 (R type 7):
    // 1.8 -> 1; 3.6 -> 1 + .6 * (2 - 1) = 1.6; 5.4 -> 2 + .4 * (3 - 2) = 2.4;
    // 7.2 -> 4 + .2 * (6 - 4) = 4.4. Score = 1 + number of cut points strictly below the value.
    const result = scoreByQuantiles([1, 1, 1, 1, 2, 2, 3, 4, 6, 12], 5);
    expect(result.cutPoints).toEqual([1, 1.6, 2.4, 4.4]);
    expect([...result.scores]).toEqual([1, 1, 1, 1, 3, 3, 4, 4, 5, 5]);
    expect(result.counts).toEqual([4, 0, 2, 2, 2]);
  });

  it("puts a value equal to a cut point in the group below the line", () => {
    // 1..5, k = 5: cuts at positions 0.8, 1.6, 2.4, 3.2 -> 1.8, 2.6, 3.4, 4.2 (no value on a line).
    // 1..6, k = 5: positions 1, 2, 3, 4 -> cuts 2, 3, 4, 5, each equal to a value:
    // 1 -> 1; 2 (= cut 1) -> 1; 3 (= cut 2) -> 2; 4 -> 3; 5 -> 4; 6 -> 5.
    const result = scoreByQuantiles([1, 2, 3, 4, 5, 6], 5);
    expect(result.cutPoints).toEqual([2, 3, 4, 5]);
    expect([...result.scores]).toEqual([1, 1, 2, 3, 4, 5]);
  });

  it("inverts by relabelling groups, never by moving a line", () => {
    // recencies 1..6 days, same cuts [2, 3, 4, 5]; score = 6 - group: 1 and 2 days -> 5.
    const result = scoreByQuantiles([1, 2, 3, 4, 5, 6], 5, { invert: true });
    expect(result.cutPoints).toEqual([2, 3, 4, 5]);
    expect([...result.scores]).toEqual([5, 5, 4, 3, 2, 1]);
    expect(result.counts).toEqual([1, 1, 1, 1, 2]);
  });

  it("works for k = 3, 4 and 10", () => {
    // 1..11: positions 10j/k. k = 3: 3.33, 6.67 -> 4.33, 7.67; k = 4: 2.5, 5, 7.5 -> 3.5, 6, 8.5
    expect(scoreByQuantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 3).counts).toEqual([4, 3, 4]);
    expect(scoreByQuantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 4).cutPoints).toEqual([
      3.5, 6, 8.5,
    ]);
    // k = 10: positions j -> cuts 2..10; value v is in group max(1, v - 1): 1, 2 -> 1, 11 -> 10
    const ten = scoreByQuantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 10);
    expect(ten.cutPoints).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ten.counts).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("does not modify its input", () => {
    const values = Object.freeze([3, 1, 2]);
    scoreByQuantiles(values, 3);
    expect(values).toEqual([3, 1, 2]);
  });

  describe("properties", () => {
    it("scores are within 1..k and counts sum to n and match the scores", () => {
      fc.assert(
        fc.property(anyValues, bins, fc.boolean(), (values, k, invert) => {
          const { scores, counts, cutPoints } = scoreByQuantiles(values, k, { invert });
          expect(cutPoints).toHaveLength(k - 1);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
          const tally = new Array<number>(k).fill(0);
          for (const s of scores) {
            expect(s).toBeGreaterThanOrEqual(1);
            expect(s).toBeLessThanOrEqual(k);
            tally[s - 1]++;
          }
          expect(tally).toEqual(counts);
        })
      );
    });

    it("equal values get equal scores, and a larger value never a lower score", () => {
      fc.assert(
        fc.property(tiedValues, bins, fc.boolean(), (values, k, invert) => {
          const { scores } = scoreByQuantiles(values, k, { invert });
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              if (values[i] === values[j]) expect(scores[i]).toBe(scores[j]);
              if (values[i] > values[j]) {
                if (invert) expect(scores[i]).toBeLessThanOrEqual(scores[j]);
                else expect(scores[i]).toBeGreaterThanOrEqual(scores[j]);
              }
            }
          }
        })
      );
    });

    it("every value lies in (line below, line above] of its group", () => {
      fc.assert(
        fc.property(anyValues, bins, (values, k) => {
          const { scores, cutPoints } = scoreByQuantiles(values, k);
          values.forEach((v, i) => {
            const g = scores[i];
            if (g > 1) expect(v).toBeGreaterThan(cutPoints[g - 2]);
            if (g < k) expect(v).toBeLessThanOrEqual(cutPoints[g - 1]);
          });
        })
      );
    });

    it("cut points are the quantiles of the sorted values (counts, selection or sort)", () => {
      const bySort = (values: number[], k: number) => {
        const sorted = Float64Array.from(values).sort();
        return Array.from({ length: k - 1 }, (_, j) => quantileSortedFraction(sorted, j + 1, k));
      };
      // whole numbers (days, counts), any amounts, and amounts with a NaN among them
      const withNaN = fc
        .tuple(anyValues, fc.nat())
        .map(([values, at]) => values.map((v, i) => (i === at % values.length ? NaN : v)));
      // -0 and 0 are one value: a sort puts -0 first, the selection may return either of two
      // equal zeros (seed -776610869: [-0, 0] gave 0 against -0), and toEqual tells them apart.
      const signless = (cuts: number[]) => cuts.map((x) => (x === 0 ? 0 : x));
      fc.assert(
        fc.property(fc.oneof(tiedValues, anyValues, withNaN), bins, (values, k) => {
          expect(signless(scoreByQuantiles(values, k).cutPoints)).toEqual(
            signless(bySort(values, k))
          );
        }),
        { numRuns: 300 }
      );
    });

    it("inverted scores are k + 1 - plain scores", () => {
      fc.assert(
        fc.property(tiedValues, bins, (values, k) => {
          const plain = scoreByQuantiles(values, k).scores;
          const inverted = scoreByQuantiles(values, k, { invert: true }).scores;
          plain.forEach((s, i) => expect(inverted[i]).toBe(k + 1 - s));
        })
      );
    });
  });

  describe("edge cases", () => {
    it("no values: no scores, no cut points, zero counts", () => {
      expect(scoreByQuantiles([], 5)).toEqual({
        scores: new Uint8Array(0),
        cutPoints: [],
        counts: [0, 0, 0, 0, 0],
      });
    });

    it("one value: every cut point is that value, so it is in the lowest group", () => {
      const plain = scoreByQuantiles([42], 5);
      expect(plain.cutPoints).toEqual([42, 42, 42, 42]);
      expect([...plain.scores]).toEqual([1]);
      // recency: the lowest group is the most recent one -> 5
      expect([...scoreByQuantiles([42], 5, { invert: true }).scores]).toEqual([5]);
    });

    it("everyone tied: one score for all, the others empty", () => {
      const result = scoreByQuantiles([3, 3, 3, 3, 3, 3], 4);
      expect([...result.scores]).toEqual([1, 1, 1, 1, 1, 1]);
      expect(result.counts).toEqual([6, 0, 0, 0]);
    });

    it("half the customers buy once: ties stay together and a score is empty", () => {
      // 1,1,1,1,1,2,2,3,4,5 (n = 10): positions 1.8, 3.6, 5.4, 7.2 -> cuts 1, 1, 2, 3.2
      // 1 -> 1 (five customers); 2 -> 3; 3 -> 4; 4, 5 -> 5; score 2 is empty.
      const result = scoreByQuantiles([1, 1, 1, 1, 1, 2, 2, 3, 4, 5], 5);
      expect(result.cutPoints).toEqual([1, 1, 2, 3.2]);
      expect(result.counts).toEqual([5, 0, 2, 1, 2]);
    });

    it("refuses a number of bins outside 3, 4, 5, 10", () => {
      expect(() => scoreByQuantiles([1, 2], 6)).toThrow(RangeError);
    });
  });
});
