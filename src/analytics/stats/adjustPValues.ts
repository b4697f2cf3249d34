/**
 * Holm's step-down adjustment of p-values for multiple comparisons (Holm 1979), as R's
 * `p.adjust(p, "holm")`: sort ascending, multiply the i-th smallest by (m - i + 1), take the
 * running maximum, cap at 1. Controls the family-wise error rate; returned in input order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j]);
  const adjusted = new Array<number>(m);
  let runningMax = 0;
  order.forEach((index, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * pValues[index]));
    adjusted[index] = runningMax;
  });
  return adjusted;
}

/**
 * Benjamini-Hochberg step-up adjustment (Benjamini & Hochberg 1995), as R's
 * `p.adjust(p, "BH")`: the i-th smallest p times m / i, running minimum from the largest down,
 * capped at 1. Controls the false discovery rate; returned in input order.
 */
export function benjaminiHochbergAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[j] - pValues[i]);
  const adjusted = new Array<number>(m);
  let runningMin = 1;
  order.forEach((index, k) => {
    const rank = m - k;
    runningMin = Math.min(runningMin, (m / rank) * pValues[index]);
    adjusted[index] = runningMin;
  });
  return adjusted;
}

export type PAdjustMethod = "holm" | "bh";

/** Adjusts p-values with the named method. */
export function adjustPValues(pValues: readonly number[], method: PAdjustMethod): number[] {
  return method === "holm" ? holmAdjust(pValues) : benjaminiHochbergAdjust(pValues);
}
