/**
 * The analyses of a customer summary sheet (summarySheet.ts), for the pane:
 * - a warehouse summary runs through analyzeSummaries, the CLI's `analyze --summary` engine;
 * - a lifetimes summary (frequency, recency, T[, monetary_value]) carries no dates and no
 *   revenue: only the LTV models run on it, through the same analyzeLtvSummary. Its durations are
 *   in the pane's time unit and T counts up to the day before the pane's analysis date (the
 *   calibration end); RFM needs recency in days to the analysis date and the net revenue (the
 *   mean spend of repeat purchases is not the revenue: the first purchase's value is not in it),
 *   so RFM, the migration and the value bands are named as not available, with the rest.
 * What came from the summary and what needs transaction lines are notes, also written as
 * warnings of the data-quality account (the Data quality sheet lists them).
 */
import type { Problem } from "../analytics/domain";
import { analyzeLtvSummary, historicalLtv, type CustomerSummary } from "../analytics/ltv";
import type { TimeUnit } from "../analytics/ltv/timeUnit";
import type { DataQualityReport } from "../analytics/quality";
import { isoDay } from "../analytics/rfm";
import type { AnalysisNote, AnalysisResults, AnalysisSettings } from "../analytics/runAnalyses";
import { analyzeSummaries } from "./analyzeSummaries";
import type { SummarySheetRows } from "./summarySheet";

export interface SummarySheetRun {
  results: AnalysisResults;
  dataQuality: DataQualityReport;
}

/** Why a summary sheet cannot be analysed: an i18n key with its parameters. */
export interface SummarySheetProblem {
  code: string;
  params: Record<string, string | number>;
}

const num = (v: unknown) => v as number;

function lifetimesResults(
  read: SummarySheetRows,
  settings: AnalysisSettings,
  asOfDay: number
): AnalysisResults {
  const timeUnit: TimeUnit = settings.ltv?.timeUnit ?? "week";
  const summary: CustomerSummary = {
    customerIds: read.rows.map((r) => String(r.customer_id)),
    frequency: read.rows.map((r) => num(r.frequency)),
    recency: read.rows.map((r) => num(r.recency)),
    T: read.rows.map((r) => num(r.T)),
    monetary: read.rows.map((r) => num(r.monetary_value ?? 0)),
    timeUnit,
    calibrationEndDay: asOfDay - 1,
  };
  const models = analyzeLtvSummary(summary, { ...settings.ltv, timeUnit });
  const notes: AnalysisNote[] = [{ code: "summarySheet:notAvailable.rfm" }];
  if (read.rows.every((r) => r.monetary_value === null || r.monetary_value === 0))
    notes.push({ code: "summarySheet:notAvailable.spend" });
  notes.push(
    { code: "warehouse:needsLines.kpis" },
    { code: "warehouse:needsLines.history" },
    { code: "warehouse:needsLines.historical" },
    { code: "summarySheet:notAvailable.holdout" },
    { code: "summarySheet:notAvailable.uplift" }
  );
  return {
    asOf: asOfDay * 86_400_000,
    rfm: null,
    migration: null,
    ltv: { ...models, summary, historical: historicalLtv([], { asOfDay: asOfDay - 1 }) },
    uplift: null,
    campaigns: null,
    kpis: null,
    history: null,
    notes,
  };
}

const dayOf = (instant: number | undefined) =>
  instant !== undefined ? Math.floor(instant / 86_400_000) : undefined;

/**
 * The summary sheet's data-quality account before any model runs (the pane's Data step), with
 * a warning saying what the analyses will come from; or why it cannot be analysed. `settings`
 * are the pane's: a warehouse summary's own as_of, calibration_end and time_unit win over them
 * (a warning says so when they differ); a lifetimes summary takes the time unit and the analysis
 * date from them, and cannot run without an analysis date.
 */
export function checkSummarySheet(
  read: SummarySheetRows,
  settings: AnalysisSettings
): { dataQuality: DataQualityReport; asOfDay: number } | { problem: SummarySheetProblem } {
  const sheet = read.sheet;
  if (read.rows.length === 0)
    return { problem: { code: "summarySheet:noRows", params: { sheet } } };
  const settingAsOfDay = dayOf(settings.asOf);
  const warnings: Problem[] = [];
  const warn = (code: string, params: Record<string, string | number> = {}) =>
    warnings.push({ severity: "warning", code, sheet, params: { sheet, ...params } });
  let asOfDay: number;
  if (read.convention === "warehouse") {
    const first = read.rows[0];
    const unit = String(first.time_unit);
    asOfDay = num(first.as_of);
    warn("summarySheet:usedWarehouse", {
      asOf: isoDay(asOfDay),
      calibrationEnd: isoDay(num(first.calibration_end)),
      unit,
    });
    if (
      (settingAsOfDay !== undefined && settingAsOfDay !== asOfDay) ||
      (settings.ltv?.timeUnit !== undefined && settings.ltv.timeUnit !== unit)
    )
      warn("summarySheet:settingsIgnored");
  } else {
    if (settingAsOfDay === undefined)
      return { problem: { code: "summarySheet:asOfNeeded", params: { sheet } } };
    asOfDay = settingAsOfDay;
    warn("summarySheet:usedLifetimes", {
      asOf: isoDay(asOfDay),
      calibrationEnd: isoDay(asOfDay - 1),
      unit: settings.ltv?.timeUnit ?? "week",
    });
  }
  const rowsUsed = read.rows.length;
  return {
    asOfDay,
    dataQuality: {
      rowsRead: read.rowsRead,
      rowsUsed,
      excluded: read.excluded,
      flagged: [],
      sheets: [{ sheet, kind: "summary", rowsRead: read.rowsRead, rowsUsed }],
      warnings,
    },
  };
}

/**
 * Every analysis the summary sheet allows, with its data-quality account (checkSummarySheet),
 * whose warnings end with the analyses' notes: what needs transaction lines, named.
 */
export function analyzeSummarySheet(
  read: SummarySheetRows,
  settings: AnalysisSettings
): SummarySheetRun | { problem: SummarySheetProblem } {
  const checked = checkSummarySheet(read, settings);
  if ("problem" in checked) return checked;
  const results =
    read.convention === "warehouse"
      ? analyzeSummaries({ customers: read.rows, contacts: null, monthly: null }, settings)
      : lifetimesResults(read, settings, checked.asOfDay);
  const { dataQuality } = checked;
  for (const note of results.notes)
    dataQuality.warnings.push({
      severity: "warning",
      code: note.code,
      sheet: read.sheet,
      params: note.params ?? {},
    });
  return { results, dataQuality };
}
