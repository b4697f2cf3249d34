import type { LtvFitting } from "../analytics/ltv/ltvJob";
import { findHeaderRow, proposeMapping } from "../analytics/input";
import type { WorkbookSource } from "../analytics/input/workbookSource";
import { loadAndClean, type PipelineError, type PipelineOptions } from "../analytics/pipeline";
import { runAnalyses } from "../analytics/runAnalyses";
import { RfmOptionsError } from "../analytics/rfm";
import { languageFromLocale, translator, type Language } from "../i18n";
import { analysisSettings, dayInstant } from "./analysisSettings";
import { parseCliOptions, type CliOptions, type CliUsageError } from "./cliOptions";
import { errorLine } from "./errorLine";
import { humanSummary } from "./humanSummary";
import { outputNamingInput } from "./outputNamesInput";
import { openWorkbookSource, readError, type FileReader } from "./openWorkbookSource";
import { quietConsole } from "./quietConsole";
import { buildSummaryJson, writeSummaryJson, type TextFileWriter } from "./summaryJson";
import { writeDeckFile } from "./writeDeckFile";
import { anyWriteError, writeOutput } from "./outputWrite";
import { writeReportWorkbook, type WriteReportWorkbook } from "./writeReportWorkbook";
import { analyzeWarehouse, printSql } from "./warehouseRun";
import { analyzeSummarySheetFile, hidingSummarySheets, summaryToUse } from "./summarySheetRun";
import { teachingProblem } from "../report/teaching/buildTeachingWorkbook";

/** --teaching and --no-answers need a file to write (--out), --no-answers needs --teaching. */
function teachingUsageProblem(options: CliOptions): string | null {
  if (options.noAnswers && !options.teaching) return "teaching:problems.noAnswersAlone";
  if (options.teaching && !options.out) return "teaching:problems.needsOut";
  return null;
}

/** Exit codes of DESIGN.md: 0 success, 2 bad input; 1 is left for our own failures. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** Everything the CLI touches outside itself, so tests run it in-process. */
export interface CliIo extends FileReader, TextFileWriter {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Where the LTV fits of an in-memory analysis run (ltvThread.ts) [this thread]. */
  ltvThread?(): StoppableLtvFitting;
  /** The report writer (--out); defaults to the not-yet-connected hook. */
  writeReportWorkbook?: WriteReportWorkbook;
}

type Translate = ReturnType<typeof translator>;

/** Where the LTV fits run, stopped once the analyses are done. */
export interface StoppableLtvFitting extends LtvFitting {
  stop(): void;
}

/** The language asked for on the command line, looked up before anything can fail. */
function requestedLanguage(argv: readonly string[]): Language {
  const index = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (index < 0) return "en";
  const value = argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  return languageFromLocale(value);
}

function pipelineOptions(options: CliOptions): PipelineOptions {
  const sheets = Object.fromEntries(
    Object.entries(options.sheets).filter(([, v]) => v !== undefined)
  );
  return {
    sheets,
    asOf: dayInstant(options.asOf),
    returns: options.returns,
    culture: options.culture,
    dateOrder: options.dateOrder,
    currency: options.currency,
  };
}

/**
 * The one-line message of a pipeline error. Where the pipeline's own message lacks what the
 * user needs to fix the file, we say more: the sheets the workbook has when none holds
 * transactions; the header row and its headers when a required column is missing.
 */
async function pipelineErrorMessage(
  error: PipelineError,
  source: WorkbookSource,
  t: Translate
): Promise<string> {
  const sheets = (await source.listSheets()).map((s) => s.name);
  if (error.code === "quality:error.noUsableSheet") {
    const nearMiss = await nearestTransactionsSheet(source, sheets, t);
    if (nearMiss) return t("problems:requiredColumnMissing", nearMiss);
    return t("problems:noTransactionsSheet", { sheets: sheets.join(", ") });
  }
  if (error.code === "quality:error.missingRequiredColumn" && error.sheet) {
    const header = findHeaderRow(await source.readSheet(error.sheet));
    return t("problems:requiredColumnMissing", {
      sheet: error.sheet,
      row: error.row ?? header?.excelRow ?? "",
      column: error.params.field ? t(`common:field.${error.params.field}`) : (error.column ?? ""),
      headers: (header?.headers ?? []).filter((h) => h !== "").join(", "),
    });
  }
  if (error.code === "quality:error.sheetNotFound") {
    return t("problems:sheetNotFound", { sheet: error.sheet ?? "", sheets: sheets.join(", ") });
  }
  return t(error.code, error.params);
}

/**
 * The sheet that came closest to being a transactions sheet (its header has all required
 * columns but one), to tell the user which column to add rather than "no sheet found".
 */
async function nearestTransactionsSheet(
  source: WorkbookSource,
  sheets: readonly string[],
  t: Translate
): Promise<{ sheet: string; row: number; column: string; headers: string } | null> {
  for (const sheet of sheets) {
    const header = findHeaderRow(await source.readSheet(sheet));
    if (!header) continue;
    const proposal = proposeMapping(header.headers, "transactions");
    if (proposal.missingRequired.length !== 1) continue;
    return {
      sheet,
      row: header.excelRow,
      column: t(`common:field.${proposal.missingRequired[0]}`),
      headers: header.headers.filter((h) => h !== "").join(", "),
    };
  }
  return null;
}

