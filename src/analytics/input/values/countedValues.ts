import type { CellValue } from "../../domain";

/**
 * A column's distinct values with how many cells hold each: a columnar sheet's texts and their
 * counts (RawSheet.columns), which a column-wide decision reads once each instead of cell by cell.
 */
export interface CountedValues {
  readonly values: readonly CellValue[];
  readonly counts: ArrayLike<number>;
}

/**
 * Visits each cell value of a column with a count: each value once with 1, or each distinct
 * value with its count. A decision that adds up per-value evidence comes out the same either way.
 */
export function forEachCounted(
  values: Iterable<CellValue> | CountedValues,
  visit: (value: CellValue, count: number) => void
): void {
  if ("counts" in values) {
    const { counts } = values;
    for (let i = 0; i < values.values.length; i++) {
      if (counts[i] > 0) visit(values.values[i], counts[i]);
    }
    return;
  }
  for (const value of values) visit(value, 1);
}
