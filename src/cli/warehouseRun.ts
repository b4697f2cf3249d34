/**
 * The warehouse commands of the CLI: `sql` prints the queries; `analyze --summary` and
 * `analyze --engine duckdb` run the analyses on the per-customer summaries (src/warehouse).
 */
import Papa from "papaparse";
import type { TFunction } from "i18next";
import type { CleanData } from "../analytics/pipeline";
import type { AnalysisNote } from "../analytics/runAnalyses";
import type { AnalysisResults } from "../analytics/runAnalyses";
import { analyzeSummaries } from "../warehouse/analyzeSummaries";
import { dialectOf, DIALECTS, IdentifierError, type DialectId } from "../warehouse/dialects";
import { EngineInputError } from "../warehouse/engineInputError";
import {
  CONTACT_FIELDS,
  TRANSACTION_FIELDS,
  warehouseQueries,
  type ContactField,
  type TransactionField,
} from "../warehouse/queries";
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  MONTHLY_COLUMNS,
  LINE_COLUMNS,
  type ContactColumn,
  type CustomerColumn,
  type MonthlyColumn,
  type LineColumn,
  type SummaryColumn,
  type SummaryRow,
  type WarehouseSummaries,
} from "../warehouse/summaryContract";
import { readSummaryRows, SummaryReadError } from "../warehouse/summaryRows";
import { lineQualityOfFile, lineQualityReport } from "../warehouse/duckdbLineQuality";
import { lineAccountQuery } from "../warehouse/lineAccount";
import { sheetNameOf } from "../xlsx/csvWorkbookSource";
import { analysisSettings, warehouseSettings } from "./analysisSettings";
import { analyzedWithDuckdb } from "./duckdbRun";
import type { CliOptions, CliUsageError } from "./cliOptions";
import type { CliIo } from "./run";
import { writeSummaryOutputs } from "./summaryOutputs";
import { rowsSummary } from "./humanSummary";
import { stageTimer } from "./stageTimes";
import { attributeBreakdowns, postgresErrorLine, summariesFromPostgres } from "./postgresRun";
import { PostgresPathError } from "../warehouse/postgres/postgresSummaries";

type Fail = (usage: CliUsageError) => number;
const EXIT_OK = 0;

/** "customer=COL,date=COL,contact.group=COL": the query's column names over the defaults. */
function columnMap(text: string | undefined) {
  const transactions: Partial<Record<TransactionField, string>> = {
    customer: "customer_id",
    date: "date",
    amount: "amount",
  };
  const contacts: Partial<Record<ContactField, string>> = {
    customer: "customer_id",
    campaign: "campaign",
    group: "group",
    date: "contact_date",
  };
  for (const pair of text ? text.split(",") : []) {
    const at = pair.indexOf("=");
    const key = pair.slice(0, at).trim();
    const value = pair.slice(at + 1);
    if (at < 0) return { error: pair };
    if (key.startsWith("contact.") && (CONTACT_FIELDS as readonly string[]).includes(key.slice(8)))
      contacts[key.slice(8) as ContactField] = value;
    else if ((TRANSACTION_FIELDS as readonly string[]).includes(key))
      transactions[key as TransactionField] = value;
    else return { error: pair };
  }
  return { transactions, contacts };
}

