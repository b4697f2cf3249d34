import type { SampleSummary } from "./welchTTest";

/**
 * Standardised mean difference of a covariate between treated and control:
 * (mean_t - mean_c) / sqrt((var_t + var_c) / 2) (Austin 2009, "Balance diagnostics for comparing
 * the distribution of baseline covariates", the form used for binary and continuous covariates
 * alike). |SMD| > 0.1 is the usual sign of imbalance. 0 when both variances are 0 and means equal;
 * null when undefined (an empty group, or zero variance with different means).
 */
export function standardisedMeanDifference(
  treated: SampleSummary,
  control: SampleSummary
): number | null {
  if (treated.n < 2 || control.n < 2) return null;
  const difference = treated.mean - control.mean;
  const sd = Math.sqrt((treated.variance + control.variance) / 2);
  if (sd > 0) return difference / sd;
  return difference === 0 ? 0 : null;
}
