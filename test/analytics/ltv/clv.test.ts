import fc from "fast-check";
import { customerLifetimeValues, discountedPurchasesIfAlive } from "../../../src/analytics/ltv/clv";
import { fitBgnbd } from "../../../src/analytics/ltv/bgnbd/fit";
import { expectedPurchases, probabilityAlive } from "../../../src/analytics/ltv/bgnbd/predict";
import { expectedAverageSpend, fitGammaGamma } from "../../../src/analytics/ltv/gammaGamma";
import { columns, readCdnowSummaryWithSpend } from "../../support/cdnow";

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);
const README_BGNBD = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
const README_GG = { p: 6.248802, q: 3.744588, v: 15.447748 };
const one = (x: number, tx: number, T: number, m: number) => ({
  frequency: [x],
  recency: [tx],
  T: [T],
  monetary: [m],
});

// reference/bgnbd_reference.py: 12 monthly increments of E[Y(t)] by numerical integration over
// the mixing distributions (no 2F1), x the Gamma-Gamma spend, discounted at 1.01^month, README
// parameters: [customer, x, t_x, T, zbar, CLV]
const REFERENCE_CLV: [string, number, number, number, number, number][] = [
  ["1", 2, 30.43, 38.86, 22.35, 36.2784949935],
  ["2", 1, 1.71, 38.86, 11.77, 4.63746519683],
  ["157", 29, 37.71, 38.0, 26.26, 625.350131782],
];

describe("customerLifetimeValues", () => {
  it("reproduces lifetimes' 12-month CLV of customer 1 (36.278496) from our own fits, to 1e-5 relative", () => {
    const cdnow = columns(readCdnowSummaryWithSpend());
    const bg = fitBgnbd(cdnow).params;
    const gg = fitGammaGamma(cdnow.frequency, cdnow.monetary).params;
    const [clv] = customerLifetimeValues(bg, gg, one(2, 30.43, 38.86, 22.35), { timeUnit: "week" });
    expect(relative(clv, 36.278496)).toBeLessThan(1e-5);
  });

  it.each(REFERENCE_CLV)(
    "customer %s (x %p, t_x %p, T %p, zbar %p): %p (numerical integration)",
    (_id, x, tx, T, m, expected) => {
      const [clv] = customerLifetimeValues(README_BGNBD, README_GG, one(x, tx, T, m), {
        timeUnit: "week",
      });
      expect(relative(clv, expected)).toBeLessThan(1e-6);
    }
  );

  it("gives the same CLV whether the data is in days, weeks or months", () => {
    // Same customer and model, time rescaled: alpha, t_x and T scale with the unit.
    const weeks = customerLifetimeValues(README_BGNBD, README_GG, one(2, 30.43, 38.86, 22.35), {
      timeUnit: "week",
    })[0];
    const days = customerLifetimeValues(
      { ...README_BGNBD, alpha: README_BGNBD.alpha * 7 },
      README_GG,
      one(2, 30.43 * 7, 38.86 * 7, 22.35),
      {
        timeUnit: "day",
      }
    )[0];
    const months = customerLifetimeValues(
      { ...README_BGNBD, alpha: README_BGNBD.alpha / 4.345 },
      README_GG,
      one(2, 30.43 / 4.345, 38.86 / 4.345, 22.35),
      { timeUnit: "month" }
    )[0];
    expect(relative(days, weeks)).toBeLessThan(1e-12);
    expect(relative(months, weeks)).toBeLessThan(1e-12);
  });

  it("without discount is spend x margin x expected purchases over the whole horizon (hand check)", () => {
    // The monthly increments telescope: sum = E[Y(12 x 4.345)] when d = 0.
    const [clv] = customerLifetimeValues(README_BGNBD, README_GG, one(2, 30.43, 38.86, 22.35), {
      timeUnit: "week",
      monthlyDiscount: 0,
      margin: 0.4,
    });
    const expected =
      0.4 *
      expectedAverageSpend(README_GG, 2, 22.35) *
      expectedPurchases(README_BGNBD, 12 * 4.345, 2, 30.43, 38.86);
    expect(clv).toBeCloseTo(expected, 10);
  });

  it("is P(alive) x spend x discounted purchases if alive, and grows with the horizon (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 300, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.integer({ min: 1, max: 36 }),
        (x, share, T, m, months) => {
          const tx = x > 0 ? share * T : 0;
          const data = one(x, tx, T, m);
          const [clv] = customerLifetimeValues(README_BGNBD, README_GG, data, {
            timeUnit: "week",
            horizonMonths: months,
          });
          const [longer] = customerLifetimeValues(README_BGNBD, README_GG, data, {
            timeUnit: "week",
            horizonMonths: months + 1,
          });
          const parts =
            probabilityAlive(README_BGNBD, x, tx, T) *
            expectedAverageSpend(README_GG, x, m) *
            discountedPurchasesIfAlive(README_BGNBD, x, T, months, 0.01, 4.345);
          return (
            Number.isFinite(clv) &&
            clv >= 0 &&
            longer >= clv &&
            Math.abs(clv - parts) <= 1e-9 * Math.max(1, parts)
          );
        }
      ),
      { numRuns: 100 }
    );
  });

  describe("edge cases", () => {
    it("is 0 over a zero horizon", () => {
      expect(
        customerLifetimeValues(README_BGNBD, README_GG, one(2, 30.43, 38.86, 22.35), {
          timeUnit: "week",
          horizonMonths: 0,
        })[0]
      ).toBe(0);
    });
    it("is 0 for a customer the model believes gone, not NaN", () => {
      expect(
        customerLifetimeValues(README_BGNBD, README_GG, one(5000, 1, 400, 20), {
          timeUnit: "week",
        })[0]
      ).toBe(0);
    });
    it("handles an empty summary", () => {
      expect(
        customerLifetimeValues(
          README_BGNBD,
          README_GG,
          { frequency: [], recency: [], T: [], monetary: [] },
          { timeUnit: "week" }
        )
      ).toHaveLength(0);
    });
  });
});
