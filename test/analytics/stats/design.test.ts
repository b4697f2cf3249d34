import fc from "fast-check";
import { holmAdjust, benjaminiHochbergAdjust } from "../../../src/analytics/stats/adjustPValues";
import {
  twoProportionPower,
  twoProportionSampleSize,
  minimumDetectableEffect,
} from "../../../src/analytics/stats/twoProportionPower";
import { standardisedMeanDifference } from "../../../src/analytics/stats/standardisedMeanDifference";
import { cochranQ } from "../../../src/analytics/stats/cochranQ";

describe("holmAdjust and benjaminiHochbergAdjust", () => {
  const p = [0.01, 0.04, 0.03, 0.005];

  it("Holm: sorted p times (m - i + 1), running max", () => {
    // by hand: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 = 0.04 -> max 0.06
    const adjusted = holmAdjust(p);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  it("BH: sorted p times m / i, running min from the top", () => {
    // by hand: 0.04*4/4 = 0.04, 0.03*4/3 = 0.04, 0.01*4/2 = 0.02, 0.005*4/1 = 0.02
    const adjusted = benjaminiHochbergAdjust(p);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  it("never lowers a p-value, caps at 1, and BH <= Holm (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (ps) => {
          const holm = holmAdjust(ps);
          const bh = benjaminiHochbergAdjust(ps);
          return ps.every(
            (v, i) =>
              holm[i] >= v - 1e-15 && bh[i] >= v - 1e-15 && holm[i] <= 1 && bh[i] <= holm[i] + 1e-15
          );
        }
      )
    );
  });

  describe("edge cases", () => {
    it("leaves a single p-value as is", () => {
      expect(holmAdjust([0.2])).toEqual([0.2]);
      expect(benjaminiHochbergAdjust([0.2])).toEqual([0.2]);
    });
    it("handles an empty list", () => {
      expect(holmAdjust([])).toEqual([]);
    });
  });
});

describe("twoProportionPower and twoProportionSampleSize", () => {
  it("reproduce R's power.prop.test examples", () => {
    // R ?power.prop.test: power.prop.test(n = 50, p1 = .50, p2 = .75)  # => power = 0.740
    expect(
      twoProportionPower({ treatedRate: 0.75, controlRate: 0.5, nTreated: 50, nControl: 50 })
    ).toBeCloseTo(0.7401659, 6);
    // power.prop.test(p1 = .50, p2 = .75, power = .90)  # => n = 76.7
    const size = twoProportionSampleSize({ baselineRate: 0.5, effect: 0.25, power: 0.9 })!;
    expect(size.exactTotal / 2).toBeCloseTo(76.7, 1);
    expect(size).toMatchObject({ nTreated: 77, nControl: 77, total: 154 });
  });

  it("gives back the target power at the size it computes (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0.005, max: 0.3, noNaN: true }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (baseline, effect, share) => {
          const size = twoProportionSampleSize({
            baselineRate: baseline,
            effect,
            treatedShare: share,
          })!;
          const n1 = size.exactTotal * share;
          const n2 = size.exactTotal * (1 - share);
          const power = twoProportionPower({
            treatedRate: baseline + effect,
            controlRate: baseline,
            nTreated: n1,
            nControl: n2,
          });
          return Math.abs(power - 0.8) < 1e-6;
        }
      )
    );
  });

  it("minimumDetectableEffect inverts the power function", () => {
    const mde = minimumDetectableEffect(0.5, 77, 77, 0.9)!;
    // near the 0.25 of the R example (n rounded up from 76.7, so slightly smaller)
    expect(mde).toBeLessThan(0.25);
    expect(mde).toBeGreaterThan(0.248);
    expect(
      twoProportionPower({ treatedRate: 0.5 + mde, controlRate: 0.5, nTreated: 77, nControl: 77 })
    ).toBeCloseTo(0.9, 9);
  });

  describe("edge cases", () => {
    it("has no sample size for a zero effect or a rate past 1", () => {
      expect(twoProportionSampleSize({ baselineRate: 0.1, effect: 0 })).toBeNull();
      expect(twoProportionSampleSize({ baselineRate: 0.9, effect: 0.2 })).toBeNull();
    });
    it("has no MDE when the groups are too small to reach the power at any rate", () => {
      expect(minimumDetectableEffect(0.5, 2, 2)).toBeNull();
    });
  });
});

describe("standardisedMeanDifference", () => {
  it("is the mean difference over the root mean variance", () => {
    // by hand: means 3 and 2, variances 4 and 2 -> 1 / sqrt(3) = 0.5773503
    expect(
      standardisedMeanDifference({ n: 10, mean: 3, variance: 4 }, { n: 10, mean: 2, variance: 2 })
    ).toBeCloseTo(0.5773503, 7);
  });
  it("is null for an empty group", () => {
    expect(
      standardisedMeanDifference(
        { n: 0, mean: NaN, variance: NaN },
        { n: 10, mean: 2, variance: 2 }
      )
    ).toBeNull();
  });
});

describe("cochranQ", () => {
  it("is Σ w (θ - θ̄)² with inverse-variance weights, worked by hand", () => {
    // θ = 0.1, 0.3 with variances 0.01, 0.04: w = 100, 25, θ̄ = (10 + 7.5) / 125 = 0.14,
    // Q = 100*0.04² + 25*0.16² = 0.16 + 0.64 = 0.8, df 1, I² = 0; R pchisq(0.8, 1, lower = FALSE) = 0.3710934
    const h = cochranQ([0.1, 0.3], [0.01, 0.04])!;
    expect(h.pooled).toBeCloseTo(0.14, 12);
    expect(h.q).toBeCloseTo(0.8, 12);
    expect(h.iSquared).toBe(0);
    expect(h.pValue).toBeCloseTo(0.3710934, 7);
  });
  it("needs two estimates", () => {
    expect(cochranQ([0.1], [0.01])).toBeNull();
  });
});
