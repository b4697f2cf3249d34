/**
 * The per-customer pass in embedded DuckDB (@duckdb/node-api) over local CSV, .csv.gz and
 * Parquet files of any size: each file becomes a view (CSV read as text, so ids and dates are
 * read by our casts, not guessed), its columns are mapped by the same header rules as sheets
 * (tableMapping.ts, as PostgreSQL's tables are), and the queries of queries.ts write the
 * summaries of summaryContract.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DuckDBInstance,
  JSDuckDBValueConverter,
  type DuckDBConnection,
  type DuckDBResult,
} from "@duckdb/node-api";
import { duckdb, stringLiteral, type DateOrder } from "./dialects";
import { warehouseQueries, type QuerySettings } from "./queries";
import { stagedLines } from "./duckdbLines";
import { lineQualityOf, lineQualitySql } from "./duckdbLineQuality";
import { CustomerTableBuilder, type RawColumn } from "./customerTable";
import {
  CONTACT_COLUMNS,
  MONTHLY_COLUMNS,
  type CustomerTable,
  type WarehouseSummaries,
} from "./summaryContract";
import { readSummaryRows, type RawValue } from "./summaryRows";
import type { MonthlyColumn, SummaryColumn, SummaryRow } from "./summaryContract";
import { EngineInputError } from "./engineInputError";
import { contactTableMapping, transactionTableMapping, type TableMapping } from "./tableMapping";

export interface EngineSettings {
  asOfDay?: number;
  calibrationEndDay?: number;
  /** QuerySettings.lastPlausibleDay. */
  lastPlausibleDay?: number;
  unitDays: number;
  timeUnit: string;
  conversionWindowDays: number;
  bins?: number;
  /** The date order when the data does not settle it (--date-order, the culture) [dmy]. */
  dateOrder?: DateOrder;
  /** Called as each step ends (the bench's stage times). */
  onStage?: (stage: string) => void;
  /**
   * Run with the other summaries while DuckDB computes the monthly one: the caller's models on
   * the main thread beside DuckDB's aggregates on its own threads (the second core), rather than
   * after them (50,000,000 lines: the analyses' 8.5 s and the monthly summary's 8 s).
   */
  beside?: (summaries: Omit<WarehouseSummaries, "monthly">) => void;
}

/**
 * DuckDB's memory ceiling: past it, its tables and hash aggregates spill to a temporary folder,
 * so files of any size run in bounded memory beside the models' own (issue 17: ≤ 2 GB in all).
 * 1.5 GB was no faster at 50,000,000 lines (225 s of CPU against 229 s, session 7) and took the
 * run's peak to 2,002 MiB, DuckDB's own stages then being the peak.
 */
const MEMORY_LIMIT = "1GB";

/**
 * DuckDB's ceiling while the caller's models run beside its monthly summary (EngineSettings.
 * beside), their heap then growing by about 750 MB: at 50,000,000 lines the run's peak was
 * 2,314 MiB with 1 GB, 1,660 MiB with this (the clean lines then spill, read once more).
 */
const BESIDE_MEMORY_LIMIT = "400MB";

/**
 * The day/month order of a date column's numeric texts, as dateOrder.ts decides it: the side
 * with more texts whose first (dmy) or second (mdy) number is over 12 wins; without evidence,
 * the fallback.
 */
function orderOf(evidence: Record<string, unknown>, fallback: DateOrder): DateOrder {
  const dmy = Number(evidence.dmy);
  const mdy = Number(evidence.mdy);
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

/** The table's mapped columns, or null when a required field has none. */
function mapped<F extends string>(mapping: TableMapping<F>): Record<string, string> | null {
  return mapping.missingRequired.length > 0 ? null : (mapping.columns as Record<string, string>);
}

/**
 * A query's rows as the contract's typed rows, streamed a chunk (2,048 rows) at a time: the
 * result is never held whole in DuckDB, nor as one JS object a row beside the typed rows.
 */
async function summaryRowsOf<C extends string>(
  connection: DuckDBConnection,
  sql: string | DuckDBResult,
  table: string,
  columns: readonly SummaryColumn[]
): Promise<SummaryRow<C>[]> {
  const result = typeof sql === "string" ? await connection.stream(sql) : sql;
  const names = result.columnNames();
  const rows: SummaryRow<C>[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) return rows;
    const values = chunk.convertColumns(JSDuckDBValueConverter);
    const records = Array.from({ length: chunk.rowCount }, (_, r) => {
      const record: Record<string, RawValue> = {};
      names.forEach((name, c) => (record[name] = values[c][r] as RawValue));
      return record;
    });
    for (const row of readSummaryRows<C>(table, columns, records, rows.length + 1)) rows.push(row);
  }
}

/**
 * The customers summary as columns (customerTable.ts), streamed a chunk at a time: a million
 * customers never exist as row objects, whose properties weighed 480 MB of the heap. The values
 * are DuckDB's own (dates as day numbers, summaryRows' DaysValue), not converted to JS Dates
 * first: the conversion was half of the summary's reading time.
 */
async function customerTableOf(connection: DuckDBConnection, sql: string): Promise<CustomerTable> {
  const result = await connection.stream(sql);
  const names = result.columnNames();
  const table = new CustomerTableBuilder("customers");
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) return table.build();
    // each value read from its vector where it is: no array of a chunk's values first
    const columns = names.map((_, c): RawColumn => {
      const vector = chunk.getColumnVector(c);
      return (row) => vector.getItem(row) as RawValue;
    });
    table.add(names, columns, chunk.rowCount);
  }
}

