/**
 * BigQuery, Snowflake and Spark SQL are generated here but run in the user's warehouse: their
 * queries are golden files (test/warehouse/golden/<dialect>/<query>.sql; UPDATE_GOLDEN=1 rewrites
 * them after a reviewed change) and each one is parsed by node-sql-parser with the dialect's own
 * grammar. node-sql-parser 5 has no Spark grammar: Spark SQL is checked with its Hive grammar,
 * the closest (Spark SQL's parser descends from HiveQL: backquoted names, the same functions).
 */
import fs from "node:fs";
import path from "node:path";
import { Parser } from "node-sql-parser";
import { dialectOf, type DialectId } from "../../src/warehouse/dialects";
import { warehouseQueries, type QuerySettings } from "../../src/warehouse/queries";
import { lineAccountQuery } from "../../src/warehouse/lineAccount";

const GOLDEN = path.join(__dirname, "golden");
const PARSER_DATABASE: Record<string, string> = {
  bigquery: "bigquery",
  snowflake: "snowflake",
  spark: "hive",
};

/** A typical export: qualified tables, a mapped invoice and quantity, every setting given. */
const settings: QuerySettings = {
  transactions: "crm.sales lines",
  transactionColumns: {
    customer: "Customer ID",
    date: "invoice_date",
    amount: "amount",
    quantity: "qty",
    unitPrice: "unit_price",
    invoice: "invoice_no",
  },
  contacts: "crm.campaign_contacts",
  contactColumns: {
    customer: "customer_id",
    campaign: "campaign",
    group: "group",
    date: "contact_date",
    channel: "channel",
  },
  asOfDay: Date.UTC(2024, 0, 1) / 86_400_000,
  calibrationEndDay: Date.UTC(2023, 6, 1) / 86_400_000,
  unitDays: 7,
  timeUnit: "week",
  conversionWindowDays: 30,
};

const parser = new Parser();

describe.each(Object.keys(PARSER_DATABASE) as DialectId[])("%s", (id) => {
  const queries = {
    ...warehouseQueries(dialectOf(id), settings),
    lines: lineAccountQuery(dialectOf(id), settings),
  };
  test.each(["customers", "contacts", "monthly", "lines"] as const)(
    "%s query: golden file, parsed",
    (name) => {
      const sql = queries[name]!;
      const file = path.join(GOLDEN, id, `${name}.sql`);
      if (process.env.UPDATE_GOLDEN === "1") {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, `${sql};\n`);
      }
      expect(`${sql};\n`).toBe(fs.readFileSync(file, "utf8"));
      expect(() => parser.astify(sql, { database: PARSER_DATABASE[id] })).not.toThrow();
    }
  );

  test("names are quoted the dialect's way; no other dialect's constructs leak in", () => {
    const all = Object.values(queries).join("\n");
    const quoted = id === "snowflake" ? '"sales lines"' : "`sales lines`";
    expect(all).toContain(quoted);
    if (id !== "snowflake") expect(all).not.toMatch(/"[A-Za-z_ ]+"/); // no double-quoted names
    expect(all).not.toContain("FILTER (WHERE"); // PostgreSQL/DuckDB only
    expect(all).not.toContain("INTERVAL '1 month'");
  });
});
