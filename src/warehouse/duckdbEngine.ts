/**
 * The per-customer pass in embedded DuckDB (@duckdb/node-api) over local CSV, .csv.gz and
 * Parquet files of any size: each file becomes a view (CSV read as text, so ids and dates are
 * read by our casts, not guessed), its columns are mapped by the same header rules as sheets
 * (proposeMapping), and the queries of queries.ts write the summaries of summaryContract.ts.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { proposeMapping } from "../analytics/input";
import type { SheetKind } from "../analytics/domain";
import { duckdb, stringLiteral, type DateOrder } from "./dialects";
import { warehouseQueries, type QuerySettings } from "./queries";
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  MONTHLY_COLUMNS,
  type WarehouseSummaries,
} from "./summaryContract";
import { readSummaryRows, type RawValue } from "./summaryRows";
import { EngineInputError } from "./engineInputError";

/** Transactions fields of the input layer -> the queries' field names. */
const TRANSACTION_FIELD_OF = {
  customerId: "customer",
  date: "date",
  amount: "amount",
  quantity: "quantity",
  unitPrice: "unitPrice",
  invoiceId: "invoice",
  product: "product",
  category: "category",
} as const;
const CONTACT_FIELD_OF = {
  customerId: "customer",
  campaign: "campaign",
  group: "group",
  contactDate: "date",
  channel: "channel",
  cost: "cost",
  converted: "converted",
  revenue: "revenue",
} as const;

export interface EngineSettings {
  asOfDay?: number;
  calibrationEndDay?: number;
  unitDays: number;
  timeUnit: string;
  conversionWindowDays: number;
  bins?: number;
  /** The date order when the data does not settle it (--date-order, the culture) [dmy]. */
  dateOrder?: DateOrder;
}

/**
 * The day/month order of a date column's numeric texts, as dateOrder.ts decides it: a first
 * number over 12 is a day (dmy), a second one over 12 is a day (mdy), the side with more such
 * texts wins; without evidence, the fallback.
 */
async function dateOrderOf(
  connection: DuckDBConnection,
  view: string,
  column: string,
  fallback: DateOrder
): Promise<DateOrder> {
  const c = `CAST(${duckdb.quote(column)} AS VARCHAR)`;
  const part = (i: number) => `TRY_CAST(regexp_extract(${c}, '^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}', ${i}) AS INTEGER)`;
  const sql = `SELECT COUNT(*) FILTER (WHERE ${part(1)} > 12) AS dmy, COUNT(*) FILTER (WHERE ${part(2)} > 12) AS mdy FROM ${duckdb.quote(view)}`;
  const [row] = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  const dmy = Number(row.dmy);
  const mdy = Number(row.mdy);
  return dmy > mdy ? "dmy" : mdy > dmy ? "mdy" : fallback;
}


function readerOf(file: string): string {
  const path = stringLiteral(file);
  return /\.parquet$/i.test(file)
    ? `read_parquet(${path})`
    : `read_csv(${path}, all_varchar = true, header = true)`;
}

async function headersOf(connection: DuckDBConnection, view: string): Promise<string[]> {
  const reader = await connection.runAndReadAll(`DESCRIBE ${duckdb.quote(view)}`);
  return reader.getRowObjectsJS().map((row) => String(row.column_name));
}

function mapped<K extends SheetKind>(
  headers: string[],
  kind: K,
  fieldOf: Record<string, string>
): Record<string, string> | null {
  const proposal = proposeMapping(headers, kind);
  if (proposal.missingRequired.length > 0) return null;
  const columns: Record<string, string> = {};
  for (const [field, choice] of Object.entries(proposal.fields)) {
    const target = fieldOf[field];
    if (target && choice) columns[target] = (choice as { header: string }).header;
  }
  return columns;
}

async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Record<string, RawValue>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, RawValue>[];
}

/**
 * Runs the summaries over the files: the first file whose header maps as transactions is the
 * transactions table, the first mapping as contacts the contacts table.
 */
export async function summariesWithDuckdb(
  files: readonly string[],
  settings: EngineSettings
): Promise<WarehouseSummaries> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    let transactions: { view: string; columns: Record<string, string> } | null = null;
    let contacts: { view: string; columns: Record<string, string> } | null = null;
    for (let i = 0; i < files.length; i++) {
      const view = `input_${i}`;
      try {
        await connection.run(`CREATE VIEW ${duckdb.quote(view)} AS SELECT * FROM ${readerOf(files[i])}`);
      } catch (error) {
        throw new EngineInputError(files[i], String((error as Error).message).split("\n")[0]);
      }
      const headers = await headersOf(connection, view);
      const asTransactions: Record<string, string> | null = transactions ? null : mapped(headers, "transactions", TRANSACTION_FIELD_OF);
      if (asTransactions) {
        transactions = { view, columns: asTransactions };
        continue;
      }
      const asContacts: Record<string, string> | null = contacts ? null : mapped(headers, "contacts", CONTACT_FIELD_OF);
      if (asContacts) contacts = { view, columns: asContacts };
    }
    if (!transactions && !contacts)
      throw new EngineInputError(files.join(", "), "no transactions or contacts columns");
    if (!transactions) {
      // contacts alone (outcomes on the contacts): an empty transactions table of the same shape
      await connection.run(
        `CREATE VIEW no_lines AS SELECT NULL AS customer, NULL AS date, NULL AS amount WHERE FALSE`
      );
      transactions = { view: "no_lines", columns: { customer: "customer", date: "date", amount: "amount" } };
    }
    const fallback = settings.dateOrder ?? "dmy";
    const query: QuerySettings = {
      ...settings,
      dateOrder: await dateOrderOf(connection, transactions.view, transactions.columns.date, fallback),
      transactions: transactions.view,
      transactionColumns: transactions.columns,
      contacts: contacts?.view,
      contactColumns: contacts?.columns,
    };
    const sql = warehouseQueries(duckdb, query);
    return {
      customers: readSummaryRows("customers", CUSTOMER_COLUMNS, await rowsOf(connection, sql.customers), 1),
      contacts: sql.contacts
        ? readSummaryRows("contacts", CONTACT_COLUMNS, await rowsOf(connection, sql.contacts), 1)
        : null,
      monthly: readSummaryRows("monthly", MONTHLY_COLUMNS, await rowsOf(connection, sql.monthly), 1),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
