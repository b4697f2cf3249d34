/**
 * The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), written as lifetimes does:
 *   ln L = A1 + A2 + ln(exp(A3) + [x > 0] exp(A4))
 *   A1 = lnG(r+x) - lnG(r) + r ln(alpha)
 *   A2 = lnG(a+b) + lnG(b+x) - lnG(b) - lnG(a+b+x)
 *   A3 = -(r+x) ln(alpha+T)
 *   A4 = ln(a) - ln(b+x-1) - (r+x) ln(alpha+t_x)
 * and its analytic gradient for the fit. A1 and A2 depend on the data only through the integer x,
 * so the objective computes them (and their digamma derivatives) once per distinct x; the logs of
 * alpha+T and alpha+t_x once per distinct T and t_x. What remains per customer is one exp and one
 * log1p.
 */
import gammaln from "@stdlib/math-base-special-gammaln";
import digamma from "@stdlib/math-base-special-digamma";
import { distinctValues, type DistinctValues } from "../distinctValues";
import type { ObjectiveWithGradient } from "../bfgs";
import type { BgnbdColumns, BgnbdParams } from "./params";

/**
 * One customer's log-likelihood ln L(r, alpha, a, b | x, t_x, T), eq. 6 of Fader, Hardie & Lee
 * (2005). Straightforward, for reporting and for checking the fast objective.
 */
export function bgnbdCustomerLogLikelihood(
  p: BgnbdParams,
  x: number,
  tx: number,
  T: number
): number {
  const { r, alpha, a, b } = p;
  const a1 = gammaln(r + x) - gammaln(r) + r * Math.log(alpha);
  const a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x);
  const a3 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return a1 + a2 + a3;
  const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  const m = Math.max(a3, a4);
  return a1 + a2 + m + Math.log(Math.exp(a3 - m) + Math.exp(a4 - m));
}

/** Total log-likelihood of a data set (sum over customers). */
export function bgnbdLogLikelihood(p: BgnbdParams, data: BgnbdColumns): number {
  let total = 0;
  for (let i = 0; i < data.frequency.length; i++) {
    total += bgnbdCustomerLogLikelihood(p, data.frequency[i], data.recency[i], data.T[i]);
  }
  return total;
}

/**
 * The data, indexed by distinct x, T and t_x, ready for repeated evaluation. Customers without
 * repeat purchases contribute only through x = 0 and T, so they are kept as counts per distinct
 * T; repeat customers are kept row by row (their t_x and T rarely coincide).
 */
export interface PreparedBgnbdData {
  n: number;
  xs: DistinctValues;
  Ts: DistinctValues;
  recencies: DistinctValues;
  /** Customers with x = 0, by distinct T. */
  zeroCountByT: Float64Array;
  /** Repeat customers: x, and the positions of x, T and t_x among the distinct values. */
  repeatX: Float64Array;
  repeatXIndex: Int32Array;
  repeatTIndex: Int32Array;
  repeatRecencyIndex: Int32Array;
}

export function prepareBgnbdData(data: BgnbdColumns): PreparedBgnbdData {
  const n = data.frequency.length;
  const xs = distinctValues(data.frequency);
  const Ts = distinctValues(data.T);
  const zeroCountByT = new Float64Array(Ts.values.length);
  let repeats = 0;
  for (let i = 0; i < n; i++) {
    if (data.frequency[i] > 0) repeats++;
    else zeroCountByT[Ts.index[i]]++;
  }
  // Plain loops: a typed array's `from` with a mapping function is several times slower.
  const repeatRecency = new Float64Array(repeats);
  const repeatX = new Float64Array(repeats);
  const repeatXIndex = new Int32Array(repeats);
  const repeatTIndex = new Int32Array(repeats);
  for (let i = 0, j = 0; i < n; i++) {
    if (!(data.frequency[i] > 0)) continue;
    repeatRecency[j] = data.recency[i];
    repeatX[j] = data.frequency[i];
    repeatXIndex[j] = xs.index[i];
    repeatTIndex[j++] = Ts.index[i];
  }
  const recencies = distinctValues(repeatRecency);
  return {
    n,
    xs,
    Ts,
    recencies,
    zeroCountByT,
    repeatX,
    repeatXIndex,
    repeatTIndex,
    repeatRecencyIndex: recencies.index,
  };
}

