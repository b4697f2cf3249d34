import fc from "fast-check";
import { fitBgnbd } from "../../../src/analytics/ltv/bgnbd/fit";
import {
  bgnbdCustomerLogLikelihood,
  bgnbdLogLikelihood,
  bgnbdObjective,
  bgnbdParamsFromLog,
  prepareBgnbdData,
} from "../../../src/analytics/ltv/bgnbd/logLikelihood";
import {
  expectedPurchases,
  expectedPurchasesNewCustomer,
  predictCustomers,
  probabilityAlive,
  probabilityOfPurchases,
} from "../../../src/analytics/ltv/bgnbd/predict";
import type { BgnbdParams } from "../../../src/analytics/ltv/bgnbd/params";
import { summarizeCustomers } from "../../../src/analytics/ltv/customerSummary";
import {
  CDNOW_CALIBRATION_END,
  columns,
  readCdnowSummaryWithSpend,
  readCdnowTransactions,
} from "../../support/cdnow";

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

/** ../shared/data/README.md: maximum-likelihood fit of the CDNOW summary, full precision. */
const README_MLE: BgnbdParams = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };

const cdnow = columns(readCdnowSummaryWithSpend());

// Printed by reference/bgnbd_reference.py (numerical integration, see below), README parameters:
// [customer id, x, t_x, T, t, P(alive), E[Y(t)]]
const REFERENCE_CONDITIONAL: [string, number, number, number, number, number, number][] = [
  ["1", 2, 30.43, 38.86, 39, 0.726609102456, 1.22591038569],
  ["1", 2, 30.43, 38.86, 78, 0.726609102456, 2.15076007178],
  ["2", 1, 1.71, 38.86, 39, 0.212227323452, 0.203250570663],
  ["2", 1, 1.71, 38.86, 78, 0.212227323452, 0.362132548273],
  ["3", 0, 0, 38.86, 39, 1, 0.194780912294],
  ["3", 0, 0, 38.86, 78, 1, 0.356918614518],
  ["157", 29, 37.71, 38.0, 39, 0.969133591458, 20.053668345],
  ["157", 29, 37.71, 38.0, 78, 0.969133591458, 33.6629626524],
  ["325", 25, 27.29, 36.86, 39, 0.0409963107795, 0.749731937758],
  ["325", 25, 27.29, 36.86, 78, 0.0409963107795, 1.2564570819],
  ["2328", 1, 21.43, 27.0, 39, 0.705928307058, 0.888497218735],
  ["2328", 1, 21.43, 27.0, 78, 0.705928307058, 1.54430280962],
];
// [t, E[X(t)]] of a newly acquired customer
const REFERENCE_NEW_CUSTOMER: [number, number][] = [
  [1, 0.0531847553599],
  [39, 1.1950165245],
  [78, 1.8579721052],
  [520, 4.96874917647],
];
// [n, P(X(39) = n)]
const REFERENCE_P_X: [number, number][] = [
  [0, 0.57430718172],
  [1, 0.199193109256],
  [2, 0.0853224288949],
  [5, 0.0179383963999],
  [10, 0.00358450827758],
];

describe("fitBgnbd", () => {
  const fit = fitBgnbd(cdnow);

  it("matches the README's full-precision MLE on the CDNOW summary to 1e-4 relative", () => {
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect([name, relative(fit.params[name], README_MLE[name]) < 1e-4]).toEqual([name, true]);
    }
    expect(fit.logLikelihood).toBeCloseTo(-9582.4256, 3);
    expect(fit.logLikelihood).toBeCloseTo(bgnbdLogLikelihood(fit.params, cdnow), 6);
    expect(fit.converged).toBe(true);
    expect(fit.gradientNorm).toBeLessThan(1e-7);
    expect(fit.atBoundary).toEqual([]);
  });

  it("rounds to the paper's published values (Fader, Hardie & Lee 2005, p. 280)", () => {
    expect(fit.params.r).toBeCloseTo(0.243, 3);
    expect(fit.params.alpha).toBeCloseTo(4.414, 3);
    expect(fit.params.a).toBeCloseTo(0.793, 3);
    expect(fit.params.b).toBeCloseTo(2.426, 3);
  });

  it("gives the same model in days (alpha x 7) as in weeks", () => {
    const inDays = fitBgnbd({
      frequency: cdnow.frequency,
      recency: cdnow.recency.map((t) => t * 7),
      T: cdnow.T.map((t) => t * 7),
    });
    expect(relative(inDays.params.alpha, fit.params.alpha * 7)).toBeLessThan(1e-5);
    expect(relative(inDays.params.r, fit.params.r)).toBeLessThan(1e-5);
    // ln L shifts by -sum(x) ln 7 (densities of times scale with the unit)
    const sumX = cdnow.frequency.reduce((s, x) => s + x, 0);
    expect(inDays.logLikelihood).toBeCloseTo(fit.logLikelihood - sumX * Math.log(7), 4);
  });

  it("fits the summary built from the raw transactions close to the published one", () => {
    // The shipped file rounds recency and T to 2 decimals; unrounded days/7 move the MLE a little.
    const raw = summarizeCustomers(readCdnowTransactions(), {
      calibrationEnd: CDNOW_CALIBRATION_END,
      timeUnit: "week",
    });
    const rawFit = fitBgnbd(raw);
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect([name, relative(rawFit.params[name], README_MLE[name]) < 2e-3]).toEqual([name, true]);
    }
  });
});

