import { twoSidedNormalPValue } from "./normal";

export interface ZTestResult {
  /** z statistic; 0 when the pooled proportion is 0 or 1 (no variation: no evidence). */
  z: number;
  pValue: number;
}

/**
 * Pooled two-proportion z-test of H0: p1 = p2 (two-sided):
 * z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)), p = (x1 + x2) / (n1 + n2).
 * Same statistic as statsmodels' `proportions_ztest(count, nobs)` and R's `prop.test(...,
 * correct = FALSE)` (whose X-squared is z²).
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTestResult {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { z: 0, pValue: 1 };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, pValue: twoSidedNormalPValue(z) };
}