/**
 * Runs the summaries over the files: the first file whose header maps as transactions is the
 * transactions table, the first mapping as contacts the contacts table.
 */
export async function summariesWithDuckdb(
  files: readonly string[],
  settings: EngineSettings
): Promise<WarehouseSummaries> {
  const spill = mkdtempSync(join(tmpdir(), "crm-duckdb-"));
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: MEMORY_LIMIT,
    temp_directory: spill,
  });
  const connection = await instance.connect();
  const stage = settings.onStage ?? (() => undefined);
  let done = false;
  try {
    let transactions: {
      view: string;
      columns: Record<string, string>;
      file: string | null;
    } | null = null;
    let contacts: { view: string; columns: Record<string, string> } | null = null;
    for (let i = 0; i < files.length; i++) {
      const view = `input_${i}`;
      try {
        await connection.run(
          `CREATE VIEW ${duckdb.quote(view)} AS SELECT * FROM ${readerOf(files[i])}`
        );
      } catch (error) {
        throw new EngineInputError(files[i], String((error as Error).message).split("\n")[0]);
      }
      const headers = await headersOf(connection, view);
      // contacts first: a contacts file also has a customer, a date and an amount-like column
      const asContacts: Record<string, string> | null = contacts
        ? null
        : mapped(contactTableMapping(headers));
      if (asContacts) {
        contacts = { view, columns: asContacts };
        continue;
      }
      const asTransactions: Record<string, string> | null = transactions
        ? null
        : mapped(transactionTableMapping(headers));
      if (asTransactions) transactions = { view, columns: asTransactions, file: files[i] };
    }
    if (!transactions && !contacts)
      throw new EngineInputError(files.join(", "), "no transactions or contacts columns");
    if (!transactions) {
      // contacts alone (outcomes on the contacts): an empty transactions table of the same shape
      await connection.run(
        `CREATE VIEW no_lines AS SELECT NULL AS customer, NULL AS date, NULL AS amount WHERE FALSE`
      );
      transactions = {
        view: "no_lines",
        columns: { customer: "customer", date: "date", amount: "amount" },
        file: null,
      };
    }
    const fallback = settings.dateOrder ?? "dmy";
    const query: QuerySettings = {
      ...settings,
      dateOrder: fallback,
      transactions: transactions.view,
      transactionColumns: transactions.columns,
      contacts: contacts?.view,
      contactColumns: contacts?.columns,
    };
    // the clean lines once (staged, duckdbLines.ts), then the three summaries over them; the
    // file is typed in the fallback order, and again only when its dates show the other one
    let staged = stagedLines(query);
    for (const sql of staged.source) await connection.run(sql);
    const evidence = await connection.runAndReadAll(staged.dateOrderEvidence);
    const dateOrder = orderOf(evidence.getRowObjectsJS()[0], fallback);
    if (dateOrder !== fallback) {
      for (const sql of staged.dropSource) await connection.run(sql);
      query.dateOrder = dateOrder;
      staged = stagedLines(query);
      for (const sql of staged.source) await connection.run(sql);
    }
    stage("duckdb: typed lines, date order");
    const [prefix] = (await connection.runAndReadAll(staged.inUse)).getRowObjectsJS();
    // past the typed table no statement needs the insertion order: the summaries sort their own
    await connection.run("SET preserve_insertion_order = false");
    const inUse = prefix.in_use === true;
    for (const sql of staged.lines(inUse)) await connection.run(sql);
    stage("duckdb: clean lines");
    const qualitySql = lineQualitySql(query, inUse);
    for (const sql of qualitySql.statements) await connection.run(sql);
    const qualityRows = (await connection.runAndReadAll(qualitySql.query)).getRowObjectsJS();
    for (const sql of [...qualitySql.cleanup, ...staged.cleanup]) await connection.run(sql);
    const lines =
      transactions.file === null
        ? undefined
        : { file: transactions.file, quality: lineQualityOf(qualityRows) };
    stage("duckdb: lines accounted for");
    const sql = warehouseQueries(duckdb, { ...query, linesMaterialized: true });
    const outcomes = sql.contacts
      ? await summaryRowsOf(connection, sql.contacts, "contacts", CONTACT_COLUMNS)
      : null;
    if (outcomes) stage("duckdb: contact outcomes, read");
    const customers = await customerTableOf(connection, sql.customers);
    stage("duckdb: customers summary, read");
    const others = { customers, contacts: outcomes, ...(lines ? { lines } : {}) };
    // run whole (not streamed: a stream's aggregates wait for its first fetch), beside `beside`
    if (settings.beside) await connection.run(`SET memory_limit = '${BESIDE_MEMORY_LIMIT}'`);
    const monthlyResult = connection.run(sql.monthly);
    try {
      settings.beside?.(others);
    } catch (error) {
      await monthlyResult.catch(() => undefined);
      throw error;
    }
    const monthly = await summaryRowsOf<MonthlyColumn>(
      connection,
      await monthlyResult,
      "monthly",
      MONTHLY_COLUMNS
    );
    stage("duckdb: monthly, read");
    done = true;
    return { ...others, monthly } as WarehouseSummaries;
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
    // the resident memory once DuckDB's is given back, before the models' own peaks
    if (done) stage("duckdb: closed");
  }
}