/** `crm-analytics sql`: the three queries for the dialect, each ending with a semicolon. */
export function printSql(options: CliOptions, io: CliIo, fail: Fail, t: TFunction): number {
  const dialect = options.dialect ?? "duckdb";
  if (!(DIALECTS as readonly string[]).includes(dialect))
    return fail({
      code: "badOption",
      params: { option: "--dialect", value: dialect, expected: DIALECTS.join(" | ") },
    });
  const table = options.sheets.transactions;
  if (!table)
    return fail({
      code: "badOption",
      params: { option: "--transactions", value: "", expected: "TABLE" },
    });
  const map = columnMap(options.map);
  if ("error" in map)
    return fail({
      code: "badOption",
      params: { option: "--map", value: map.error ?? "", expected: "field=COLUMN,..." },
    });
  try {
    const settings = {
      transactions: table,
      transactionColumns: map.transactions,
      contacts: options.sheets.contacts,
      contactColumns: map.contacts,
      ...warehouseSettings(options),
    };
    const queries = warehouseQueries(dialectOf(dialect as DialectId), settings);
    io.stdout(`-- customers summary (customers.csv)\n${queries.customers};\n`);
    if (queries.contacts) io.stdout(`-- contact outcomes (contacts.csv)\n${queries.contacts};\n`);
    io.stdout(`-- monthly aggregates (monthly.csv)\n${queries.monthly};\n`);
    const account = lineAccountQuery(dialectOf(dialect as DialectId), settings);
    io.stdout(`-- every line accounted for (lines.csv)\n${account};`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof IdentifierError)) throw error;
    io.stderr(
      t("common:cli.failed", {
        message: t("warehouse:badIdentifier", {
          name: JSON.stringify(error.identifier),
          reason: error.reason,
        }),
      })
    );
    return 2;
  }
}

/** Records typed a batch at a time: the file's records are never all held as text objects. */
const RECORD_BATCH = 10_000;

/**
 * A summary CSV's typed rows (readSummaryRows), parsed record by record and typed in batches,
 * so a million customers' records never exist at once beside their typed rows. The same rows
 * and errors as typing every record at once: the columns are checked on the first record, and a
 * later batch's first record lacking a field reads it as empty, as the whole-file read does.
 */
async function readSummaryCsv<C extends string>(
  io: CliIo,
  file: string,
  columns: readonly SummaryColumn[]
): Promise<SummaryRow<C>[]> {
  const text = new TextDecoder().decode(await io.readFile(file));
  const rows: SummaryRow<C>[] = [];
  let batch: Record<string, string>[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    if (rows.length > 0) {
      const first: Record<string, string | undefined> = batch[0];
      for (const column of columns) if (!(column.name in first)) first[column.name] = undefined;
    }
    for (const row of readSummaryRows<C>(file, columns, batch, 2 + rows.length)) rows.push(row);
    batch = [];
  };
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
    step: (result) => {
      batch.push(result.data);
      if (batch.length === RECORD_BATCH) flush();
    },
  });
  flush();
  return rows;
}

async function summariesFromFiles(options: CliOptions, io: CliIo): Promise<WarehouseSummaries> {
  const customers = await readSummaryCsv<CustomerColumn>(io, options.summary!, CUSTOMER_COLUMNS);
  const contacts = options.contactOutcomes
    ? await readSummaryCsv<ContactColumn>(io, options.contactOutcomes, CONTACT_COLUMNS)
    : null;
  const monthly = options.monthly
    ? await readSummaryCsv<MonthlyColumn>(io, options.monthly, MONTHLY_COLUMNS)
    : null;
  // the line account, when given: the Data quality sheet then counts lines, not summary rows
  const lines = options.lines
    ? {
        file: options.lines,
        quality: lineQualityOfFile(
          options.lines,
          await readSummaryCsv<LineColumn>(io, options.lines, LINE_COLUMNS)
        ),
      }
    : undefined;
  return { customers, contacts, monthly, ...(lines ? { lines } : {}) };
}

/**
 * The CleanData the JSON and report builders read: no lines, the summaries' row counts, and the
 * run's notes (what needs transaction lines) for the Data quality sheet.
 */
