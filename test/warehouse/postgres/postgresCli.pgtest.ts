/**
 * `crm-analytics analyze --postgres URL`: the run on a real server, and the password that never
 * shows: not on stdout, stderr nor in the JSON, whether the run succeeds or the connection
 * fails (wrong password, refused port, unknown host, malformed URL); PGPASSWORD and the other
 * PG* variables are honoured.
 */
import type { Client } from "pg";
import { run } from "../../../src/cli/run";
import { memoryCliIo } from "../../support/memoryCliIo";
import {
  copyCsvTable,
  freshSchema,
  testClient,
  testPostgresPassword,
  testPostgresUrl,
  urlWithPassword,
} from "../../support/postgresServer";

let client: Client;
beforeAll(async () => {
  client = await testClient();
  await freshSchema(client, "cli");
  await copyCsvTable(
    client,
    "cli.sales",
    ["Customer ID", "Invoice Date", "Amount", "Invoice"],
    ["a,2024-01-05,100,1", "a,2024-02-10,30,2", "b,2024-03-01,20,3"].join("\n") + "\n"
  );
  await copyCsvTable(
    client,
    "cli.contacts",
    ["Customer", "Campaign", "Group", "Contact date", "Channel"],
    ["a,Spring,treated,2024-02-01,email", "b,Spring,control,2024-02-01,email"].join("\n") + "\n"
  );
  await copyCsvTable(client, "cli.customers", ["Customer ID", "Region"], "a,North\nb,South\n");
});
afterAll(() => client.end());

/** Every text the run showed or wrote. */
function everything(io: ReturnType<typeof memoryCliIo>): string {
  return [...io.out, ...io.err, ...io.written.values()].join("\n");
}

const tables = [
  "--transactions",
  "cli.sales",
  "--contacts",
  "cli.contacts",
  "--customers",
  "cli.customers",
];

test("a run on the server writes the JSON and never shows the password", async () => {
  const io = memoryCliIo({});
  const code = await run(
    [
      "analyze",
      "--postgres",
      testPostgresUrl(),
      ...tables,
      "--as-of",
      "2024-04-01",
      "--json",
      "s.json",
    ],
    io.io
  );
  expect(io.err).toEqual([]);
  expect(code).toBe(0);
  const json = io.json("s.json");
  expect(json.rfm!.customers.map((c) => [c.id, c.frequency, c.monetary])).toEqual([
    ["a", 2, 130],
    ["b", 1, 20],
  ]);
  expect(json.uplift!.length).toBeGreaterThan(0);
  expect(io.out.join("\n")).toContain("postgres://crm@127.0.0.1");
  expect(testPostgresPassword()).not.toBe("");
  expect(everything(io)).not.toContain(testPostgresPassword());
});

describe("a failed connection names the server, the reason, and never the password", () => {
  const secret = "Sup3r;Secret'--/*pw*/";
  const port = new URL(testPostgresUrl()).port;
  test.each([
    ["a wrong password", urlWithPassword(secret), /password authentication failed/],
    [
      "a refused port",
      `postgres://crm:${encodeURIComponent(secret)}@127.0.0.1:1/crm`,
      /ECONNREFUSED/,
    ],
    [
      "an unknown host",
      `postgres://crm:${encodeURIComponent(secret)}@no-such-host.invalid:${port}/crm`,
      /ENOTFOUND|EAI_AGAIN/,
    ],
    ["a malformed URL", `postgres://crm:${secret}@[127.0.0.1:${port}/crm`, /Invalid URL/],
  ])("%s", async (_, url, reason) => {
    const io = memoryCliIo({});
    const code = await run(["analyze", "--postgres", url, ...tables, "--json", "s.json"], io.io);
    expect(code).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/Could not connect to PostgreSQL postgres:\/\/crm@/);
    expect(io.err[0]).toMatch(reason);
    const shown = everything(io);
    for (const form of [secret, encodeURIComponent(secret), "Sup3r"])
      expect(shown).not.toContain(form);
    expect(io.written.size).toBe(0);
  });
});

describe("the usual PostgreSQL environment is honoured", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith("PG")) delete process.env[key];
    Object.assign(process.env, saved);
  });

  test("PGPASSWORD supplies the password a URL leaves out, and is never shown", async () => {
    process.env.PGPASSWORD = testPostgresPassword();
    const io = memoryCliIo({});
    const code = await run(
      ["analyze", "--postgres", urlWithPassword(null), ...tables, "--json", "s.json"],
      io.io
    );
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    expect(everything(io)).not.toContain(testPostgresPassword());
  });

  test("an empty URL takes everything from PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSWORD", async () => {
    const url = new URL(testPostgresUrl());
    Object.assign(process.env, {
      PGHOST: url.hostname,
      PGPORT: url.port,
      PGUSER: url.username,
      PGDATABASE: url.pathname.slice(1),
      PGPASSWORD: testPostgresPassword(),
    });
    const io = memoryCliIo({});
    const code = await run(
      ["analyze", "--postgres", "", "--transactions", "cli.sales", "--json", "s.json"],
      io.io
    );
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    expect(io.json("s.json").rfm!.customers).toHaveLength(2);
  });

  test("a wrong PGPASSWORD fails without showing it", async () => {
    process.env.PGPASSWORD = "wrong-from-env-123";
    const io = memoryCliIo({});
    const code = await run(["analyze", "--postgres", urlWithPassword(null), ...tables], io.io);
    expect(code).toBe(2);
    expect(io.err[0]).toMatch(/password authentication failed/);
    expect(everything(io)).not.toContain("wrong-from-env-123");
  });
});

test("a table without a date column: exit 2, one line naming the table and its columns", async () => {
  await client.query(`CREATE TABLE cli.nodates ("Customer ID" TEXT, "Amount" NUMERIC)`);
  const io = memoryCliIo({});
  const code = await run(
    ["analyze", "--postgres", testPostgresUrl(), "--transactions", "cli.nodates"],
    io.io
  );
  expect(code).toBe(2);
  expect(io.err).toEqual([
    "Error: Table cli.nodates has no column for date (columns: Customer ID, Amount); rename it or give a view with that column",
  ]);
});
