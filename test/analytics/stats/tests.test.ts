import fc from "fast-check";
import { twoProportionZTest } from "../../../src/analytics/stats/twoProportionZTest";
import { fisherExactTest } from "../../../src/analytics/stats/fisherExactTest";
import { welchTTest, summarise } from "../../../src/analytics/stats/welchTTest";
import { chiSquareGoodnessOfFit } from "../../../src/analytics/stats/chiSquareGoodnessOfFit";

/** Exact two-sided Fisher p by enumerating every table with the same margins in BigInt arithmetic. */
function fisherByEnumeration(a: number, b: number, c: number, d: number): number {
  const fact = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * fact(n - 1));
  const choose = (n: number, k: number) => fact(n) / (fact(k) * fact(n - k));
  const r1 = a + b,
    r2 = c + d,
    c1 = a + c;
  const weight = (k: number) => choose(r1, k) * choose(r2, c1 - k);
  const observed = weight(a);
  let num = 0n;
  let den = 0n;
  for (let k = Math.max(0, c1 - r2); k <= Math.min(r1, c1); k++) {
    den += weight(k);
    if (weight(k) <= observed) num += weight(k);
  }
  return Number((num * 10n ** 15n) / den) / 1e15;
}

describe("twoProportionZTest", () => {
  it("matches the pooled statistic worked by hand", () => {
    // 30/100 vs 20/100: pooled 0.25, se = sqrt(0.25*0.75*0.02) = 0.0612372, z = 0.1/0.0612372 = 1.632993
    const { z, pValue } = twoProportionZTest(30, 100, 20, 100);
    expect(z).toBeCloseTo(1.632993, 6);
    // R: 2 * pnorm(-1.632993) = 0.1024704
    expect(pValue).toBeCloseTo(0.1024704, 6);
  });

  it("is antisymmetric in the groups (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (x1, x2) => {
        const a = twoProportionZTest(x1, 60, x2, 70);
        const b = twoProportionZTest(x2, 70, x1, 60);
        return Math.abs(a.z + b.z) < 1e-12 && Math.abs(a.pValue - b.pValue) < 1e-12;
      })
    );
  });

  describe("edge cases", () => {
    it("gives z = 0, p = 1 when nobody (or everybody) converted", () => {
      expect(twoProportionZTest(0, 10, 0, 12)).toEqual({ z: 0, pValue: 1 });
      expect(twoProportionZTest(10, 10, 12, 12)).toEqual({ z: 0, pValue: 1 });
    });
  });
});

describe("fisherExactTest", () => {
  it("reproduces Fisher's lady tasting tea, p = 0.4857", () => {
    // Fisher (1935): [[3, 1], [1, 3]], two-sided p = 34/70 = 0.485714
    expect(fisherExactTest(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
  });

  it.each([
    [8, 2, 1, 5],
    [6, 2, 1, 4],
    [0, 5, 5, 0],
    [2, 7, 8, 2],
    [1, 30, 9, 25],
    [12, 5, 3, 14],
  ])(
    "equals exact enumeration of tables with the same margins for [[%i, %i], [%i, %i]]",
    (a, b, c, d) => {
      expect(fisherExactTest(a, b, c, d)).toBeCloseTo(fisherByEnumeration(a, b, c, d), 10);
    }
  );

  it("is symmetric under transposition and lies in (0, 1] (property)", () => {
    const cell = fc.integer({ min: 0, max: 25 });
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExactTest(a, b, c, d);
        return p > 0 && p <= 1 && Math.abs(p - fisherExactTest(a, c, b, d)) < 1e-9;
      })
    );
  });

  describe("edge cases", () => {
    it("gives p = 1 when a margin is zero", () => {
      expect(fisherExactTest(0, 10, 0, 12)).toBe(1);
    });
  });
});

describe("welchTTest", () => {
  // R's sleep data, `t.test(extra ~ group, data = sleep)`: t = -1.8608, df = 17.776,
  // p-value = 0.07939, 95 % CI -3.3654832 0.2054832 (R documentation output).
  const group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  it("reproduces R's Welch test on the sleep data", () => {
    const r = welchTTest(summarise(group1), summarise(group2))!;
    expect(r.t).toBeCloseTo(-1.8608, 4);
    expect(r.df).toBeCloseTo(17.776, 3);
    expect(r.pValue).toBeCloseTo(0.07939, 5);
    expect(r.interval.low).toBeCloseTo(-3.3654832, 6);
    expect(r.interval.high).toBeCloseTo(0.2054832, 6);
  });

  it("summarise gives the sample mean and (n - 1) variance", () => {
    // by hand: [1, 2, 3, 4] -> mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3
    expect(summarise([1, 2, 3, 4])).toEqual({ n: 4, mean: 2.5, variance: 5 / 3 });
  });

  describe("edge cases", () => {
    it("needs two values per group", () => {
      expect(welchTTest(summarise([1]), summarise([1, 2]))).toBeNull();
    });
    it("gives p = 1 for two constant, equal samples", () => {
      expect(welchTTest(summarise([0, 0, 0]), summarise([0, 0]))!.pValue).toBe(1);
    });
  });
});

describe("chiSquareGoodnessOfFit", () => {
  it("is Σ (O - E)² / E against the expected split, worked by hand", () => {
    // 60 / 40 against 50/50: (10² + 10²) / 50 = 4, df 1; R: pchisq(4, 1, lower = FALSE) = 0.04550026
    const r = chiSquareGoodnessOfFit([60, 40], [0.5, 0.5]);
    expect(r.statistic).toBeCloseTo(4, 12);
    expect(r.df).toBe(1);
    expect(r.pValue).toBeCloseTo(0.04550026, 8);
  });

  it("rescales proportions given as shares (45/45/10)", () => {
    // 450/450/100 of 1000 against 45/45/10: a perfect fit.
    expect(chiSquareGoodnessOfFit([450, 450, 100], [45, 45, 10]).statistic).toBeCloseTo(0, 12);
  });
});
