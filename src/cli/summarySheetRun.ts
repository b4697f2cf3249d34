/**
 * A per-customer summary sheet given to `analyze` as a workbook or CSV (a warehouse export of
 * `crm-analytics sql`, or the lifetimes convention): recognised as the pane recognises it, never
 * read as transaction lines, and analysed by the pane's engine (summarySheetAnalysis.ts).
 * With a transactions sheet beside it, the lines win (they give every analysis) and the
 * summary is named as left aside.
 */
import type { TFunction } from "i18next";
import { findHeaderRow, type WorkbookSource } from "../analytics/input";
import type { CleanData } from "../analytics/pipeline";
import { readSummary } from "../warehouse/readSummarySource";
import { matchSummaryHeaders } from "../warehouse/summaryHeaders";
import { analyzeSummarySheet } from "../warehouse/summarySheetAnalysis";
import { analysisSettings } from "./analysisSettings";
import type { CliOptions } from "./cliOptions";
import type { CliIo } from "./run";
import { writeSummaryOutputs } from "./summaryOutputs";

/** The source as the transaction-lines path sees it, and the summary sheets it hid. */
export interface SummaryHidingSource {
  source: WorkbookSource;
  /** Summary sheets met so far, in the order read: warehouse ones first is the caller's choice. */
  summaries: { sheet: string; convention: "warehouse" | "lifetimes" }[];
}

/**
 * Wraps a source so a sheet whose header is a customer summary's reads as empty (the pipeline
 * skips empty sheets without a word) unless the user named it for a kind (--transactions...).
 * The headers are looked at on the read the pipeline does anyway: no sheet is read twice.
 */
export function hidingSummarySheets(
  source: WorkbookSource,
  forced: ReadonlySet<string>
): SummaryHidingSource {
  const summaries: SummaryHidingSource["summaries"] = [];
  return {
    summaries,
    source: {
      info: () => source.info(),
      listSheets: () => source.listSheets(),
      readSheet: async (name, onProgress) => {
        const raw = await source.readSheet(name, onProgress);
        if (forced.has(name)) return raw;
        const header = findHeaderRow(raw);
        const convention = header ? matchSummaryHeaders(header.headers).convention : null;
        if (!convention) return raw;
        if (!summaries.some((s) => s.sheet === name)) summaries.push({ sheet: name, convention });
        return { ...raw, rows: [] };
      },
    },
  };
}

/** The summary sheet to analyse: the first warehouse one, else the first lifetimes one. */
export function summaryToUse(hiding: SummaryHidingSource): string | null {
  const { summaries } = hiding;
  return (summaries.find((s) => s.convention === "warehouse") ?? summaries[0])?.sheet ?? null;
}

/** Reads and analyses the summary sheet, writes --json and --out; the exit code. */
export async function analyzeSummarySheetFile(
  source: WorkbookSource,
  sheet: string,
  options: CliOptions,
  io: CliIo,
  t: TFunction
): Promise<number> {
  const failed = (code: string, params: Record<string, string | number>) => {
    io.stderr(t("common:cli.failed", { message: t(code, params) }));
    return 2;
  };
  const read = await readSummary(source, sheet, options.currency);
  if (!read.ok) return failed(read.problem.code, read.problem.params);
  const run = analyzeSummarySheet(read.value.rows, analysisSettings(options));
  if ("problem" in run)
    return failed(
      run.problem.code === "summarySheet:asOfNeeded"
        ? "summarySheet:asOfNeededCli"
        : run.problem.code,
      run.problem.params
    );
  for (const warning of run.dataQuality.warnings) io.stdout(t(warning.code, warning.params ?? {}));
  const data: CleanData = {
    transactions: [],
    customers: [],
    contacts: [],
    dataQuality: run.dataQuality,
    problems: [],
    sheets: [],
    currency: read.value.currency,
    ...(run.results.asOf !== null ? { asOf: run.results.asOf } : {}),
  };
  const unwritable = await writeSummaryOutputs(data, run.results, options, io, t);
  return unwritable ? failed(`problems:${unwritable.code}`, unwritable.params) : 0;
}