function summaryData(
  summaries: WarehouseSummaries,
  asOf: number | null,
  notes: readonly AnalysisNote[],
  source: string
): CleanData {
  const rows = summaries.customers.length + (summaries.contacts?.length ?? 0);
  // lines the engine read itself are accounted for line by line; a warehouse's results, by row
  const counts = summaries.lines
    ? lineQualityReport(sheetNameOf(summaries.lines.file), summaries.lines.quality)
    : { rowsRead: rows, rowsUsed: rows, excluded: [], flagged: [], sheets: [] };
  return {
    transactions: [],
    customers: [],
    contacts: [],
    dataQuality: {
      ...counts,
      warnings: [],
      notComputed: notes.map((n) => ({
        severity: "warning",
        code: n.code,
        sheet: source,
        ...(n.params ? { params: n.params } : {}),
      })),
    },
    problems: [],
    sheets: [],
    ...(asOf !== null ? { asOf } : {}),
  };
}

/** What stands for the summaries once the analyses have read them. */
const RELEASED: WarehouseSummaries = { customers: [], contacts: null, monthly: null };

/** `analyze --summary ...` and `analyze --engine duckdb FILES...`. */
export async function analyzeWarehouse(
  options: CliOptions,
  io: CliIo,
  fail: Fail,
  t: TFunction
): Promise<number> {
  let summaries: WarehouseSummaries;
  let attributes = null;
  let analyses: AnalysisResults | null = null;
  const stage = stageTimer(io.stderr);
  try {
    const fromPostgres =
      options.postgres !== undefined ? await summariesFromPostgres(options, t) : null;
    for (const line of fromPostgres?.lines ?? []) io.stdout(line);
    attributes = fromPostgres?.attributes ?? null;
    if (fromPostgres) summaries = fromPostgres.summaries;
    else if (options.summary) summaries = await summariesFromFiles(options, io);
    else ({ summaries, analyses } = await analyzedWithDuckdb(options, stage));
    if (options.summary) stage?.("summary files read");
  } catch (error) {
    if (error instanceof SummaryReadError) {
      const key =
        error.row === null ? "warehouse:summaryMissingColumn" : "warehouse:summaryBadValue";
      io.stderr(
        t("common:cli.failed", {
          message: t(key, {
            file: error.file,
            column: error.column,
            row: error.row ?? "",
            value: error.value,
          }),
        })
      );
      return 2;
    }
    if (error instanceof PostgresPathError) {
      io.stderr(t("common:cli.failed", { message: postgresErrorLine(error, t) }));
      return 2;
    }
    if (error instanceof EngineInputError)
      return fail({ code: "unreadableFile", params: { file: error.file, reason: error.reason } });
    if (typeof error === "object" && error !== null && "code" in error)
      return fail({
        code: "unreadableFile",
        params: {
          file: options.summary ?? options.files.join(", "),
          reason: String((error as unknown as Error).message),
        },
      });
    throw error;
  }
  if (analyses === null) {
    analyses = analyzeSummaries(
      summaries,
      analysisSettings(options),
      attributeBreakdowns(attributes)
    );
    stage?.("analyses (RFM, migration, LTV fits, uplift)");
  }
  const data = summaryData(
    summaries,
    analyses.asOf,
    analyses.notes,
    options.postgres !== undefined
      ? (options.sheets.transactions ?? "")
      : (options.summary ?? options.files.join(", "))
  );
  if (summaries.lines)
    for (const line of rowsSummary(data.dataQuality, options.lang, t)) io.stdout(line);
  for (const note of analyses.notes) io.stdout(t(note.code, note.params ?? {}));
  // The summaries' rows (a million objects) are read no more: this async function's frame
  // outlives the awaits below, so they are released here rather than held through the JSON
  // and the report (less heap for the collector to trace at every pass).
  summaries = RELEASED;
  // The JSON and the report read the migration's start for its map and window only (the
  // matrix is made): its scored customers, as many as the summaries', are released too.
  if (analyses.migration)
    analyses.migration = {
      ...analyses.migration,
      from: { ...analyses.migration.from, customers: [] },
    };
  const unwritable = await writeSummaryOutputs(data, analyses, options, io, t, stage);
  return unwritable ? fail(unwritable) : EXIT_OK;
}
