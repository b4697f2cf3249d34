/**
 * Hostile table and column names (quotes, semicolons, comments, backticks, brackets, unicode
 * look-alikes) fed to `crm-analytics sql` for every dialect are quoted or refused; on a real
 * PostgreSQL server the generated queries read the table that really has that name and execute
 * nothing else: a canary table survives every run.
 */
import type { Client } from "pg";
import { run } from "../../../src/cli/run";
import { DIALECTS } from "../../../src/warehouse/dialects";
import { memoryCliIo } from "../../support/memoryCliIo";
import { freshSchema, testClient } from "../../support/postgresServer";

const HOSTILE = [
  'x"; DROP TABLE canary; --',
  "a'); DROP TABLE canary; --",
  "c /* */ DROP TABLE canary",
  "`back`; DROP TABLE canary",
  "[bracket]; DROP TABLE canary",
  "semi;colon",
  "-- comment",
  "\uff02; DROP TABLE canary; --", // fullwidth quotation mark
  "e\u0301\u200b\u202e", // combining accent, zero-width space, right-to-left override
];

let client: Client;
beforeAll(async () => {
  client = await testClient();
  await freshSchema(client, "hostile");
  await client.query("DROP TABLE IF EXISTS canary");
  await client.query("CREATE TABLE canary (alive INTEGER)");
  await client.query("INSERT INTO canary VALUES (1)");
});
afterAll(() => client.end());

const quoteOf = (name: string) => `"${name.replace(/"/g, '""')}"`;

describe.each(HOSTILE)("the name %j", (name) => {
  test.each(DIALECTS)(
    "sql --dialect %s quotes it (exit 0) or refuses it (exit 2)",
    async (dialect) => {
      const io = memoryCliIo({});
      const code = await run(
        [
          "sql",
          "--dialect",
          dialect,
          "--transactions",
          name,
          "--map",
          `customer=${name.replace(/,/g, "")}`,
        ],
        io.io
      );
      expect([0, 2]).toContain(code);
      if (code === 2) expect(io.err).toHaveLength(1);
    }
  );

  test("PostgreSQL runs the printed queries on a table of that name; the canary survives", async () => {
    const table = `hostile.${quoteOf(name)}`;
    await client.query(`CREATE TABLE ${table} (${quoteOf(name)} TEXT, "date" TEXT, "amount" TEXT)`);
    await client.query(
      `INSERT INTO ${table} VALUES ('k1', '2024-01-02', '10'), ('k2', '2024-01-03', '5')`
    );
    const io = memoryCliIo({});
    const code = await run(
      [
        "sql",
        "--dialect",
        "postgres",
        "--transactions",
        `hostile.${name}`,
        "--map",
        `customer=${name}`,
      ],
      io.io
    );
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    const statements = io.out
      .join("\n")
      .split(/;\n/)
      .map((s) => s.replace(/^--.*\n/gm, "").trim());
    const customers = await client.query(statements[0]);
    expect(customers.rows.map((r) => r.customer_id)).toEqual(["k1", "k2"]);
    const monthly = await client.query(statements[1]);
    expect(monthly.rows.map((r) => [r.month, Number(r.revenue)])).toEqual([[202401, 15]]);
    const lines = await client.query(statements[2].replace(/;\s*$/, ""));
    expect(lines.rows.map((r) => [r.reason, r.flag, Number(r.lines)])).toEqual([[null, null, 2]]);
    const canary = await client.query("SELECT alive FROM canary");
    expect(canary.rows).toEqual([{ alive: 1 }]);
    await client.query(`DROP TABLE ${table}`);
  });
});
