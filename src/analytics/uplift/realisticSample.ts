import type { SampleSize } from "../stats/twoProportionPower";

/**
 * How many times its own test a later test of the same campaign may realistically be: a
 * campaign of 2,000 customers can be rerun at 20,000, not at 4.7 billion.
 */
export const REALISTIC_TEST_MULTIPLE = 10;

/**
 * The most customers a test of this campaign could realistically hold: the larger of the
 * customer base (every customer the business knows) and ten times the customers of the
 * campaign's own test (treated and control, every arm).
 *
 * @example realisticReach(2_000, 15_000) // 20,000: ten times the test beats the base
 */
export function realisticReach(campaignCustomers: number, customerBase: number): number {
  return Math.max(customerBase, REALISTIC_TEST_MULTIPLE * campaignCustomers);
}

/**
 * Whether the sample that would settle a "not proven" verdict is within reach: it exists (an
 * uplift of exactly 0 is settled by no sample) and holds no more customers than `reach`. Past
 * that, the uplift is too small to matter at any realistic sample, and the report gives the
 * campaign's minimum detectable effect instead of an absurd head count.
 */
export function withinReach(sample: SampleSize | null, reach: number): sample is SampleSize {
  return sample !== null && sample.total <= reach;
}
