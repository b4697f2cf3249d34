/**
 * The Gamma-Gamma model of spend per transaction (Fader & Hardie 2013, "The Gamma-Gamma Model
 * of Monetary Value"): a customer's mean spend zbar over x repeat purchases has density
 *   f(zbar | p, q, v, x) = G(px+q) / (G(px) G(q)) v^q zbar^(px-1) x^(px) / (v + x zbar)^(px+q)
 * (eq. 3). Fitted by maximum likelihood on repeat customers (x > 0, zbar > 0), like lifetimes.
 * The model assumes spend is independent of purchase frequency: `spendFrequencyCorrelation`
 * reports the check. When customers' mean spends are no more spread out than chance makes them,
 * the likelihood is highest as q, v -> infinity: the fit then reports that limit
 * (homogeneousSpend.ts), where every customer's expected spend is the population mean.
 */
import gammaln from "@stdlib/math-base-special-gammaln";
import digamma from "@stdlib/math-base-special-digamma";
import { sampleCorrelation } from "simple-statistics";
import { minimizeBfgs, type ObjectiveWithGradient } from "./bfgs";
import { distinctValues } from "./distinctValues";
import { BOUNDARY_LOG, type FitOptions, type ModelFitDiagnostics } from "./bgnbd/fit";
import { fitHomogeneousSpend, type HomogeneousSpend } from "./homogeneousSpend";

export interface GammaGammaParams {
  p: number;
  q: number;
  /** Scale, in money. */
  v: number;
}

/**
 * What predicts a customer's spend per purchase: Gamma-Gamma parameters, or the model's limit
 * without heterogeneity (its `meanSpend` for every customer).
 */
export type SpendModel = GammaGammaParams | Pick<HomogeneousSpend, "meanSpend">;

export interface GammaGammaFit extends ModelFitDiagnostics {
  /**
   * p, q, v. In the limit without heterogeneity q = v = Infinity (the likelihood's supremum) and
   * p is the limit's; use `spendModelOf(fit)` for predictions.
   */
  params: GammaGammaParams;
  /** Set when the data put the maximum in the limit q, v -> infinity (see homogeneousSpend.ts). */
  homogeneous: HomogeneousSpend | null;
  /** Expected spend per purchase of a customer with no repeat purchase: p v / (q - 1), or the limit's mean. */
  populationMeanSpend: number;
  /** Repeat customers with a positive mean spend: those the model was fitted on. */
  customersUsed: number;
}

/**
 * ln q past which q has run off to infinity for good: at q = e^23 (10^10) the heterogeneity's
 * effect on the likelihood is below double precision, so BFGS can only wander there until its
 * last iteration (on a million lines of homogeneous spends it spent 1,100 of 1,200 evaluations at
 * q = e^33, 2 s). The search stops once past it and the limit is taken, as it would have been.
 */
const RUN_OFF_LOG = BOUNDARY_LOG + 10;

/** Repeat customers with a positive spend: the rows the model applies to. */
function repeatRows(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): { x: number[]; m: number[] } {
  const x: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < frequency.length; i++) {
    if (frequency[i] > 0 && monetary[i] > 0 && Number.isFinite(monetary[i])) {
      x.push(frequency[i]);
      m.push(monetary[i]);
    }
  }
  return { x, m };
}

/** Total log-likelihood of eq. 3 over the repeat customers (x > 0, zbar > 0). */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): number {
  const { p, q, v } = params;
  const { x, m } = repeatRows(frequency, monetary);
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const px = p * x[i];
    total +=
      gammaln(px + q) -
      gammaln(px) -
      gammaln(q) +
      q * Math.log(v) +
      (px - 1) * Math.log(m[i]) +
      px * Math.log(x[i]) -
      (px + q) * Math.log(v + x[i] * m[i]);
  }
  return total;
}

/**
 * Minus the mean log-likelihood in log-parameters (v = vScale e^theta2) with its analytic
 * gradient. The gamma-function terms are computed once per distinct x; the per-customer terms
 * (px-1) ln zbar + px ln x are linear in p, so their sums are taken once; per customer and
 * evaluation there remains one log.
 */
function gammaGammaObjective(x: number[], m: number[], vScale: number): ObjectiveWithGradient {
  const n = x.length;
  const xs = distinctValues(x);
  const xm = Float64Array.from(x, (xi, i) => xi * m[i]);
  let sumLogM = 0;
  let sumXLogXM = 0;
  for (let i = 0; i < n; i++) {
    sumLogM += Math.log(m[i]);
    sumXLogXM += x[i] * (Math.log(m[i]) + Math.log(x[i]));
  }
  return (theta, gradient) => {
    const p = Math.exp(theta[0]);
    const q = Math.exp(theta[1]);
    const v = vScale * Math.exp(theta[2]);
    const lnV = Math.log(v);
    const lgQ = gammaln(q);
    const psiQ = digamma(q);
    let ll = p * sumXLogXM - sumLogM + n * (q * lnV - lgQ);
    let gp = sumXLogXM;
    let gq = n * (lnV - psiQ);
    let gv = (n * q) / v;
    for (let k = 0; k < xs.values.length; k++) {
      const xk = xs.values[k];
      const c = xs.counts[k];
      const px = p * xk;
      ll += c * (gammaln(px + q) - gammaln(px));
      const psiPXQ = digamma(px + q);
      gp += c * xk * (psiPXQ - digamma(px));
      gq += c * psiPXQ;
    }
    for (let i = 0; i < n; i++) {
      const px = p * x[i];
      const s = v + xm[i];
      const l = Math.log(s);
      ll -= (px + q) * l;
      gp -= x[i] * l;
      gq -= l;
      gv -= (px + q) / s;
    }
    gradient[0] = (-gp * p) / n;
    gradient[1] = (-gq * q) / n;
    gradient[2] = (-gv * v) / n;
    return -ll / n;
  };
}