/** Maps log-parameters (theta) to parameters: r, alpha = alphaScale * e^theta1, a, b. */
export function bgnbdParamsFromLog(theta: ArrayLike<number>, alphaScale: number): BgnbdParams {
  return {
    r: Math.exp(theta[0]),
    alpha: alphaScale * Math.exp(theta[1]),
    a: Math.exp(theta[2]),
    b: Math.exp(theta[3]),
  };
}

/**
 * The fit's objective: minus the mean log-likelihood as a function of the log-parameters, with
 * its analytic gradient (chain rule: d/dtheta = p * d/dp). Fitting in logs keeps every
 * parameter positive without bounds; dividing by n makes the tolerance independent of size.
 */
export function bgnbdObjective(data: PreparedBgnbdData, alphaScale: number): ObjectiveWithGradient {
  const {
    n,
    xs,
    Ts,
    recencies,
    zeroCountByT,
    repeatX,
    repeatXIndex,
    repeatTIndex,
    repeatRecencyIndex,
  } = data;
  const kx = xs.values.length;
  const kT = Ts.values.length;
  const kt = recencies.values.length;
  const logT = new Float64Array(kT);
  const invT = new Float64Array(kT);
  const logt = new Float64Array(kt);
  const invt = new Float64Array(kt);
  const logc = new Float64Array(kx);
  const weightSum = new Float64Array(kx);

  return (theta, gradient) => {
    const { r, alpha, a, b } = bgnbdParamsFromLog(theta, alphaScale);
    for (let k = 0; k < kT; k++) {
      logT[k] = Math.log(alpha + Ts.values[k]);
      invT[k] = 1 / (alpha + Ts.values[k]);
    }
    for (let k = 0; k < kt; k++) {
      logt[k] = Math.log(alpha + recencies.values[k]);
      invt[k] = 1 / (alpha + recencies.values[k]);
    }
    // Terms that depend on x only: value and gradient of A1 + A2, weighted by the count of x.
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    const lnAlpha = Math.log(alpha);
    const lgR = gammaln(r);
    const lgAB = gammaln(a + b);
    const lgB = gammaln(b);
    const psiR = digamma(r);
    const psiAB = digamma(a + b);
    const psiB = digamma(b);
    for (let k = 0; k < kx; k++) {
      const x = xs.values[k];
      const count = xs.counts[k];
      ll +=
        count *
        (gammaln(r + x) - lgR + r * lnAlpha + lgAB + gammaln(b + x) - lgB - gammaln(a + b + x));
      const psiABX = digamma(a + b + x);
      gr += count * (digamma(r + x) - psiR + lnAlpha);
      gAlpha += (count * r) / alpha;
      ga += count * (psiAB - psiABX);
      gb += count * (psiAB + digamma(b + x) - psiB - psiABX);
      logc[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
      weightSum[k] = 0;
    }
    // Customers with x = 0: A3 = -r ln(alpha+T), by distinct T.
    for (let k = 0; k < kT; k++) {
      const count = zeroCountByT[k];
      if (count === 0) continue;
      ll -= count * r * logT[k];
      gr -= count * logT[k];
      gAlpha -= count * r * invT[k];
    }
    // Repeat customers: A3 and the log-sum with A4; w is the share of the A4 term.
    for (let i = 0; i < repeatX.length; i++) {
      const rx = r + repeatX[i];
      const kT = repeatTIndex[i];
      const kt = repeatRecencyIndex[i];
      const kX = repeatXIndex[i];
      const lT = logT[kT];
      const lt = logt[kt];
      const u = logc[kX] + rx * (lT - lt);
      let w: number;
      if (u > 0) {
        const e = Math.exp(-u);
        ll += u + Math.log1p(e) - rx * lT;
        w = 1 / (1 + e);
      } else {
        const e = Math.exp(u);
        ll += Math.log1p(e) - rx * lT;
        w = e / (1 + e);
      }
      gr += w * (lT - lt) - lT;
      gAlpha += rx * (w * (invT[kT] - invt[kt]) - invT[kT]);
      weightSum[kX] += w;
    }
    for (let k = 0; k < kx; k++) {
      const x = xs.values[k];
      if (x > 0) {
        ga += weightSum[k] / a;
        gb -= weightSum[k] / (b + x - 1);
      }
    }
    gradient[0] = (-gr * r) / n;
    gradient[1] = (-gAlpha * alpha) / n;
    gradient[2] = (-ga * a) / n;
    gradient[3] = (-gb * b) / n;
    return -ll / n;
  };
}
