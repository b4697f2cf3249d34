import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";

export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
}

/**
 * Pearson's chi-square goodness-of-fit test of observed counts against expected proportions:
 * X² = Σ (O - E)² / E with E = N x proportion (proportions are rescaled to sum to 1),
 * df = k - 1 (R `chisq.test(x, p = p)`, scipy `chisquare`). Used for the sample-ratio mismatch
 * check: arm sizes against the intended split.
 */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  proportions: readonly number[]
): ChiSquareResult {
  const total = observed.reduce((s, o) => s + o, 0);
  const weight = proportions.reduce((s, p) => s + p, 0);
  let statistic = 0;
  observed.forEach((o, i) => {
    const expected = (total * proportions[i]) / weight;
    statistic += (o - expected) ** 2 / expected;
  });
  const df = observed.length - 1;
  const pValue = df > 0 ? 1 - chisquareCdf(statistic, df) : 1;
  return { statistic, df, pValue };
}

/** Upper-tail probability of a chi-square statistic with `df` degrees of freedom. */
export function chiSquareUpperTail(statistic: number, df: number): number {
  return df > 0 ? 1 - chisquareCdf(statistic, df) : 1;
}
