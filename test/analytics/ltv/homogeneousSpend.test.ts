import fc from "fast-check";
import { fitHomogeneousSpend } from "../../../src/analytics/ltv/homogeneousSpend";
import {
  expectedAverageSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  spendModelOf,
} from "../../../src/analytics/ltv/gammaGamma";
import { columns, readCdnowSummaryWithSpend } from "../../support/cdnow";

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

/**
 * A hand-made degenerate case: two customers each at x = 1, 2, 4, 8 repeat purchases, mean spends
 * 50 (1 -/+ 0.5 / x): 25, 75, 37.5, 62.5, 43.75, 56.25, 46.875, 53.125. Frequent buyers sit closer
 * to 50 than chance would put them (deviations shrink like 1 / x, chance like 1 / sqrt(x)), so
 * customers do not differ and Gamma-Gamma's maximum is its limit q, v -> infinity.
 */
const x = [1, 1, 2, 2, 4, 4, 8, 8];
const zbar = [25, 75, 37.5, 62.5, 43.75, 56.25, 46.875, 53.125];

/** reference/homogeneous_spend_reference.py: scipy's own search on the limit's likelihood. */
const SCIPY = {
  p: 7.904098552,
  rate: 0.1580819709,
  logLikelihood: -29.9264224531,
  dispersionRatio: 0.526939903,
  /** Best Gamma-Gamma log-likelihood over p and v at fixed q (v around q / rate). */
  profile: [
    { q: 1e1, logLikelihood: -32.72181955 },
    { q: 1e2, logLikelihood: -30.41864919 },
    { q: 1e3, logLikelihood: -29.98170214 },
    { q: 1e4, logLikelihood: -29.93202292 },
    { q: 1e5, logLikelihood: -29.92698324 },
  ],
};

describe("fitHomogeneousSpend", () => {
  it("puts everyone's expected spend at total repeat spend / repeat purchases", () => {
    // by hand: each pair averages 50, so sum x zbar / sum x = (2 + 4 + 8 + 16) x 50 / 30 = 50
    expect(fitHomogeneousSpend(x, zbar).meanSpend).toBeCloseTo(50, 12);
    // x = [1, 2], zbar = [10, 25]: (10 + 50) / 3 = 20
    expect(fitHomogeneousSpend([1, 2], [10, 25]).meanSpend).toBeCloseTo(20, 12);
  });

  it("matches scipy's maximum of the limit's likelihood (p, rate, log-likelihood)", () => {
    const fit = fitHomogeneousSpend(x, zbar);
    expect(relative(fit.p, SCIPY.p)).toBeLessThan(1e-8);
    expect(relative(fit.rate, SCIPY.rate)).toBeLessThan(1e-8);
    expect(fit.logLikelihood).toBeCloseTo(SCIPY.logLikelihood, 8);
    expect(fit.dispersionRatio).toBeCloseTo(SCIPY.dispersionRatio, 7);
    expect(fit.gradientNorm).toBeLessThan(1e-9);
  });

  it("is the supremum of the Gamma-Gamma likelihood on this data", () => {
    const limit = fitHomogeneousSpend(x, zbar);
    // scipy's profile: the best Gamma-Gamma fit at fixed q rises towards the limit as q grows
    const profile = SCIPY.profile.map((s) => s.logLikelihood);
    for (let i = 1; i < profile.length; i++) expect(profile[i]).toBeGreaterThan(profile[i - 1]);
    expect(limit.logLikelihood - profile[profile.length - 1]).toBeGreaterThan(0);
    expect(limit.logLikelihood - profile[profile.length - 1]).toBeLessThan(1e-3);
    // our eq. 3 on the path v = q / rate, at the limit's p, tends to the limit's log-likelihood
    const onPath = (q: number) =>
      gammaGammaLogLikelihood({ p: limit.p, q, v: q / limit.rate }, x, zbar);
    // from below, the gap shrinking like 1 / q (5.6e-4 at q = 1e5, 5.6e-5 at 1e6)
    const gaps = [1e4, 1e5, 1e6].map((q) => limit.logLikelihood - onPath(q));
    expect(gaps[0]).toBeGreaterThan(gaps[1]);
    expect(gaps[1]).toBeGreaterThan(gaps[2]);
    expect(gaps[2]).toBeGreaterThan(0);
    expect(gaps[2]).toBeLessThan(1e-4);
    // and no finite (p, q, v) does better (property)
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.double({ min: 0.05, max: 1e4, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        (p, q, v) => gammaGammaLogLikelihood({ p, q, v }, x, zbar) <= limit.logLikelihood + 1e-9
      )
    );
  });

  describe("edge cases", () => {
    it("with every mean spend equal: the mean is exact and no spread is found", () => {
      const fit = fitHomogeneousSpend([1, 3, 5], [20, 20, 20]);
      expect(fit.meanSpend).toBe(20);
      expect(fit.dispersionRatio).toBe(0);
      expect(Number.isFinite(fit.p)).toBe(true);
    });
    it("with one customer: the customer's own mean", () => {
      expect(fitHomogeneousSpend([4], [12.5]).meanSpend).toBeCloseTo(12.5, 12);
    });
  });
});

