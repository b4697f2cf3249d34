/**
 * Table and column names with quotes, semicolons and comment marks are quoted (they stay names,
 * never SQL) or refused, in every dialect; run in DuckDB, such a name reads its own column and
 * executes nothing.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { DIALECTS, dialectOf, IdentifierError, quotedName } from "../../src/warehouse/dialects";
import { warehouseQueries, type QuerySettings } from "../../src/warehouse/queries";

const HOSTILE = [
  'x"; DROP TABLE keep; --',
  "a'b",
  "c /* d */ e",
  'q""q',
  "semi;colon",
  "-- comment",
];

function settings(names: { table: string; customer: string }): QuerySettings {
  return {
    transactions: names.table,
    transactionColumns: { customer: names.customer, date: "date", amount: "amount" },
    contacts: names.table,
    contactColumns: { customer: names.customer, campaign: "campaign", group: "g", date: "date" },
    unitDays: 7,
    timeUnit: "week",
    conversionWindowDays: 30,
  };
}

describe.each(DIALECTS)("%s identifiers", (id) => {
  const dialect = dialectOf(id);
  test.each(HOSTILE)("%s is one quoted identifier", (name) => {
    const quoted = quotedName(dialect, name);
    // BigQuery and Spark quote with backticks (BigQuery escapes one with a backslash, Spark doubles it)
    const mark = id === "bigquery" || id === "spark" ? "`" : '"';
    const escaped = id === "bigquery" ? /\\[\\`]/g : new RegExp(mark + mark, "g");
    expect(quoted.startsWith(mark) && quoted.endsWith(mark)).toBe(true);
    // inside the quotes every quote is escaped: the identifier cannot end early
    expect(quoted.slice(1, -1).replace(escaped, "")).not.toContain(mark);
    const sql = warehouseQueries(dialect, settings({ table: name, customer: name })).customers;
    expect(sql).toContain(quoted);
  });

  test("control characters and over-long names are refused", () => {
    expect(() => quotedName(dialect, "a\u0000b")).toThrow(IdentifierError);
    expect(() => quotedName(dialect, "a\nb")).toThrow(IdentifierError);
    expect(() => quotedName(dialect, "")).toThrow(IdentifierError);
    expect(() => quotedName(dialect, "x".repeat(dialect.maxIdentifierBytes + 1))).toThrow(
      IdentifierError
    );
    expect(() =>
      warehouseQueries(dialect, settings({ table: "t", customer: "bad\u0007" }))
    ).toThrow(IdentifierError);
  });

  test("settings are validated literals, never text", () => {
    expect(() =>
      warehouseQueries(dialect, { ...settings({ table: "t", customer: "c" }), asOfDay: 1.5 })
    ).toThrow(RangeError);
    expect(() =>
      warehouseQueries(dialect, { ...settings({ table: "t", customer: "c" }), unitDays: NaN })
    ).toThrow(RangeError);
  });
});

test("PostgreSQL's 63-byte limit: a longer name is refused, not truncated to another column", () => {
  expect(() => quotedName(dialectOf("postgres"), "é".repeat(32))).toThrow(IdentifierError);
  expect(quotedName(dialectOf("duckdb"), "é".repeat(32))).toBe(`"${"é".repeat(32)}"`);
});

test("DuckDB runs a query over hostile names: reads the columns, drops nothing", async () => {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const table = HOSTILE[0];
  const customer = HOSTILE[2];
  const q = (n: string) => quotedName(dialectOf("duckdb"), n);
  await connection.run("CREATE TABLE keep AS SELECT 1 AS one");
  await connection.run(
    `CREATE TABLE ${q(table)} AS SELECT * FROM (VALUES ('c1', '2024-01-02', '10'), ('c1', '2024-02-03', '5'), ('c2', '2024-01-05', '7')) v(${q(customer)}, date, amount)`
  );
  const sql = warehouseQueries(dialectOf("duckdb"), {
    ...settings({ table, customer }),
    contacts: undefined,
  }).customers;
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  expect(rows.map((r) => [r.customer_id, Number(r.orders), r.revenue])).toEqual([
    ["c1", 2, 15],
    ["c2", 1, 7],
  ]);
  const kept = (await connection.runAndReadAll("SELECT one FROM keep")).getRowObjectsJS();
  expect(kept).toEqual([{ one: 1 }]);
  connection.closeSync();
  instance.closeSync();
});
