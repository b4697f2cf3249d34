/**
 * An --json or --out that cannot be written (its folder does not exist) is the user's to fix on
 * every path of `analyze`: exit 2 and the one "Cannot write FILE: reason" line, as the in-memory
 * path says it, from the runs on summaries too (the DuckDB engine, `--summary`, a summary sheet),
 * where it used to be an internal error (exit 1).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/diskCliIo";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unwritable-outputs-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const nowhere = path.join(dir, "no-such-folder");
const lines = path.join(dir, "lines.csv");
fs.writeFileSync(
  lines,
  "customer,date,amount\nA,2024-03-01,10\nA,2024-03-05,5\nB,2024-03-02,7\nC,2024-02-11,3\n"
);
const lifetimes = path.join(dir, "lifetimes.csv");
fs.writeFileSync(
  lifetimes,
  "customer_id,frequency,recency,T,monetary_value\nA,2,30.5,40,12.5\nB,0,0,40,0\nC,5,38,40,20\n"
);

/** The one stderr line the in-memory path prints for `file`. */
const cannotWrite = (file: string) =>
  `Error: Cannot write ${file}: ENOENT: no such file or directory, open '${file}'`;

/** The runs on summaries, each with its input arguments. */
const paths: [string, () => Promise<string[]>][] = [
  ["--engine duckdb", async () => [lines, "--engine", "duckdb"]],
  [
    "--summary",
    async () => {
      // the summary of the lines, as `analyze --summary` reads the warehouse's export
      const summary = path.join(dir, "customers.csv");
      const { DuckDBInstance } = await import("@duckdb/node-api");
      const { warehouseQueries } = await import("../../src/warehouse/queries");
      const { duckdb } = await import("../../src/warehouse/dialects");
      const sql = warehouseQueries(duckdb, {
        transactions: "lines",
        transactionColumns: { customer: "customer", date: "date", amount: "amount" },
        unitDays: 7,
        timeUnit: "weeks",
        conversionWindowDays: 30,
      });
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      await connection.run(
        `CREATE TABLE lines AS SELECT * FROM read_csv('${lines}', all_varchar = true)`
      );
      await connection.run(`COPY (${sql.customers}) TO '${summary}' (HEADER, DELIMITER ',')`);
      connection.closeSync();
      instance.closeSync();
      return ["--summary", summary];
    },
  ],
  ["a summary sheet", async () => [lifetimes, "--as-of", "2024-01-01"]],
];

describe.each(paths)("analyze on summaries (%s)", (_name, inputs) => {
  it("an --json that cannot be written: exit 2, one line naming the file", async () => {
    const json = path.join(nowhere, "summary.json");
    const { code, err } = await runCli(["analyze", ...(await inputs()), "--json", json]);
    expect(err).toEqual([cannotWrite(json)]);
    expect(code).toBe(2);
  });

  it("an --out that cannot be written: exit 2, one line naming the file", async () => {
    const out = path.join(nowhere, "report.xlsx");
    const { code, err } = await runCli(["analyze", ...(await inputs()), "--out", out]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      new RegExp(`^Error: Cannot write ${out.replace(/[.\\/]/g, "\\$&")}: ENOENT`)
    );
    expect(code).toBe(2);
  });
});
