import { standardNormalCdf, standardNormalQuantile, twoSidedCriticalZ } from "./normal";

/**
 * Power and sample size of the two-sided pooled two-proportion z-test, normal approximation
 * without continuity correction. With equal groups these are exactly R's `power.prop.test`
 * (strict = FALSE):
 *   power = Φ((|p1 - p2| - z(1-α/2) se0) / se1),
 *   se0 = sqrt(p̄ (1 - p̄) (1/n1 + 1/n2)) under H0 (p̄ the allocation-weighted mean rate),
 *   se1 = sqrt(p1 (1 - p1)/n1 + p2 (1 - p2)/n2) under H1.
 * Unequal splits (e.g. 90 % treated, 10 % control) use the same formula with n1 ≠ n2.
 */
export interface PowerInput {
  /** Rate in the treated group under the alternative. */
  treatedRate: number;
  /** Rate in the control group (the baseline). */
  controlRate: number;
  nTreated: number;
  nControl: number;
  /** Two-sided significance level [0.05]. */
  alpha?: number;
}

/** Power of the two-proportion z-test for the given rates and group sizes (see module doc). */
export function twoProportionPower(input: PowerInput): number {
  const { treatedRate: p1, controlRate: p2, nTreated: n1, nControl: n2 } = input;
  const z = twoSidedCriticalZ(input.alpha ?? 0.05);
  const pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const se1 = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  if (!(se1 > 0)) return p1 === p2 ? 0 : 1;
  return standardNormalCdf((Math.abs(p1 - p2) - z * se0) / se1);
}

export interface SampleSizeInput {
  /** Control (baseline) conversion rate, e.g. 0.02. */
  baselineRate: number;
  /** Absolute effect to detect, in rate units (0.005 = half a point); may be negative. */
  effect: number;
  /** Target power [0.8]. */
  power?: number;
  /** Two-sided significance level [0.05]. */
  alpha?: number;
  /** Share of customers assigned to treatment [0.5]; 0.9 for a 90/10 split. */
  treatedShare?: number;
}

export interface SampleSize {
  nTreated: number;
  nControl: number;
  total: number;
  /** The unrounded total, for comparing with R (76.65294 per group = 153.30588). */
  exactTotal: number;
}

/**
 * Customers needed in each group for the two-sided z-test to detect `effect` with the given
 * power: the closed-form solution of the power equation above for a total N split
 * treatedShare / 1 - treatedShare, rounded up per group. Null for an impossible design (effect 0,
 * a rate outside [0, 1], a share outside (0, 1)).
 *
 * @example twoProportionSampleSize({ baselineRate: 0.5, effect: 0.25, power: 0.9 })
 *   // 77 per group (R power.prop.test(p1 = .5, p2 = .75, power = .9): n = 76.65294)
 */
export function twoProportionSampleSize(input: SampleSizeInput): SampleSize | null {
  const share = input.treatedShare ?? 0.5;
  const p2 = input.baselineRate;
  const p1 = p2 + input.effect;
  if (input.effect === 0 || p1 < 0 || p1 > 1 || p2 < 0 || p2 > 1 || !(share > 0 && share < 1))
    return null;
  const zAlpha = twoSidedCriticalZ(input.alpha ?? 0.05);
  const zBeta = standardNormalQuantile(input.power ?? 0.8);
  const pooled = share * p1 + (1 - share) * p2;
  const h0 = Math.sqrt(pooled * (1 - pooled) * (1 / share + 1 / (1 - share)));
  const h1 = Math.sqrt((p1 * (1 - p1)) / share + (p2 * (1 - p2)) / (1 - share));
  const exactTotal = ((zAlpha * h0 + zBeta * h1) / Math.abs(input.effect)) ** 2;
  const nTreated = Math.ceil(exactTotal * share - 1e-9);
  const nControl = Math.ceil(exactTotal * (1 - share) - 1e-9);
  return { nTreated, nControl, total: nTreated + nControl, exactTotal };
}

/**
 * Minimum detectable effect: the smallest absolute increase over the baseline rate that the
 * z-test detects with the given power at these group sizes (bisection on the power function,
 * which grows with the effect). Null when even a rate of 1 would not reach that power.
 */
export function minimumDetectableEffect(
  baselineRate: number,
  nTreated: number,
  nControl: number,
  power = 0.8,
  alpha = 0.05
): number | null {
  if (nTreated <= 0 || nControl <= 0) return null;
  const powerAt = (effect: number) =>
    twoProportionPower({
      treatedRate: baselineRate + effect,
      controlRate: baselineRate,
      nTreated,
      nControl,
      alpha,
    });
  let high = 1 - baselineRate;
  if (!(high > 0) || powerAt(high) < power) return null;
  let low = 0;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (powerAt(mid) < power) low = mid;
    else high = mid;
  }
  return high;
}
