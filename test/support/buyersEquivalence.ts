/** The warehouse paths' history check, shared by the DuckDB and PostgreSQL equivalence tests. */
import type { SummaryJson } from "../../src/cli/summaryJson";

/**
 * New vs returning buyers by month (the History sheet's table): the same months and counts; the
 * revenues to 1e-12 relative (the engine adds each month's lines in another order).
 */
export function expectSameBuyers(memory: SummaryJson, other: SummaryJson): void {
  const expected = memory.history!.buyers;
  const actual = other.history!.buyers;
  expect(actual.map((b) => b.month)).toEqual(expected.map((b) => b.month));
  expect(actual.map((b) => [b.newCustomers, b.returningCustomers])).toEqual(
    expected.map((b) => [b.newCustomers, b.returningCustomers])
  );
  expected.forEach((b, i) => {
    for (const key of ["newRevenue", "returningRevenue"] as const)
      expect(Math.abs(actual[i][key] - b[key])).toBeLessThanOrEqual(1e-12 * Math.abs(b[key]));
  });
  expect(expected).toHaveLength(12);
  expect(expected.some((b) => b.returningCustomers > 0 && b.returningRevenue > 0)).toBe(true);
}
