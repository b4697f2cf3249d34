/**
 * The SQL rounding of money totals (queries.ts roundedMoneySql) gives the engine's roundedMoney
 * double for double, run in DuckDB: ties (x.5 micro-units) go up as Math.round's do, negatives
 * included, and no -0.
 */
import fc from "fast-check";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { roundedMoney } from "../../src/analytics/domain";
import { duckdb, validatedNumber } from "../../src/warehouse/dialects";
import { roundedMoneySql } from "../../src/warehouse/queries";

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** roundedMoneySql over the values, in one query, in their order. */
async function sqlRounded(values: readonly number[]): Promise<number[]> {
  const rows = values.map((v, i) => `(${i}, CAST(${validatedNumber(v)} AS DOUBLE))`).join(", ");
  const reader = await connection.runAndReadAll(
    `SELECT ${roundedMoneySql(duckdb, "x")} AS r FROM (VALUES ${rows}) AS t(i, x) ORDER BY i`
  );
  return reader.getRowObjectsJS().map((row) => Number(row.r));
}

test("hand-checked: ties up, negatives toward +infinity, dust to 0", async () => {
  const values = [0.0000025, -0.0000025, 4310.000000000001, -8.881784197001252e-15, 1.5e-7, 12.345];
  expect(values.map(roundedMoney)).toEqual([0.000003, -0.000002, 4310, 0, 0, 12.345]);
  expect(await sqlRounded(values)).toEqual(values.map(roundedMoney));
  expect(Object.is(roundedMoney(-8.881784197001252e-15), 0)).toBe(true);
});

test("any double of money size: the same double as the engine's", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.oneof(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((k) => (k + 0.5) / 1e6),
          fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 100)
        ),
        { minLength: 1, maxLength: 50 }
      ),
      async (values) => {
        const sql = await sqlRounded(values);
        expect(sql.map((v) => Object.is(v, -0))).toEqual(values.map(() => false));
        expect(sql).toEqual(values.map(roundedMoney));
      }
    ),
    { numRuns: 40 }
  );
});
