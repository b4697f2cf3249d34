/** Reconciliation figures, hand-checked: revenue share, the model-versus-segments rule, mean CLV. */
import {
  checkModelAgainstSegments,
  meanClvBySegment,
  reconcileRevenue,
} from "../../../src/analytics/ltv/reconcile";
import { lapsedSegments } from "../../../src/analytics/rfm/lapsedSegments";
import { bandsMap, classicMap, tiers3Map } from "../../../src/analytics/rfm";

describe("reconcileRevenue", () => {
  it("gives the window's share of all history", () => {
    expect(reconcileRevenue(300, 1200)).toEqual({
      windowRevenue: 300,
      allHistoryRevenue: 1200,
      windowShare: 0.25,
    });
  });
  it("has no share when all history is not positive", () => {
    expect(reconcileRevenue(5, 0).windowShare).toBeNull();
  });
});

const many = (n: number, pAlive: number | null, lapsed: boolean) =>
  Array.from({ length: n }, () => ({ pAlive, lapsed }));

describe("checkModelAgainstSegments", () => {
  it("flags mean P(alive) above 0.9 with 10 % of scored customers lapsed", () => {
    // 9 x 0.95 + 1 x 0.95 = mean 0.95; 1 lapsed of 10 scored = 10 %.
    const check = checkModelAgainstSegments([...many(9, 0.95, false), ...many(1, 0.95, true)]);
    expect(check).toEqual({
      scored: 10,
      meanPAlive: 0.95,
      lapsed: 1,
      lapsedShare: 0.1,
      contradicts: true,
    });
  });
  it("does not flag below 10 % lapsed (1 of 11)", () => {
    const check = checkModelAgainstSegments([...many(10, 0.95, false), ...many(1, 0.95, true)]);
    expect(check.lapsedShare).toBeCloseTo(1 / 11, 12);
    expect(check.contradicts).toBe(false);
  });
  it("does not flag when mean P(alive) is 0.9 or less: lapsed customers the model sees as dead", () => {
    // 8 x 1 + 2 x 0.5 = 9 / 10 = 0.9, not above.
    const check = checkModelAgainstSegments([...many(8, 1, false), ...many(2, 0.5, true)]);
    expect(check.meanPAlive).toBeCloseTo(0.9, 12);
    expect(check.contradicts).toBe(false);
  });
  it("leaves out customers the model did not score", () => {
    const check = checkModelAgainstSegments([...many(4, 1, false), ...many(3, null, true)]);
    expect(check).toMatchObject({ scored: 4, lapsed: 0, lapsedShare: 0, contradicts: false });
  });
  it("says nothing without scored customers", () => {
    expect(checkModelAgainstSegments(many(2, null, true))).toEqual({
      scored: 0,
      meanPAlive: null,
      lapsed: 0,
      lapsedShare: null,
      contradicts: false,
    });
  });
});

describe("meanClvBySegment", () => {
  it("averages the valued customers of each segment", () => {
    const means = meanClvBySegment([
      { segment: "a", clv: 10 },
      { segment: "a", clv: 20 },
      { segment: "a", clv: null },
      { segment: null, clv: 7 },
    ]);
    expect([...means]).toEqual([
      ["a", 15],
      [null, 7],
    ]);
  });
});

describe("lapsedSegments", () => {
  it("reads Lost and Hibernating off the classic map's rules (R and F at most 2)", () => {
    expect([...lapsedSegments(classicMap)].sort()).toEqual(["hibernating", "lost"]);
  });
  it("finds none in maps without a low-recency, low-frequency segment", () => {
    expect(lapsedSegments(tiers3Map).size).toBe(0);
    expect(lapsedSegments(bandsMap()).size).toBe(0);
  });
});
