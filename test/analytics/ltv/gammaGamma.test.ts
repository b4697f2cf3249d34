import fc from "fast-check";
import {
  expectedAverageSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  spendFrequencyCorrelation,
} from "../../../src/analytics/ltv/gammaGamma";
import { summarizeCustomers } from "../../../src/analytics/ltv/customerSummary";
import {
  CDNOW_CALIBRATION_END,
  columns,
  readCdnowSummaryWithSpend,
  readCdnowTransactions,
} from "../../support/cdnow";

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);
const cdnow = columns(readCdnowSummaryWithSpend());

/** Printed by reference/bgnbd_reference.py (raw_gamma_gamma): scipy fit of the unrounded spend. */
const RAW_GG = {
  n: 946,
  p: 6.24957396,
  q: 3.74422448,
  v: 15.44351589,
  logLikelihood: -4055.9176948,
};

describe("fitGammaGamma", () => {
  it("matches the README's fit on the cent-rounded zbar file to 1e-4 relative", () => {
    // README: p = 6.248802, q = 3.744588, v = 15.447748 on the 946 repeat customers
    const fit = fitGammaGamma(cdnow.frequency, cdnow.monetary);
    expect(fit.customersUsed).toBe(946);
    expect(relative(fit.params.p, 6.248802)).toBeLessThan(1e-4);
    expect(relative(fit.params.q, 3.744588)).toBeLessThan(1e-4);
    expect(relative(fit.params.v, 15.447748)).toBeLessThan(1e-4);
    expect(fit.converged).toBe(true);
    expect(fit.logLikelihood).toBeCloseTo(
      gammaGammaLogLikelihood(fit.params, cdnow.frequency, cdnow.monetary),
      6
    );
    // and rounds to the published p = 6.25, q = 3.74, v = 15.44 (Fader & Hardie 2013)
    expect(fit.params.p).toBeCloseTo(6.25, 2);
    expect(fit.params.q).toBeCloseTo(3.74, 2);
    expect(fit.params.v).toBeCloseTo(15.44, 1);
  });

  it("fits the unrounded spend of the raw transactions like an independent scipy fit", () => {
    // reference/bgnbd_reference.py: mean repeat spend recomputed from CDNOW_sample.txt in Python
    // and fitted with scipy.optimize (Nelder-Mead, xatol 1e-12) on a log-likelihood written there.
    const raw = summarizeCustomers(readCdnowTransactions(), {
      calibrationEnd: CDNOW_CALIBRATION_END,
      timeUnit: "week",
    });
    const fit = fitGammaGamma(raw.frequency, raw.monetary);
    expect(fit.customersUsed).toBe(RAW_GG.n);
    expect(relative(fit.params.p, RAW_GG.p)).toBeLessThan(1e-4);
    expect(relative(fit.params.q, RAW_GG.q)).toBeLessThan(1e-4);
    expect(relative(fit.params.v, RAW_GG.v)).toBeLessThan(1e-4);
    expect(fit.logLikelihood).toBeCloseTo(RAW_GG.logLikelihood, 4);
  });

  it("scales v with the currency and leaves p, q unchanged", () => {
    const base = fitGammaGamma(cdnow.frequency, cdnow.monetary).params;
    const cents = fitGammaGamma(
      cdnow.frequency,
      cdnow.monetary.map((m) => m * 100)
    ).params;
    expect(relative(cents.v, base.v * 100)).toBeLessThan(1e-5);
    expect(relative(cents.p, base.p)).toBeLessThan(1e-5);
  });

  describe("edge cases", () => {
    it("with no repeat customer reports no fit, without NaN", () => {
      const fit = fitGammaGamma([0, 0], [0, 0]);
      expect(fit.customersUsed).toBe(0);
      expect(fit.converged).toBe(false);
      expect(Object.values(fit.params).every(Number.isFinite)).toBe(true);
    });
    it("ignores repeat customers whose mean spend is zero or negative (net of returns)", () => {
      const fit = fitGammaGamma([...cdnow.frequency, 3, 2], [...cdnow.monetary, 0, -5]);
      expect(fit.customersUsed).toBe(946);
    });
  });
});

describe("expectedAverageSpend", () => {
  const params = { p: 6.248802, q: 3.744588, v: 15.447748 };

  it("reproduces customer 1's published expected spend 24.658616 to 1e-5 relative", () => {
    expect(relative(expectedAverageSpend(params, 2, 22.35), 24.658616)).toBeLessThan(1e-5);
  });

  it("works a case by hand: p = 2, q = 3, v = 10, x = 4, zbar = 20", () => {
    // population mean v p / (q-1) = 10; weight p x / (p x + q - 1) = 8 / 10; 0.2 x 10 + 0.8 x 20 = 18
    expect(expectedAverageSpend({ p: 2, q: 3, v: 10 }, 4, 20)).toBeCloseTo(18, 12);
  });

  it("gives the population mean to a customer without repeat purchases", () => {
    expect(expectedAverageSpend(params, 0, 123)).toBeCloseTo((15.447748 * 6.248802) / 2.744588, 12);
  });

  it("lies between the population mean and the customer's own mean (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        (x, zbar) => {
          const s = expectedAverageSpend(params, x, zbar);
          const population = (params.v * params.p) / (params.q - 1);
          return s >= Math.min(population, zbar) - 1e-9 && s <= Math.max(population, zbar) + 1e-9;
        }
      )
    );
  });
});

describe("spendFrequencyCorrelation", () => {
  it("is small on CDNOW, as Fader & Hardie (2013) report (they find 0.11)", () => {
    // Pearson correlation of x and zbar over the 946 repeat customers; numpy.corrcoef gives 0.1139.
    expect(spendFrequencyCorrelation(cdnow.frequency, cdnow.monetary)).toBeCloseTo(0.1139, 4);
  });
  it("is 1 for a perfectly linear case and 0 without enough customers", () => {
    expect(spendFrequencyCorrelation([1, 2, 3, 0], [10, 20, 30, 0])).toBeCloseTo(1, 12);
    expect(spendFrequencyCorrelation([1, 2], [10, 20])).toBe(0);
    expect(spendFrequencyCorrelation([1, 2, 3], [10, 10, 10])).toBe(0); // no variation: 0, not NaN
  });
});
