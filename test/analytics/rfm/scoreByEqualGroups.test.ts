import fc from "fast-check";
import { scoreByEqualGroups } from "../../../src/analytics/rfm/scoreByEqualGroups";

const ids10 = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

describe("scoreByEqualGroups", () => {
  it("scores the worked example of its doc block", () => {
    // n = 10, k = 5: five groups of 2 in (value, id) order
    const result = scoreByEqualGroups([1, 1, 1, 1, 2, 2, 3, 4, 6, 12], ids10, 5);
    expect([...result.scores]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // lines: largest value of groups 1, 1-2, 1-3, 1-4 -> 1, 1, 2, 4
    expect(result.cutPoints).toEqual([1, 1, 2, 4]);
    expect(result.counts).toEqual([2, 2, 2, 2, 2]);
  });

  it("splits ties by id, the smaller id getting the lower score, whatever the input order", () => {
    // four tied values, k = 4: ids in order b, d, a, c -> a = 1, b = 2, c = 3, d = 4
    const result = scoreByEqualGroups([5, 5, 5, 5], ["b", "d", "a", "c"], 4);
    expect([...result.scores]).toEqual([2, 4, 1, 3]);
  });

  it("makes the first groups larger, as SQL NTILE does", () => {
    // n = 11, k = 5: 11 = 5 * 2 + 1 -> sizes 3, 2, 2, 2, 2
    const values = Array.from({ length: 11 }, (_, i) => i);
    const ids = values.map((v) => `c${String(v).padStart(2, "0")}`);
    expect(scoreByEqualGroups(values, ids, 5).counts).toEqual([3, 2, 2, 2, 2]);
  });

  it("inverts by ordering values downwards: the smallest recency gets k", () => {
    // recencies 1..6, ids a..f, k = 3 (sizes 2, 2, 2) in descending order: f,e -> 1; d,c -> 2; b,a -> 3
    const result = scoreByEqualGroups([1, 2, 3, 4, 5, 6], ["a", "b", "c", "d", "e", "f"], 3, {
      invert: true,
    });
    expect([...result.scores]).toEqual([3, 3, 2, 2, 1, 1]);
    // lines on the value scale: largest of {1, 2} = 2, of {1..4} = 4
    expect(result.cutPoints).toEqual([2, 4]);
  });

  describe("properties", () => {
    it("scores within 1..k, group sizes differ by at most one, larger value never lower score", () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 150 }),
          fc.constantFrom(3, 4, 5, 10),
          fc.boolean(),
          (values, k, invert) => {
            const ids = values.map((_, i) => `id${i}`);
            const { scores, counts } = scoreByEqualGroups(values, ids, k, { invert });
            expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
            expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
            for (const s of scores) expect(s >= 1 && s <= k).toBe(true);
            for (let i = 0; i < values.length; i++) {
              for (let j = 0; j < values.length; j++) {
                if (values[i] > values[j]) {
                  if (invert) expect(scores[i]).toBeLessThanOrEqual(scores[j]);
                  else expect(scores[i]).toBeGreaterThanOrEqual(scores[j]);
                }
              }
            }
          }
        )
      );
    });

    it("does not depend on the order of the input", () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.tuple(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 5 })), {
            selector: ([id]) => id,
            minLength: 1,
            maxLength: 60,
          }),
          (rows) => {
            const score = (list: [string, number][]) => {
              const r = scoreByEqualGroups(
                list.map(([, v]) => v),
                list.map(([id]) => id),
                5
              );
              return new Map(list.map(([id], i) => [id, r.scores[i]]));
            };
            expect(score([...rows].reverse())).toEqual(score(rows));
          }
        )
      );
    });
  });

  describe("edge cases", () => {
    it("no values", () => {
      expect(scoreByEqualGroups([], [], 3).counts).toEqual([0, 0, 0]);
    });
    it("fewer customers than scores: the top groups stay empty", () => {
      const result = scoreByEqualGroups([10, 20], ["a", "b"], 5);
      expect([...result.scores]).toEqual([1, 2]);
      expect(result.counts).toEqual([1, 1, 0, 0, 0]);
      expect(result.cutPoints).toEqual([10, 20, 20, 20]);
    });
    it("one customer, inverted: the lowest-value groups are the empty ones", () => {
      const result = scoreByEqualGroups([7], ["a"], 5, { invert: true });
      expect([...result.scores]).toEqual([1]);
      expect(result.cutPoints).toEqual([7, 7, 7, 7]);
    });
    it("refuses ids that do not match the values", () => {
      expect(() => scoreByEqualGroups([1, 2], ["a"], 3)).toThrow(RangeError);
    });
  });
});