/**
 * Fits p, q, v by maximum likelihood on the repeat customers, BFGS on log-parameters from
 * p = q = 1, v = mean spend. When q runs off to infinity, the maximum is the limit without
 * heterogeneity between customers: the fit reports it in `homogeneous` (q = v = Infinity in
 * `params`, every customer's expected spend the population mean), converged when the customers'
 * mean spends are indeed no more spread out than chance (dispersion ratio <= 1).
 *
 * @example
 * fitGammaGamma(cdnow.frequency, cdnow.zbar).params // { p: 6.248802, q: 3.744588, v: 15.447748 }
 */
export function fitGammaGamma(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  options: FitOptions = {}
): GammaGammaFit {
  const { x, m } = repeatRows(frequency, monetary);
  const vScale = m.length > 0 ? m.reduce((s, v) => s + v, 0) / m.length : 1;
  const result = minimizeBfgs(gammaGammaObjective(x, m, vScale), [0, 0, 0], {
    gradientTolerance: options.gradientTolerance ?? 1e-7,
    maxIterations: options.maxIterations ?? 200,
    settled: (theta) => theta[1] > RUN_OFF_LOG,
  });
  const params = {
    p: Math.exp(result.x[0]),
    q: Math.exp(result.x[1]),
    v: vScale * Math.exp(result.x[2]),
  };
  const names: (keyof GammaGammaParams)[] = ["p", "q", "v"];
  const fit: GammaGammaFit = {
    params,
    homogeneous: null,
    populationMeanSpend: (params.v * params.p) / (params.q - 1),
    logLikelihood: m.length > 0 ? -result.value * m.length : 0,
    iterations: result.iterations,
    gradientNorm: result.gradientNorm,
    converged: result.converged && m.length > 0,
    atBoundary: names.filter((_, i) => !(Math.abs(result.x[i]) <= BOUNDARY_LOG)),
    customersUsed: m.length,
  };
  if (m.length === 0) return fit;
  // q running to infinity (v follows, their ratio fixed) is the limit without heterogeneity; so
  // is a fit that stalled on the way there, when the limit is at least as likely.
  const qRunsOff = result.x[1] > BOUNDARY_LOG;
  if (!qRunsOff && fit.converged) return fit;
  const limit = fitHomogeneousSpend(x, m);
  const limitIsMaximum = limit.dispersionRatio <= 1;
  if (!qRunsOff && !(limitIsMaximum && limit.logLikelihood >= fit.logLikelihood)) return fit;
  return {
    ...fit,
    params: { p: limit.p, q: Infinity, v: Infinity },
    homogeneous: limit,
    populationMeanSpend: limit.meanSpend,
    logLikelihood: limit.logLikelihood,
    iterations: fit.iterations + limit.iterations,
    gradientNorm: limit.gradientNorm,
    converged: limitIsMaximum,
    atBoundary: ["q", "v"],
  };
}

/** The spend model of a fit: its parameters, or its limit without heterogeneity. */
export function spendModelOf(fit: Pick<GammaGammaFit, "params" | "homogeneous">): SpendModel {
  return fit.homogeneous ?? fit.params;
}

/**
 * Expected mean spend per transaction of a customer with x repeat purchases of mean zbar
 * (Fader & Hardie 2013, eq. 5): a weighted mean of the population mean v p / (q-1) and zbar,
 *   (1 - w) v p / (q - 1) + w zbar,  w = p x / (p x + q - 1).
 * For x = 0 this is the population mean. Needs q > 1 (otherwise the mean is infinite). Given the
 * limit without heterogeneity (q -> infinity, so w -> 0), the population mean for everyone.
 *
 * @example
 * expectedAverageSpend({ p: 6.248802, q: 3.744588, v: 15.447748 }, 2, 22.35) // 24.658616
 */
export function expectedAverageSpend(model: SpendModel, x: number, zbar: number): number {
  // In the limit without heterogeneity the weight of the customer's own mean is 0.
  if ("meanSpend" in model) return model.meanSpend;
  const { p, q, v } = model;
  const weight = x > 0 ? (p * x) / (p * x + q - 1) : 0;
  return (1 - weight) * ((v * p) / (q - 1)) + weight * (x > 0 ? zbar : 0);
}

/**
 * Pearson correlation between frequency and mean spend among repeat customers: the Gamma-Gamma
 * model assumes they are independent, so a value far from 0 (say |rho| > 0.3) weakens its
 * spend predictions. NaN-free: 0 when fewer than 3 repeat customers or no variation.
 */
export function spendFrequencyCorrelation(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): number {
  const { x, m } = repeatRows(frequency, monetary);
  if (x.length < 3) return 0;
  const rho = sampleCorrelation(x, m);
  return Number.isFinite(rho) ? rho : 0;
}