describe("fitGammaGamma in the limit without heterogeneity", () => {
  it("reports the limit, converged, with infinite q and v and the population mean for everyone", () => {
    const fit = fitGammaGamma(x, zbar);
    expect(fit.homogeneous).not.toBeNull();
    expect(fit.converged).toBe(true);
    expect(fit.params.q).toBe(Infinity);
    expect(fit.params.v).toBe(Infinity);
    expect(relative(fit.params.p, SCIPY.p)).toBeLessThan(1e-8);
    expect(fit.populationMeanSpend).toBeCloseTo(50, 12);
    expect(fit.logLikelihood).toBeCloseTo(SCIPY.logLikelihood, 8);
    expect(fit.gradientNorm).toBeLessThan(1e-9); // the limit's own, not BFGS's on the way out
    // Fader & Hardie's eq. 5 with q -> infinity: the weight of the customer's own mean is 0
    for (const [xi, z] of [
      [8, 53.125],
      [1, 25],
      [0, 0],
    ])
      expect(expectedAverageSpend(spendModelOf(fit), xi, z)).toBeCloseTo(50, 12);
  });

  it("takes the limit on spends drawn without heterogeneity (3,000 customers)", () => {
    // spends drawn with no heterogeneity: 3,000 customers, x = 1..6 purchases of one Gamma(p, nu)
    let seed = 7;
    const uniform = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const gamma = (shape: number) => {
      // sum of `shape` exponentials (integer shape): Gamma(shape, 1)
      let s = 0;
      for (let k = 0; k < shape; k++) s -= Math.log(1 - uniform());
      return s;
    };
    const xs: number[] = [];
    const means: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const xi = 1 + (i % 6);
      xs.push(xi);
      means.push((gamma(3 * xi) / xi) * 20); // p = 3, mean spend 60
    }
    const fit = fitGammaGamma(xs, means);
    expect(fit.homogeneous).not.toBeNull();
    expect(fit.params.q).toBe(Infinity);
    expect(fit.populationMeanSpend).toBeCloseTo(
      means.reduce((s, m, i) => s + m * xs[i], 0) / xs.reduce((s, v) => s + v, 0),
      9
    );
    expect(fit.params.p).toBe(fit.homogeneous!.p);
  });

  it("leaves CDNOW's interior maximum alone (README values to 1e-6 relative)", () => {
    // CDNOW's mean spends do differ between customers (Fader & Hardie 2013): no limit.
    const cdnow = columns(readCdnowSummaryWithSpend());
    const fit = fitGammaGamma(cdnow.frequency, cdnow.monetary);
    expect(fit.homogeneous).toBeNull();
    expect(relative(fit.params.p, 6.248802)).toBeLessThan(1e-6);
    expect(relative(fit.params.q, 3.744588)).toBeLessThan(1e-6);
    expect(relative(fit.params.v, 15.447748)).toBeLessThan(1e-6);
    // population mean v p / (q - 1) = 15.447748 x 6.248802 / 2.744588 = 35.17
    expect(fit.populationMeanSpend).toBeCloseTo((15.447748 * 6.248802) / 2.744588, 3);
    const limit = fitHomogeneousSpend(
      cdnow.frequency.filter((f, i) => f > 0 && cdnow.monetary[i] > 0),
      cdnow.monetary.filter((m, i) => cdnow.frequency[i] > 0 && m > 0)
    );
    expect(limit.dispersionRatio).toBeGreaterThan(1);
    expect(limit.logLikelihood).toBeLessThan(fit.logLikelihood);
  });
});
