/**
 * The throw-away PostgreSQL server of `npm run test:warehouse` (scripts/test-warehouse.sh sets
 * CRM_TEST_PG_URL and CRM_TEST_PG_PASSWORD): a client, a fresh schema per test file, and tables
 * loaded with COPY from CSV text.
 */
import { Client, Query } from "pg";

export function testPostgresUrl(): string {
  const url = process.env.CRM_TEST_PG_URL;
  if (!url)
    throw new Error("CRM_TEST_PG_URL is not set: run these tests with `npm run test:warehouse`");
  return url;
}

export const testPostgresPassword = () => process.env.CRM_TEST_PG_PASSWORD ?? "";

/** The URL with another password, or none. */
export function urlWithPassword(password: string | null): string {
  const url = new URL(testPostgresUrl());
  url.password = password === null ? "" : encodeURIComponent(password);
  return url.toString();
}

export async function testClient(): Promise<Client> {
  const client = new Client({ connectionString: testPostgresUrl() });
  await client.connect();
  return client;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A schema of its own for a test file (dropped first if a past run left it). */
export async function freshSchema(client: Client, schema: string): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`);
  await client.query(`CREATE SCHEMA ${ident(schema)}`);
}

/**
 * A table of text columns named as the CSV's header, loaded with COPY ... FROM STDIN from the
 * CSV text (COPY's own CSV reader: quotes, embedded commas and line breaks as written).
 */
export async function copyCsvTable(
  client: Client,
  table: string,
  header: readonly string[],
  csvBody: string,
  types: Partial<Record<string, string>> = {}
): Promise<void> {
  const columns = header.map((h) => `${ident(h)} ${types[h] ?? "TEXT"}`).join(", ");
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TABLE ${table} (${columns})`);
  await copyFromText(client, `COPY ${table} FROM STDIN WITH (FORMAT csv)`, csvBody);
}

/**
 * COPY FROM STDIN without pg-copy-streams: a node-postgres Query whose CopyInResponse hook (the
 * one pg-copy-streams overrides) sends the text and ends the copy.
 */
class CopyIn extends Query {
  constructor(
    text: string,
    private readonly body: string
  ) {
    super(text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    const chunk = 1 << 20;
    for (let i = 0; i < this.body.length; i += chunk)
      connection.sendCopyFromChunk(Buffer.from(this.body.slice(i, i + chunk), "utf8"));
    connection.endCopyFrom();
  }
}

function copyFromText(client: Client, sql: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const query = new CopyIn(sql, body);
    query.on("end", () => resolve());
    query.on("error", reject);
    client.query(query);
  });
}

interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}
