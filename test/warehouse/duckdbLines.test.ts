/**
 * DuckDB's staged clean lines (duckdbLines.ts) are linesQuery's lines, merged one row per
 * customer, day, invoice id and return flag: same rows, same amounts, same first-line order, on
 * a hand-made file with copies, returns by sign and by "C" invoice, a -0 copy, quantity x unit
 * price, lines without an invoice or a time (never copies), excluded lines and a blank line.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { duckdb } from "../../src/warehouse/dialects";
import { linesQuery, type QuerySettings } from "../../src/warehouse/queries";
import { stagedLines } from "../../src/warehouse/duckdbLines";

const CSV = [
  "customer,date,qty,price,amount,invoice",
  "B,2024-03-02,1,7,,101", // B's first line: B comes first
  "A,2024-03-01,2,5,,100", // 10 by quantity x price
  "A,2024-03-01,2,5,,100", // an exact copy: dropped
  "A,2024-03-01,1,3,,100", // same invoice and day, another line: summed with the first
  "A,2024-03-01,1,-0,,C100", // a "C" invoice: a return of amount -0
  "A,2024-03-01,1,0,,C100", // the same line with 0: a copy of the one above
  "A,2024-03-01,1,2,,C100", // another return line of that invoice
  "A,2024-03-04,1,4,,", // no invoice, no time: never a copy
  "A,2024-03-04,1,4,,", // so both are kept
  "A,2024-03-04 10:30,1,6,,", // a time of day: identifiable
  "A,2024-03-04 10:30,1,6,,", // a copy
  "C,1850-01-01,1,1,,102", // an implausible date: excluded
  "C,2024-03-05,0,9,,103", // a zero quantity: excluded
  "C,2024-03-05,1,9,,103",
  ",2024-03-05,1,9,,104", // no customer: excluded
  "B,2024-03-06,-1,7,,105", // a negative quantity: a return
  "B,2024-03-06,1,2,5,105", // the amount given wins over quantity x price
].join("\n");

async function rows(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  return (await connection.runAndReadAll(sql)).getRowsJS();
}

const MERGED = `SELECT customer_id, day, invoice_id, is_return, SUM(amount) AS amount, MIN(line_no) AS first
  FROM lines GROUP BY customer_id, day, invoice_id, is_return`;

test("staged lines are the one query's lines merged by customer, day, invoice and return flag", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duckdb-lines-"));
  const file = path.join(dir, "lines.csv");
  fs.writeFileSync(file, `${CSV}\n`);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(
      `CREATE VIEW input_0 AS SELECT * FROM read_csv('${file}', all_varchar = true, header = true)`
    );
    const settings: QuerySettings = {
      transactions: "input_0",
      transactionColumns: {
        customer: "customer",
        date: "date",
        quantity: "qty",
        unitPrice: "price",
        amount: "amount",
        invoice: "invoice",
      },
      unitDays: 7,
      timeUnit: "week",
      conversionWindowDays: 30,
      dateOrder: "dmy",
    };
    await connection.run(`CREATE TEMP TABLE lines AS ${linesQuery(duckdb, settings)}`);
    const expected = await rows(connection, `${MERGED} ORDER BY first`);
    await connection.run("DROP TABLE lines");

    const staged = stagedLines(settings);
    for (const sql of staged.source) await connection.run(sql);
    const [[inUse]] = await rows(connection, staged.inUse);
    for (const sql of staged.lines(inUse === true)) await connection.run(sql);
    // three groups of copies: 100's line, C100's -0 and 0 (hashed alike), the 10:30 line
    const [[copies]] = await rows(connection, "SELECT COUNT(*) FROM copies");
    expect(Number(copies)).toBe(3);
    for (const sql of staged.cleanup) await connection.run(sql);
    const actual = await rows(connection, `${MERGED} ORDER BY first`);

    // line numbers count from 1 in the one query, from 0 in the table (rowid): same order
    const withoutFirst = (r: unknown[][]) => r.map((row) => row.slice(0, 5));
    expect(withoutFirst(actual)).toEqual(withoutFirst(expected));
    expect(actual.map((row) => Number(row[5]) + 1)).toEqual(expected.map((row) => Number(row[5])));
    // by hand: B first; A's invoice 100 on 2024-03-01 is 10 + 3 (the copy dropped)
    const day = (iso: string) => BigInt(Date.parse(iso) / 86_400_000);
    expect(withoutFirst(actual)).toEqual([
      ["B", day("2024-03-02"), "101", false, 7],
      ["A", day("2024-03-01"), "100", false, 13],
      ["A", day("2024-03-01"), "C100", true, -2],
      ["A", day("2024-03-04"), null, false, 14],
      ["C", day("2024-03-05"), "103", false, 9],
      ["B", day("2024-03-06"), "105", true, -7],
      ["B", day("2024-03-06"), "105", false, 5],
    ]);
    // the staged lines have one row per group (the one query's several lines merged), and one
    // per group of copies: 7 + 3
    const [[count]] = await rows(connection, "SELECT COUNT(*) FROM lines");
    expect(Number(count)).toBe(10);
  } finally {
    connection.closeSync();
    instance.closeSync();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
