import fc from "fast-check";
import { wilsonInterval } from "../../../src/analytics/stats/wilsonInterval";
import { newcombeInterval } from "../../../src/analytics/stats/newcombeInterval";
import { waldDifferenceInterval } from "../../../src/analytics/stats/waldInterval";
import { riskRatioInterval } from "../../../src/analytics/stats/riskRatioInterval";

const Z975 = 1.959963984540054; // qnorm(0.975)

describe("wilsonInterval", () => {
  // Newcombe (1998) "Two-sided confidence intervals for the single proportion", Table I, method 3.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("reproduces Newcombe's published interval for %i/%i", (x, n, low, high) => {
    const ci = wilsonInterval(x, n);
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });

  it("has the closed form 0 .. z²/(n + z²) when x = 0", () => {
    // Solving the score equation at p̂ = 0 by hand gives u = z² / (n + z²).
    expect(wilsonInterval(0, 10).high).toBeCloseTo((Z975 * Z975) / (10 + Z975 * Z975), 12);
  });
});

describe("newcombeInterval", () => {
  // Newcombe (1998) "Interval estimation for the difference between independent proportions",
  // Statistics in Medicine 17:873-890, Table II, method 10 (hybrid score), 4 decimals.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1.0],
    [10, 10, 0, 10, 0.6075, 1.0],
  ])("reproduces Newcombe's example %i/%i - %i/%i", (x1, n1, x2, n2, low, high) => {
    const ci = newcombeInterval(x1, n1, x2, n2);
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });

  it("contains the point estimate and stays within [-1, 1] (property)", () => {
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }))
      .chain(([n1, n2]) =>
        fc.tuple(
          fc.integer({ min: 0, max: n1 }),
          fc.constant(n1),
          fc.integer({ min: 0, max: n2 }),
          fc.constant(n2)
        )
      );
    fc.assert(
      fc.property(counts, ([x1, n1, x2, n2]) => {
        const ci = newcombeInterval(x1, n1, x2, n2);
        const d = x1 / n1 - x2 / n2;
        return (
          ci.low <= d + 1e-12 &&
          d <= ci.high + 1e-12 &&
          ci.low >= -1 - 1e-12 &&
          ci.high <= 1 + 1e-12
        );
      })
    );
  });
});

describe("waldDifferenceInterval", () => {
  it("is d ± z sqrt(p1q1/n1 + p2q2/n2)", () => {
    // 56/70 - 48/80: d = 0.2, se = sqrt(0.8*0.2/70 + 0.6*0.4/80) = sqrt(0.00528571...) computed here
    const se = Math.sqrt((0.8 * 0.2) / 70 + (0.6 * 0.4) / 80);
    const ci = waldDifferenceInterval(56, 70, 48, 80);
    expect(ci.low).toBeCloseTo(0.2 - Z975 * se, 12);
    expect(ci.high).toBeCloseTo(0.2 + Z975 * se, 12);
    // Newcombe's Table II, method 1 (Wald) for example (a): 0.0575, 0.3425.
    expect(ci.low).toBeCloseTo(0.0575, 4);
    expect(ci.high).toBeCloseTo(0.3425, 4);
  });

  it("collapses to zero width when both groups have no conversions (why Newcombe is primary)", () => {
    expect(waldDifferenceInterval(0, 10, 0, 20)).toMatchObject({ low: 0, high: 0 });
  });
});

describe("riskRatioInterval", () => {
  it("is the Katz log interval exp(ln RR ± z sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2))", () => {
    // 20/100 vs 10/100: RR = 2, se = sqrt(1/20 - 1/100 + 1/10 - 1/100) = sqrt(0.13) by hand.
    const rr = riskRatioInterval(20, 100, 10, 100)!;
    expect(rr.ratio).toBeCloseTo(2, 12);
    expect(rr.interval!.low).toBeCloseTo(2 * Math.exp(-Z975 * Math.sqrt(0.13)), 12);
    expect(rr.interval!.high).toBeCloseTo(2 * Math.exp(Z975 * Math.sqrt(0.13)), 12);
    // by hand: z se = 1.959964 x 0.360555 = 0.706675; 2 e^-0.706675 = 0.98656, 2 e^0.706675 = 4.05448
    expect(rr.interval!.low).toBeCloseTo(0.98656, 5);
    expect(rr.interval!.high).toBeCloseTo(4.05448, 4);
  });

  describe("edge cases", () => {
    it("has no ratio when the control has no conversions", () => {
      expect(riskRatioInterval(3, 10, 0, 10)).toBeNull();
    });
    it("has a ratio of 0 but no interval when the treated group has none", () => {
      expect(riskRatioInterval(0, 10, 3, 10)).toEqual({ ratio: 0, interval: null });
    });
  });
});
