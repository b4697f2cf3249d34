import fc from "fast-check";
import { emptyTally, type GroupTally } from "../../../src/analytics/uplift/groupTally";
import { postStratify } from "../../../src/analytics/uplift/postStratify";
import { translator } from "../../../src/i18n";
import { isSimpsonReversal, SIMPSON_MIN_UPLIFT } from "../../../src/analytics/uplift/simpsonRule";

/** An estimate in points (as a reader sees it), stored as rate differences. */
const pts = (value: number, low: number, high: number) => ({
  value: value / 100,
  low: low / 100,
  high: high / 100,
});

describe("isSimpsonReversal", () => {
  it("flags opposite signs, both at least 0.1 point from zero, one interval excluding zero", () => {
    expect(SIMPSON_MIN_UPLIFT).toBe(0.001);
    // pooled +0.5 point, interval wholly above zero; stratified -0.3 point
    expect(isSimpsonReversal(pts(0.5, 0.2, 0.8), pts(-0.3, -0.9, 0.3))).toBe(true);
    // stratified -0.3 point wholly below zero; pooled +0.5 point spanning zero
    expect(isSimpsonReversal(pts(0.5, -0.1, 1.1), pts(-0.3, -0.5, -0.1))).toBe(true);
    // exactly 0.1 point from zero still counts
    expect(isSimpsonReversal(pts(-0.1, -0.15, -0.05), pts(0.1, -0.2, 0.4))).toBe(true);
  });

  it("does not flag the +0.003 vs -0.12 point gap, even with intervals excluding zero", () => {
    // The case: +0.003 point is no direction at all.
    expect(isSimpsonReversal(pts(0.003, 0.001, 0.005), pts(-0.12, -0.2, -0.04))).toBe(false);
    expect(isSimpsonReversal(pts(-0.12, -0.2, -0.04), pts(0.003, 0.001, 0.005))).toBe(false);
  });

  it("does not flag opposite signs when both intervals span zero (noise both ways)", () => {
    expect(isSimpsonReversal(pts(0.5, -0.1, 1.1), pts(-0.4, -1.0, 0.2))).toBe(false);
  });

  it("does not flag estimates of the same sign, or a zero", () => {
    expect(isSimpsonReversal(pts(0.5, 0.2, 0.8), pts(2, 1, 3))).toBe(false);
    expect(isSimpsonReversal(pts(0, -0.2, 0.2), pts(-2, -3, -1))).toBe(false);
  });

  it("never flags a difference where either uplift is under 0.1 point (property)", () => {
    const tiny = fc.double({ min: -0.000999, max: 0.000999, noNaN: true });
    const any = fc.double({ min: -1, max: 1, noNaN: true });
    const est = (v: fc.Arbitrary<number>) =>
      fc
        .tuple(
          v,
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true })
        )
        .map(([value, below, above]) => ({ value, low: value - below, high: value + above }));
    fc.assert(
      fc.property(est(tiny), est(any), fc.boolean(), (small, other, pooledSmall) => {
        const [pooled, stratified] = pooledSmall ? [small, other] : [other, small];
        return !isSimpsonReversal(pooled, stratified);
      })
    );
  });
});

describe("the rule on the Method sheet", () => {
  it("states the thresholds in both languages", () => {
    const en = translator("en");
    const fr = translator("fr");
    expect(en("report:upliftSheet.method.definition.stratified.text")).toContain(
      "Rule: opposite signs, both at least 0.1 point from zero, and at least one of the two 95 % intervals excludes zero"
    );
    expect(fr("report:upliftSheet.method.definition.stratified.text")).toContain(
      "chacun est à au moins 0,1 point de zéro, et au moins l'un des deux intervalles à 95 % exclut zéro"
    );
  });
});

describe("postStratify's Simpson flag", () => {
  const tally = (n: number, conversions: number): GroupTally => ({
    ...emptyTally(),
    n,
    conversions,
  });

  it("flags the hand-worked reversal: pooled -35.45 points (interval below 0), stratified +10", () => {
    // A: treated 8/10 vs control 70/100; B: treated 20/100 vs control 1/10: +10 points in each.
    // Pooled 28/110 vs 71/110 = -35.45 points, Newcombe interval wholly below zero.
    const strata = [
      { treated: tally(10, 8), control: tally(100, 70) },
      { treated: tally(100, 20), control: tally(10, 1) },
    ];
    const s = postStratify(strata, { value: 28 / 110 - 71 / 110, low: -0.47, high: -0.23 }, 0.95)!;
    expect(s.estimate).toBeCloseTo(0.1, 12);
    expect(s.simpson).toBe(true);
    // The same strata against a pooled uplift of +0.003 point: no flag.
    expect(postStratify(strata, pts(-0.003, -0.5, 0.5), 0.95)!.simpson).toBe(false);
  });

  it("never flags when the pooled uplift is under 0.1 point (property over random strata)", () => {
    const stratum = fc
      .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }))
      .chain(([nt, nc]) =>
        fc.record({
          treated: fc.integer({ min: 0, max: nt }).map((x) => tally(nt, x)),
          control: fc.integer({ min: 0, max: nc }).map((x) => tally(nc, x)),
        })
      );
    fc.assert(
      fc.property(
        fc.array(stratum, { minLength: 1, maxLength: 6 }),
        fc.double({ min: -0.000999, max: 0.000999, noNaN: true }),
        fc.double({ min: 0, max: 0.01, noNaN: true }),
        (strata, value, half) =>
          !postStratify(strata, { value, low: value - half, high: value + half }, 0.95)!.simpson
      )
    );
  });
});
