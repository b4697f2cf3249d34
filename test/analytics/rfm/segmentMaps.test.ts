import { bandOf, matchingRules, toMapScore } from "../../../src/analytics/rfm/assignSegment";
import {
  bandsMap,
  bandThresholdsProblem,
  classicMap,
  tiers3Map,
  type SegmentMap,
} from "../../../src/analytics/rfm/segmentMaps";
import { translator } from "../../../src/i18n";

const scores = [1, 2, 3, 4, 5];

describe("segment maps", () => {
  describe.each([classicMap, tiers3Map])("$id", (map) => {
    it("maps every cell of the 5 x 5 x 5 grid to exactly one rule", () => {
      for (const r of scores) {
        for (const f of scores) {
          for (const m of scores) {
            expect([r, f, m, matchingRules(map, r, f, m).length]).toEqual([r, f, m, 1]);
          }
        }
      }
    });

    it("uses every segment it lists, and lists every segment it uses", () => {
      const listed = map.segments.map((s) => s.id).sort();
      const used = [...new Set(map.rules.map((r) => r.segment))].sort();
      expect(used).toEqual(listed);
    });
  });

  it("classic: the R x F table of its doc block, cell by cell", () => {
    // rows R = 5..1, columns F = 1..5, the published grid with Lost carved out at R1 F1
    const table: Record<number, string[]> = {
      5: ["newCustomers", "potentialLoyalists", "potentialLoyalists", "champions", "champions"],
      4: ["promising", "potentialLoyalists", "potentialLoyalists", "loyal", "loyal"],
      3: ["aboutToSleep", "aboutToSleep", "needAttention", "loyal", "loyal"],
      2: ["hibernating", "hibernating", "atRisk", "atRisk", "cantLose"],
      1: ["lost", "hibernating", "atRisk", "atRisk", "cantLose"],
    };
    for (const r of scores) {
      for (const f of scores) {
        const [rule] = matchingRules(classicMap, r, f, 3);
        expect([r, f, classicMap.rules[rule].segment]).toEqual([r, f, table[r][f - 1]]);
      }
    }
    expect(classicMap.segments).toHaveLength(11);
  });

  it("tiers3: at risk whatever the value when R <= 2; VIP needs F and M of 4+", () => {
    const segmentOf = (r: number, f: number, m: number) =>
      tiers3Map.rules[matchingRules(tiers3Map, r, f, m)[0]].segment;
    expect(segmentOf(2, 5, 5)).toBe("tierAtRisk");
    expect(segmentOf(3, 4, 4)).toBe("vip");
    expect(segmentOf(5, 5, 3)).toBe("regular");
    expect(segmentOf(5, 3, 5)).toBe("regular");
  });

  describe("bands", () => {
    const thresholds = [50, 100, 200, 500];
    it("puts every spend in exactly one band; a spend equal to a threshold in the band below", () => {
      // below, on and above each threshold, and the extremes
      const cases: [number, number][] = [
        [0, 0],
        [49.99, 0],
        [50, 0],
        [50.01, 1],
        [100, 1],
        [100.01, 2],
        [200, 2],
        [200.01, 3],
        [500, 3],
        [500.01, 4],
        [1e9, 4],
      ];
      for (const [spend, band] of cases)
        expect([spend, bandOf(thresholds, spend)]).toEqual([spend, band]);
    });

    it("lists the highest band first with its limits as params", () => {
      const map = bandsMap(thresholds);
      expect(map.segments.map((s) => [s.id, s.params])).toEqual([
        ["band5", { low: 500 }],
        ["band4", { low: 200, high: 500 }],
        ["band3", { low: 100, high: 200 }],
        ["band2", { low: 50, high: 100 }],
        ["band1", { high: 50 }],
      ]);
    });

    it("rejects thresholds that are empty, negative or not increasing", () => {
      expect(bandThresholdsProblem([])).toBe("rfm:problems.bandCount");
      expect(bandThresholdsProblem([-1, 5])).toBe("rfm:problems.bandValue");
      expect(bandThresholdsProblem([100, 50])).toBe("rfm:problems.bandOrder");
      expect(bandThresholdsProblem([100, 100])).toBe("rfm:problems.bandOrder");
      expect(bandThresholdsProblem([50, 100])).toBeNull();
    });
  });

  it.each(["en", "fr"] as const)(
    "every segment has a name, description and action in %s",
    (lang) => {
      const t = translator(lang);
      const maps: SegmentMap[] = [classicMap, tiers3Map, bandsMap([50, 100])];
      for (const map of maps) {
        for (const s of map.segments) {
          for (const key of [s.nameKey, s.descriptionKey, s.actionKey]) {
            const text = t(key, s.params ?? {});
            expect([key, text === key || text === "" || text.includes("{{")]).toEqual([key, false]);
          }
        }
      }
      expect(t("rfm:bands.between", { low: 50, high: 100 })).toMatch(/50.*100/);
    }
  );
});

describe("toMapScore", () => {
  it.each([
    [5, [1, 2, 3, 4, 5]],
    // (s - 1/2) * 5/k + 1/2, rounded: k = 10 -> .75 1.25 1.75 ... 5.25
    [10, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    // k = 4 -> 1.125 2.375 3.625 4.875
    [4, [1, 2, 4, 5]],
    // k = 3 -> 1.33 3 4.67
    [3, [1, 3, 5]],
  ])("reads k = %i on the 5-bin grid as %j", (k, expected) => {
    expect(Array.from({ length: k }, (_, i) => toMapScore(i + 1, k))).toEqual(expected);
  });
});
