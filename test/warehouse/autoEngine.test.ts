/**
 * Past the in-memory CSV limit the CLI does not refuse: it says so (the limit's message names the
 * embedded engine) and runs the per-customer pass in DuckDB. Parquet goes there directly.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { runCli } from "../support/diskCliIo";
import type { SummaryJson } from "../../src/cli/summaryJson";
import { MAX_CSV_BYTES } from "../../src/xlsx/inputLimits";

/** A large file on two shared cores: a guard against hangs, not a timing. */
const HANG_GUARD_MS = 300_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warehouse-auto-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** 1,000 customers, each buying on days 1..28 of January 2024, repeated past the limit. */
function largeCsv(): { file: string; blocks: number } {
  const file = path.join(dir, "large.csv");
  const lines: string[] = [];
  for (let c = 0; c < 1000; c++)
    for (let d = 1; d <= 28; d++)
      lines.push(`K${c},2024-01-${String(d).padStart(2, "0")},${(c % 7) + 1}.50`);
  const block = Buffer.from(lines.join("\n") + "\n");
  const blocks = Math.ceil((MAX_CSV_BYTES + 1) / block.length);
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, "customer,date,amount\n");
  for (let i = 0; i < blocks; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
  return { file, blocks };
}

test(
  "a CSV past the limit runs in DuckDB: the message names the way, the analysis is done",
  async () => {
    const { file, blocks } = largeCsv();
    expect(fs.statSync(file).size).toBeGreaterThan(MAX_CSV_BYTES);
    const json = path.join(dir, "large.json");
    const { code, out, err } = await runCli(["analyze", file, "--json", json]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/more than the \d+ MB a CSV file can have.*--engine duckdb/);
    const summary = JSON.parse(fs.readFileSync(json, "utf8")) as SummaryJson;
    expect(summary.rfm!.asOf).toBe("2024-01-29");
    expect(summary.rfm!.customers).toHaveLength(1000);
    // every line is a purchase without invoice id: one occasion a day, whatever the copies
    const k3 = summary.rfm!.customers.find((c) => c.id === "K3")!;
    expect([k3.recency, k3.frequency, k3.monetary]).toEqual([1, 28, 28 * 4.5 * blocks]);
  },
  HANG_GUARD_MS
);

test("a Parquet file goes to DuckDB without being asked", async () => {
  const file = path.join(dir, "small.parquet");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM (VALUES ('A', DATE '2024-03-01', 10.0), ('A', DATE '2024-03-05', 5.0), ('B', DATE '2024-03-02', 7.0)) v(customer, date, amount)) TO '${file}' (FORMAT parquet)`
  );
  connection.closeSync();
  instance.closeSync();
  const json = path.join(dir, "small.json");
  const { code, err } = await runCli(["analyze", file, "--json", json]);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  const summary = JSON.parse(fs.readFileSync(json, "utf8")) as SummaryJson;
  expect(summary.rfm!.customers.map((c) => [c.id, c.recency, c.frequency, c.monetary])).toEqual([
    ["A", 1, 2, 15],
    ["B", 4, 1, 7],
  ]);
});