/**
 * Runs the command line: `analyze <files> [options]` reads the workbook or CSV files, maps and
 * cleans them (loadAndClean), prints a short summary, writes the JSON summary (--json) and the
 * report workbook (--out). Returns the exit code: 0 on success, 2 on bad input with one line
 * on stderr naming the file, sheet, column or row; never lets an exception out. Libraries'
 * console output is silenced for the run (quietConsole): stderr holds only the CLI's own line.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const restoreConsole = quietConsole();
  try {
    return await runQuietly(argv, io);
  } finally {
    restoreConsole();
  }
}

/** The run, with libraries' console output silenced by `run`. */
async function runQuietly(argv: readonly string[], io: CliIo): Promise<number> {
  const t = translator(requestedLanguage(argv));
  const fail = (usage: CliUsageError) => {
    io.stderr(t("common:cli.failed", { message: t(`problems:${usage.code}`, usage.params) }));
    return EXIT_BAD_INPUT;
  };
  try {
    const parsed = parseCliOptions(argv);
    if ("error" in parsed) return fail(parsed.error);
    const options = parsed.options;
    if (options.help) {
      io.stdout(t("common:cli.usage"));
      return EXIT_OK;
    }
    if (options.command === "sql") return printSql(options, io, fail, t);
    const teachingUsage = teachingUsageProblem(options);
    if (teachingUsage) {
      io.stderr(t("common:cli.failed", { message: t(teachingUsage) }));
      return EXIT_BAD_INPUT;
    }
    const clash = outputNamingInput(
      [
        { option: "--out", path: options.out },
        { option: "--json", path: options.json },
        { option: "--deck", path: options.deck },
      ],
      options.files
    );
    if (clash) return fail({ code: "outputIsInput", params: { ...clash } });
    if (
      options.summary !== undefined ||
      options.engine === "duckdb" ||
      options.postgres !== undefined
    )
      return await analyzeWarehouse(options, io, fail, t);
    if (options.engine === undefined && options.files.some((f) => /\.parquet$/i.test(f)))
      return await analyzeWarehouse({ ...options, engine: "duckdb" }, io, fail, t);
    const opened = await openWorkbookSource(options.files, io, options.culture);
    if ("error" in opened) {
      // past the in-memory limit, CSV data goes to the embedded engine unless told otherwise
      const tooLarge = ["file.csvTooLarge", "file.gzipTooLarge"].includes(opened.error.code);
      if (!tooLarge || options.engine === "memory") return fail(opened.error);
      io.stdout(t(`problems:${opened.error.code}`, opened.error.params));
      return await analyzeWarehouse({ ...options, engine: "duckdb" }, io, fail, t);
    }

    // a customer summary sheet is never read as lines (summarySheetRun.ts)
    const named = new Set(Object.values(options.sheets).filter((s): s is string => !!s));
    const hiding = hidingSummarySheets(opened.source, named);
    let result;
    try {
      result = await loadAndClean(hiding.source, pipelineOptions(options));
    } catch (error) {
      return fail(readError(options.files.join(", "), error));
    }
    const summarySheet = summaryToUse(hiding);
    if (!result.ok && summarySheet && result.error.code === "quality:error.noUsableSheet")
      return await analyzeSummarySheetFile(opened.source, summarySheet, options, io, t);
    if (!result.ok) {
      const message = await pipelineErrorMessage(result.error, opened.source, t);
      io.stderr(t("common:cli.failed", { message }));
      return EXIT_BAD_INPUT;
    }

    for (const line of humanSummary(result.data, options.files, options.lang, t)) io.stdout(line);
    for (const { sheet } of hiding.summaries) io.stdout(t("summarySheet:leftAside", { sheet }));
    let analyses;
    const fitting = io.ltvThread?.();
    try {
      analyses = runAnalyses(result.data, analysisSettings(options), undefined, fitting);
    } catch (error) {
      if (!(error instanceof RfmOptionsError)) throw error;
      const problem = error.problems[0];
      io.stderr(t("common:cli.failed", { message: t(problem.code, problem.params) }));
      return EXIT_BAD_INPUT;
    } finally {
      fitting?.stop();
    }
    for (const note of analyses.notes) io.stdout(t(note.code, note.params ?? {}));
    const teachingRefusal = options.teaching ? teachingProblem(analyses.rfm) : null;
    if (teachingRefusal) {
      io.stderr(t("common:cli.failed", { message: t(teachingRefusal) }));
      return EXIT_BAD_INPUT;
    }
    if (options.json) {
      const summary = buildSummaryJson(result.data, analyses, t, { lazyCustomers: true });
      const json = options.json;
      const written = await writeOutput(
        json,
        () => writeSummaryJson(io, json, summary),
        anyWriteError
      );
      if (!written.ok) return fail(written.error);
      io.stdout(t("common:cli.jsonWritten", { path: options.json }));
    }
    if (options.out) {
      const write = io.writeReportWorkbook ?? writeReportWorkbook;
      const out = options.out;
      const written = await writeOutput(out, () => write(result.data, analyses, options, out));
      if (!written.ok) return fail(written.error);
      const outcome = written.value;
      io.stdout(
        t("common:cli.reportWritten", { path: outcome.path, sheets: outcome.sheets.join(", ") })
      );
    }
    if (options.deck) {
      const deck = options.deck;
      const written = await writeOutput(deck, () =>
        writeDeckFile(result.data, analyses, options, deck)
      );
      if (!written.ok) return fail(written.error);
      io.stdout(t("common:cli.deckWritten", { path: options.deck, slides: written.value }));
    }
    return EXIT_OK;
  } catch (error) {
    io.stderr(t("common:cli.internalError", { message: errorLine(error) }));
    return EXIT_INTERNAL;
  }
}