describe("bgnbdObjective", () => {
  it("returns minus the mean of the straightforward log-likelihood, and its exact gradient", () => {
    const data = prepareBgnbdData(cdnow);
    const objective = bgnbdObjective(data, 3.886);
    const theta = Float64Array.from([0.1, -0.2, 0.3, 0.4]);
    const gradient = new Float64Array(4);
    const value = objective(theta, gradient);
    const slow = (t: Float64Array) =>
      -bgnbdLogLikelihood(bgnbdParamsFromLog(t, 3.886), cdnow) / data.n;
    expect(value).toBeCloseTo(slow(theta), 12);
    // central differences, h = 1e-4: truncation error ~h^2 = 1e-8
    for (let i = 0; i < 4; i++) {
      const up = Float64Array.from(theta);
      const down = Float64Array.from(theta);
      up[i] += 1e-4;
      down[i] -= 1e-4;
      expect(gradient[i]).toBeCloseTo((slow(up) - slow(down)) / 2e-4, 7);
    }
  });

  it("agrees with the per-customer log-likelihood for any history (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 200 }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0.1, max: 400, noNaN: true })
          ),
          { minLength: 1, maxLength: 20 }
        ),
        (rows) => {
          const data = {
            frequency: rows.map(([x]) => x),
            recency: rows.map(([x, share, T]) => (x > 0 ? share * T : 0)),
            T: rows.map(([, , T]) => T),
          };
          const value = bgnbdObjective(prepareBgnbdData(data), 1)(
            Float64Array.from([0, 0, 0, 0]),
            new Float64Array(4)
          );
          const params = { r: 1, alpha: 1, a: 1, b: 1 };
          const direct = rows.reduce(
            (s, _, i) =>
              s + bgnbdCustomerLogLikelihood(params, data.frequency[i], data.recency[i], data.T[i]),
            0
          );
          return Math.abs(-value * rows.length - direct) <= 1e-9 * Math.max(1, Math.abs(direct));
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("BG/NBD predictions", () => {
  it("reproduces customer 1's published P(alive) and expected purchases to 1e-5 relative", () => {
    // README: customer 1 (x 2, t_x 30.43, T 38.86) with the fitted model
    const fit = fitBgnbd(cdnow).params;
    expect(relative(probabilityAlive(fit, 2, 30.43, 38.86), 0.7266091)).toBeLessThan(1e-5);
    expect(relative(expectedPurchases(fit, 39, 2, 30.43, 38.86), 1.2259104)).toBeLessThan(1e-5);
  });

  it("reproduces the published new-customer curve at 39 and 78 weeks", () => {
    // README: 1.195016 by week 39, 1.857972 by week 78
    expect(relative(expectedPurchasesNewCustomer(README_MLE, 39), 1.195016)).toBeLessThan(1e-5);
    expect(relative(expectedPurchasesNewCustomer(README_MLE, 78), 1.857972)).toBeLessThan(1e-5);
  });

  // Independent values: test/analytics/ltv/reference/bgnbd_reference.py integrates the model's
  // individual-level definitions numerically over lambda ~ Gamma(r, alpha) and p ~ Beta(a, b)
  // (mpmath, 20 digits; no hypergeometric function), at the README's full-precision parameters.
  // The quadrature is good to ~2e-7 for the peaked integrands of x >= 25, hence 1e-6.
  it.each(REFERENCE_CONDITIONAL)(
    "customer %s (x %p, t_x %p, T %p), next %p weeks: P(alive) %p, E[Y] %p (numerical integration)",
    (_id, x, tx, T, t, pAlive, expected) => {
      expect(relative(probabilityAlive(README_MLE, x, tx, T), pAlive)).toBeLessThan(1e-6);
      expect(relative(expectedPurchases(README_MLE, t, x, tx, T), expected)).toBeLessThan(1e-6);
    }
  );

  it.each(REFERENCE_NEW_CUSTOMER)(
    "new customer: E[X(%p)] = %p (numerical integration)",
    (t, expected) => {
      expect(relative(expectedPurchasesNewCustomer(README_MLE, t), expected)).toBeLessThan(1e-8);
    }
  );

  it.each(REFERENCE_P_X)("P(X(39) = %p) = %p (numerical integration)", (n, expected) => {
    expect(relative(probabilityOfPurchases(README_MLE, 39, n), expected)).toBeLessThan(1e-8);
  });

  it("P(X(t) = n) sums to 1 over n and its mean is E[X(t)]", () => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      const p = probabilityOfPurchases(README_MLE, 39, n);
      total += p;
      mean += n * p;
    }
    expect(total).toBeCloseTo(1, 10);
    expect(mean).toBeCloseTo(expectedPurchasesNewCustomer(README_MLE, 39), 8);
  });

  it("predictCustomers gives the same numbers as the one-customer functions", () => {
    const { pAlive, expectedPurchases: e } = predictCustomers(README_MLE, 39, cdnow);
    for (const i of [0, 1, 2, 156, 324, 2327]) {
      expect(pAlive[i]).toBe(
        probabilityAlive(README_MLE, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i])
      );
      expect(e[i]).toBeCloseTo(
        expectedPurchases(README_MLE, 39, cdnow.frequency[i], cdnow.recency[i], cdnow.T[i]),
        14
      );
    }
  });

  it("P(alive) is in (0, 1], rises with recency, and expected purchases grow with the horizon (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        (x, share, T, t) => {
          const tx = x > 0 ? share * T : 0;
          const p = probabilityAlive(README_MLE, x, tx, T);
          const later = probabilityAlive(README_MLE, x, x > 0 ? T : 0, T);
          const e1 = expectedPurchases(README_MLE, t, x, tx, T);
          const e2 = expectedPurchases(README_MLE, 2 * t, x, tx, T);
          return (
            p >= 0 &&
            p <= 1 &&
            later >= p - 1e-15 &&
            Number.isFinite(e1) &&
            e1 >= 0 &&
            e2 >= e1 - 1e-12
          );
        }
      )
    );
  });

  describe("edge cases", () => {
    it("a customer without repeat purchases is alive for sure (the model's convention)", () => {
      expect(probabilityAlive(README_MLE, 0, 0, 38.86)).toBe(1);
    });
    it("nothing is expected over a zero horizon", () => {
      expect(expectedPurchases(README_MLE, 0, 2, 30.43, 38.86)).toBe(0);
      expect(expectedPurchasesNewCustomer(README_MLE, 0)).toBe(0);
      expect(probabilityOfPurchases(README_MLE, 0, 0)).toBe(1);
    });
    it("a very frequent buyer long gone gets P(alive) 0 and finite predictions, not NaN", () => {
      expect(probabilityAlive(README_MLE, 5000, 1, 400)).toBe(0);
      expect(expectedPurchases(README_MLE, 39, 5000, 1, 400)).toBe(0);
      expect(Number.isFinite(expectedPurchases(README_MLE, 39, 5000, 399, 400))).toBe(true);
    });
    it("a = 1 (a 0/0 in the formulas) gives the limit, not NaN", () => {
      const p = { ...README_MLE, a: 1 };
      const near = expectedPurchasesNewCustomer({ ...README_MLE, a: 1.001 }, 39);
      expect(expectedPurchasesNewCustomer(p, 39)).toBeCloseTo(near, 2);
      expect(Number.isFinite(expectedPurchases(p, 39, 2, 30.43, 38.86))).toBe(true);
    });
  });
});
