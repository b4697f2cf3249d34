import gammaln from "@stdlib/math-base-special-gammaln";

/** Relative tolerance when comparing table probabilities with the observed one (as R and scipy). */
const RELATIVE_TOLERANCE = 1 + 1e-7;

function logChoose(n: number, k: number): number {
  return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
}

/**
 * Fisher's exact test on the 2 x 2 table [[a, b], [c, d]], two-sided: the sum of the
 * hypergeometric probabilities (margins fixed) of every table no more likely than the observed
 * one, with a relative tolerance of 1e-7 so ties are not lost to rounding. This is the default of
 * scipy.stats.fisher_exact and R's fisher.test.
 *
 * @example fisherExactTest(3, 1, 1, 3) // 0.4857 (Fisher's lady tasting tea)
 */
export function fisherExactTest(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const col1 = a + c;
  const total = a + b + c + d;
  const row2 = total - row1;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  if (hi <= lo) return 1;
  const logDenominator = logChoose(total, col1);
  const logP = (k: number) => logChoose(row1, k) + logChoose(row2, col1 - k) - logDenominator;
  const observed = logP(a);
  const threshold = observed + Math.log(RELATIVE_TOLERANCE);
  let p = 0;
  for (let k = lo; k <= hi; k++) {
    const lp = logP(k);
    if (lp <= threshold) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
