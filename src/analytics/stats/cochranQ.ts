import { chiSquareUpperTail } from "./chiSquareGoodnessOfFit";

export interface Heterogeneity {
  /** Cochran's Q = Σ w_i (θ_i - θ̄)², w_i = 1 / variance_i, θ̄ the inverse-variance mean. */
  q: number;
  df: number;
  /** Upper tail of chi-square(k - 1) at Q: small means the strata effects differ. */
  pValue: number;
  /** Higgins' I² = max(0, (Q - df) / Q): the share of variation due to heterogeneity. */
  iSquared: number;
  /** The fixed-effect (inverse-variance) pooled estimate θ̄. */
  pooled: number;
}

/**
 * Cochran's Q test of heterogeneity of k estimates with known variances (Cochran 1954; as in
 * meta-analysis, R `metafor::rma(method = "FE")` QE). Estimates with a zero or missing variance
 * cannot be weighted and are left out by the caller. Null with fewer than two estimates.
 */
export function cochranQ(
  estimates: readonly number[],
  variances: readonly number[]
): Heterogeneity | null {
  const k = estimates.length;
  if (k < 2) return null;
  const weights = variances.map((v) => 1 / v);
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const pooled = estimates.reduce((s, e, i) => s + weights[i] * e, 0) / totalWeight;
  const q = estimates.reduce((s, e, i) => s + weights[i] * (e - pooled) ** 2, 0);
  const df = k - 1;
  return {
    q,
    df,
    pValue: chiSquareUpperTail(q, df),
    iSquared: q > 0 ? Math.max(0, (q - df) / q) : 0,
    pooled,
  };
}
