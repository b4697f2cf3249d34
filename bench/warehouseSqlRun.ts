/**
 * The user's side of `crm-analytics sql --dialect duckdb` (bench/warehouseScale.bench.ts): runs
 * the printed customers and monthly queries in DuckDB over the CSV, as a view named `input`, and
 * exports each result with a header (COPY ... TO), as the README tells a user to.
 *
 *   npx tsx bench/warehouseSqlRun.ts QUERIES.sql FILE.csv OUT_DIR
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

async function main(): Promise<void> {
  const [queriesFile, csv, outDir] = process.argv.slice(2);
  const printed = fs.readFileSync(queriesFile, "utf8");
  // "-- customers summary (customers.csv)\nWITH ...;\n-- monthly aggregates (monthly.csv)\n..."
  const queries: [string, string][] = [];
  for (const line of printed.split("\n")) {
    const header = /^-- .*\((\w+\.csv)\)$/.exec(line);
    if (header) queries.push([header[1], ""]);
    else if (queries.length > 0) queries[queries.length - 1][1] += `${line}\n`;
  }
  const spill = fs.mkdtempSync(path.join(os.tmpdir(), "crm-duckdb-sql-"));
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: "1GB",
    temp_directory: spill,
  });
  const connection = await instance.connect();
  const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
  await connection.run(
    `CREATE VIEW input AS SELECT * FROM read_csv(${quoted(csv)}, all_varchar = true, header = true)`
  );
  for (const [name, text] of queries) {
    const started = performance.now();
    const out = path.join(outDir, name);
    const sql = text.trim().replace(/;$/, "");
    await connection.run(`COPY (${sql}) TO ${quoted(out)} (HEADER, DELIMITER ',')`);
    console.log(`stage\tduckdb: ${name}\t${((performance.now() - started) / 1000).toFixed(2)}`);
  }
  connection.closeSync();
  instance.closeSync();
  fs.rmSync(spill, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
