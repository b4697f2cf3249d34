import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { Interval } from "./interval";

/** What Welch's test needs from a sample: its size, mean and sample variance (n - 1 divisor). */
export interface SampleSummary {
  n: number;
  mean: number;
  variance: number;
}

export interface WelchResult {
  /** t statistic of mean1 - mean2; 0 when both variances are 0 and the means are equal. */
  t: number;
  /** Welch-Satterthwaite degrees of freedom. */
  df: number;
  pValue: number;
  /** mean1 - mean2 */
  difference: number;
  /** Confidence interval of mean1 - mean2 with the t quantile at df. */
  interval: Interval;
}

/**
 * Welch's unequal-variances t-test of H0: mean1 = mean2 (two-sided) from summary statistics:
 * t = (m1 - m2) / sqrt(v1/n1 + v2/n2), df = (v1/n1 + v2/n2)² / ((v1/n1)²/(n1-1) + (v2/n2)²/(n2-1))
 * (Welch 1947; R `t.test(x, y)` default, scipy `ttest_ind(equal_var=False)`). Used for revenue per
 * customer, whose variances differ a lot between groups. Needs n >= 2 in both samples.
 *
 * @example R's sleep data: t = -1.8608, df = 17.776, p = 0.07939
 */
export function welchTTest(x: SampleSummary, y: SampleSummary, level = 0.95): WelchResult | null {
  if (x.n < 2 || y.n < 2) return null;
  const a = x.variance / x.n;
  const b = y.variance / y.n;
  const difference = x.mean - y.mean;
  const se = Math.sqrt(a + b);
  if (!(se > 0)) {
    const point = { low: difference, high: difference, level };
    return {
      t: 0,
      df: x.n + y.n - 2,
      pValue: difference === 0 ? 1 : 0,
      difference,
      interval: point,
    };
  }
  const df = (a + b) ** 2 / (a ** 2 / (x.n - 1) + b ** 2 / (y.n - 1));
  const t = difference / se;
  const pValue = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  const q = tQuantile(1 - (1 - level) / 2, df);
  return {
    t,
    df,
    pValue,
    difference,
    interval: { low: difference - q * se, high: difference + q * se, level },
  };
}

/** Size, mean and sample variance of a list of values, in one pass (Welford's update). */
export function summarise(values: ArrayLike<number>): SampleSummary {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const delta = values[i] - mean;
    mean += delta / (i + 1);
    m2 += delta * (values[i] - mean);
  }
  const n = values.length;
  return { n, mean: n > 0 ? mean : NaN, variance: n > 1 ? m2 / (n - 1) : NaN };
}
