/**
 * The --postgres path's queries on a real PostgreSQL server (npm run test:warehouse): a small
 * table with French headers, mapped by the sheets' header rules, summarised as hand-checked.
 */
import type { Client } from "pg";
import {
  postgresSummaries,
  type PostgresRequest,
} from "../../../src/warehouse/postgres/postgresSummaries";
import {
  copyCsvTable,
  freshSchema,
  testClient,
  testPostgresUrl,
} from "../../support/postgresServer";

let client: Client;
beforeAll(async () => {
  client = await testClient();
  await freshSchema(client, "small");
  await copyCsvTable(
    client,
    `small."Ventes 2024"`,
    ["N° client", "Date de facture", "Montant TTC", "N° facture"],
    [
      "c1,2024-01-05,100,F1",
      "c1,2024-01-05 15:30:00,50,F2", // a second invoice the same day: 2 orders, 1 purchase day
      "c1,2024-02-10,30,F3",
      "c1,2024-02-12,-10,C9", // a return: netted, never an occasion
      "c2,2024-03-01,20,F4",
      "c3,2024-04-02,99,F5", // on/after the as-of date: not data
    ].join("\n") + "\n"
  );
});
afterAll(() => client.end());

const request = (over: Partial<PostgresRequest> = {}): PostgresRequest => ({
  url: testPostgresUrl(),
  transactions: "small.Ventes 2024",
  settings: {
    asOfDay: Date.UTC(2024, 3, 1) / 86_400_000,
    unitDays: 7,
    timeUnit: "week",
    conversionWindowDays: 30,
  },
  ...over,
});

test("a table's French headers are mapped and its customers summarised by the engine's rules", async () => {
  const result = await postgresSummaries(request());
  expect(result.mapping.transactions).toEqual({
    customer: "N° client",
    date: "Date de facture",
    amount: "Montant TTC",
    invoice: "N° facture",
  });
  expect(result.customers.map((r) => r.customer_id)).toEqual(["c1", "c2"]);
  const [c1, c2] = result.customers;
  expect(c1).toMatchObject({
    as_of: "2024-04-01",
    first_purchase_day: "2024-01-05",
    last_purchase_day: "2024-02-10",
    orders: "3",
    purchase_days: "2",
    calibration_end: "2024-03-31",
    time_unit: "week",
    frequency: "1",
  });
  expect(Number(c1.revenue)).toBe(170);
  expect(Number(c1.recency)).toBeCloseTo(36 / 7, 12); // 5 Jan -> 10 Feb
  expect(Number(c1.T)).toBeCloseTo(86 / 7, 12); // 5 Jan -> 31 Mar (2024 is a leap year)
  expect(Number(c1.monetary_value)).toBe(30);
  expect(c2).toMatchObject({ orders: "1", frequency: "0", monetary_value: "0" });
  expect(Number(c2.T)).toBeCloseTo(30 / 7, 12);
  expect(
    result.monthly.map((m) => [m.month, Number(m.revenue), m.active, m.new, m.returning])
  ).toEqual([
    ["202401", 150, "1", "1", "0"],
    ["202402", 20, "1", "0", "1"],
    ["202403", 20, "1", "1", "0"],
  ]);
});

test("a table without a date column is refused naming the table, the field and its columns", async () => {
  await client.query(`CREATE TABLE small.nodate (client TEXT, montant NUMERIC)`);
  await expect(postgresSummaries(request({ transactions: "small.nodate" }))).rejects.toMatchObject({
    code: "missingColumn",
    params: { table: "small.nodate", field: "date", columns: "client, montant" },
  });
});
