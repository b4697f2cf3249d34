/**
 * `analyze --postgres URL --transactions TABLE [--contacts TABLE] [--customers TABLE]`: the
 * warehouse queries (queries.ts, PostgreSQL dialect) run on the user's server through
 * node-postgres, the tables' columns mapped by the sheets' header rules, the results handed back
 * as raw records for the summary reader. node-postgres honours the usual environment (PGHOST,
 * PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ~/.pgpass) for whatever the URL leaves out.
 * Every error leaves here as a PostgresPathError whose text has no password in it.
 */
import { lineAccountQuery } from "../lineAccount";
import type { Client } from "pg";
import { IdentifierError, postgres, quotedName } from "../dialects";
import { warehouseQueries, type QuerySettings } from "../queries";
import { connectionLabel, connectionSecrets, redactSecrets } from "./connectionSecrets";
import {
  contactTableMapping,
  customerTableMapping,
  transactionTableMapping,
  type TableMapping,
} from "../tableMapping";

export type RawRecord = Record<string, string | null>;

export interface PostgresRequest {
  /** A postgres:// URL or a key=value string; "" for the PG* environment alone. */
  url: string;
  transactions: string;
  contacts?: string;
  customers?: string;
  /** The query settings other than the tables and their columns. */
  settings: Omit<
    QuerySettings,
    "transactions" | "transactionColumns" | "contacts" | "contactColumns"
  >;
}

export interface PostgresResults {
  customers: RawRecord[];
  contacts: RawRecord[] | null;
  monthly: RawRecord[];
  /** The line account's rows (lineAccount.ts): reason, flag, lines. */
  lines: RawRecord[];
  /** The customers table's attributes by customer id (breakdown dimensions). */
  attributes: Map<string, Record<string, string>> | null;
  /** Which column feeds which field, per table, for the run's notes. */
  mapping: { transactions: Record<string, string>; contacts: Record<string, string> | null };
}

/** Why the PostgreSQL path stopped: an i18n key suffix and its (password-free) params. */
export class PostgresPathError extends Error {
  constructor(
    readonly code:
      "connect" | "query" | "missingColumn" | "noIdColumn" | "noTable" | "badIdentifier",
    readonly params: Record<string, string>
  ) {
    super(`${code}: ${Object.values(params).join(" | ")}`);
  }
}

/** Every value as its text (dates as YYYY-MM-DD, whatever the session's time zone). */
const TEXT_TYPES = { getTypeParser: () => (value: string) => value };

export type ConnectPostgres = (url: string) => Promise<Pick<Client, "query" | "end">>;

export const connectPostgres: ConnectPostgres = async (url) => {
  // Loaded when used, as DuckDB is: the CLI bundle keeps pg external, and a run that never
  // touches PostgreSQL must start without it (test/cli/builtCli.test.ts).
  const { Client: PgClient } = await import("pg");
  const client = new PgClient({
    ...(url.trim() === "" ? {} : { connectionString: url }),
    types: TEXT_TYPES,
    application_name: "crm-analytics",
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
};

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0];

/** The column names of a table, read from an empty result (the name quoted, never pasted). */
async function columnNames(client: Pick<Client, "query">, table: string): Promise<string[]> {
  const result = await client.query(
    `SELECT * FROM ${quotedName(postgres, table, true)} WHERE false`
  );
  return result.fields.map((f) => f.name);
}

/** A table's columns mapped; a PostgresPathError naming the first required field without one. */
async function mappedTable<F extends string>(
  client: Pick<Client, "query">,
  table: string,
  mapping: (names: readonly string[]) => TableMapping<F>
): Promise<TableMapping<F>> {
  const names = await columnNames(client, table);
  const mapped = mapping(names);
  if (mapped.missingRequired.length > 0)
    throw new PostgresPathError("missingColumn", {
      table,
      field: mapped.missingRequired[0],
      columns: names.join(", "),
    });
  return mapped;
}

async function rows(client: Pick<Client, "query">, sql: string): Promise<RawRecord[]> {
  return (await client.query<RawRecord>(sql)).rows;
}

async function customerAttributes(
  client: Pick<Client, "query">,
  table: string
): Promise<Map<string, Record<string, string>>> {
  const names = await columnNames(client, table);
  const { id, attributes } = customerTableMapping(names);
  if (id === null) throw new PostgresPathError("noIdColumn", { table, columns: names.join(", ") });
  const list = [id, ...attributes].map((n) => `CAST(${quotedName(postgres, n)} AS TEXT)`);
  const result = await client.query<(string | null)[]>({
    text: `SELECT ${list.join(", ")} FROM ${quotedName(postgres, table, true)}`,
    rowMode: "array",
  });
  const byId = new Map<string, Record<string, string>>();
  for (const row of result.rows) {
    const key = row[0]?.trim();
    if (!key) continue;
    byId.set(key, Object.fromEntries(attributes.map((a, i) => [a, row[i + 1] ?? ""])));
  }
  return byId;
}

/** Runs the summaries on the server; errors are PostgresPathErrors without the password. */
export async function postgresSummaries(
  request: PostgresRequest,
  connect: ConnectPostgres = connectPostgres
): Promise<PostgresResults> {
  const secrets = connectionSecrets(request.url);
  const clean = (text: string) => redactSecrets(text, secrets);
  const target = connectionLabel(request.url);
  let client;
  try {
    client = await connect(request.url);
  } catch (error) {
    throw new PostgresPathError("connect", {
      target: clean(target),
      reason: clean(firstLine(error)),
    });
  }
  try {
    const tx = await mappedTable(client, request.transactions, transactionTableMapping);
    const contactColumns = request.contacts
      ? (await mappedTable(client, request.contacts, contactTableMapping)).columns
      : undefined;
    const settings = {
      ...request.settings,
      transactions: request.transactions,
      transactionColumns: tx.columns,
      contacts: request.contacts,
      contactColumns,
    };
    const queries = warehouseQueries(postgres, settings);
    return {
      customers: await rows(client, queries.customers),
      contacts: queries.contacts ? await rows(client, queries.contacts) : null,
      monthly: await rows(client, queries.monthly),
      lines: await rows(client, lineAccountQuery(postgres, settings)),
      attributes: request.customers ? await customerAttributes(client, request.customers) : null,
      mapping: {
        transactions: tx.columns as Record<string, string>,
        contacts: (contactColumns as Record<string, string> | undefined) ?? null,
      },
    };
  } catch (error) {
    if (error instanceof PostgresPathError) throw error;
    if (error instanceof IdentifierError)
      throw new PostgresPathError("badIdentifier", {
        name: JSON.stringify(error.identifier),
        reason: error.reason,
      });
    throw new PostgresPathError("query", {
      target: clean(target),
      reason: clean(firstLine(error)),
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}
