/**
 * analyse: clean data -> every analysis the data allows (RFM and its migration, LTV, uplift,
 * campaign KPIs), with one settings object shared by the CLI, the pane's worker and the tests.
 * What the data cannot support is skipped with a note naming what is missing, never an error.
 */
import { dayNumber, MS_PER_DAY, type Instant } from "./domain";
import type { CampaignKpis, CampaignOptions } from "./campaigns/types";
import { analyzeCampaigns } from "./campaigns/analyzeCampaigns";
import { analyzeKpis, type PeriodKpis } from "./kpis";
import type { LtvOptions, LtvResult, SummaryOptions } from "./ltv";
import { completedLtv } from "./ltv/analyzeLtv";
import { fitHere, type LtvFitting } from "./ltv/ltvJob";
import type { CleanData } from "./pipeline";
import {
  analyzeRfm,
  migrationMatrix,
  monthsBefore,
  type MigrationMatrix,
  type RfmOptions,
  type RfmResult,
} from "./rfm";
import { transactionLines, type TransactionLines } from "./transactionLines";
import { transactionRowsOf } from "./transactionTable";
import {
  customerMonths,
  segmentHistory,
  type CustomerMonths,
  type SegmentHistory,
} from "./history";
import { analyzeUplift } from "./uplift/analyzeUplift";
import { segmentAsOfContactDay } from "./contactDaySegments";
import type { UpliftAnalysis, UpliftOptions } from "./uplift/types";

/** Everything the analyses can be told; each part has the defaults of DESIGN.md. */
export interface AnalysisSettings {
  /** Analysis date [the clean data's: the day after the last transaction]. */
  asOf?: Instant;
  rfm?: Omit<RfmOptions, "asOf">;
  /** Start of the RFM migration [one calendar month before the as-of date]. */
  migrationFrom?: Instant;
  ltv?: Partial<Omit<LtvOptions, "segmentOf">>;
  uplift?: Omit<UpliftOptions, "segmentAsOf" | "attributeOf" | "attributes">;
  campaigns?: Omit<CampaignOptions, "asOf">;
}

/** An analysis left out and why: an i18n key (namespace "common") and its parameters. */
export interface AnalysisNote {
  code: string;
  params?: Record<string, string | number>;
}

export interface RfmMigration {
  from: RfmResult;
  matrix: MigrationMatrix;
}

export interface AnalysisResults {
  asOf: Instant | null;
  rfm: RfmResult | null;
  migration: RfmMigration | null;
  ltv: LtvResult | null;
  uplift: UpliftAnalysis | null;
  campaigns: CampaignKpis | null;
  /** The Dashboard's period KPIs as of the as-of date and the migration's start date (optional: results built before it existed stay valid). */
  kpis?: PeriodKpis | null;
  /** The month in context: segments at the last month-ends, new vs returning buyers, cohorts. */
  history?: AnalysisHistory | null;
  notes: AnalysisNote[];
}

export interface AnalysisHistory {
  segments: SegmentHistory;
  customers: CustomerMonths;
}

/** Months of segment history, buyers and cohorts [12]. */
export const HISTORY_MONTHS = 12;

export type AnalysisStage =
  "rfm" | "migration" | "kpis" | "history" | "ltv" | "holdout" | "uplift" | "campaigns";

/**
 * The model check when the user gives no calibration end: a second fit on all but the last third
 * of the history (at most the CLV horizon) predicts that last part, which is then compared with
 * what customers did. Its summary's options and its days; null when the history is under three
 * months (nothing worth checking).
 */
function validationPlan(
  lastDay: number,
  options: Partial<Omit<LtvOptions, "segmentOf">>,
  lines: TransactionLines
): { summary: SummaryOptions; days: { calibrationEndDay: number; holdoutEndDay: number } } | null {
  const firstDay = lines.dayRange.min;
  const span = lastDay - firstDay;
  const holdoutDays = Math.min(
    Math.round(span / 3),
    Math.round((options.horizonMonths ?? 12) * 30.44)
  );
  if (!(span >= 90 && holdoutDays >= 28)) return null;
  const calibrationEndDay = lastDay - holdoutDays;
  const summary: SummaryOptions = {
    timeUnit: options.timeUnit ?? "week",
    calibrationEnd: instantOfDay(calibrationEndDay),
    holdoutEnd: instantOfDay(lastDay),
  };
  return { summary, days: { calibrationEndDay, holdoutEndDay: lastDay } };
}

/** Each scored customer's segment by id (filled in a loop: no pair array a customer). */
function segmentsById(rfm: RfmResult): Map<string, string> {
  const segmentOf = new Map<string, string>();
  for (const c of rfm.customers) segmentOf.set(c.id, c.segment);
  return segmentOf;
}

/** The instant of a day number (midnight UTC). */
const instantOfDay = (day: number): Instant => day * MS_PER_DAY;

/**
 * Runs every analysis the clean data allows. `onStage` is called before each one (the pane's
 * progress bar). Options are assumed valid (the CLI and the pane check them first; analyzeRfm
 * throws RfmOptionsError otherwise).
 */
export function runAnalyses(
  data: CleanData,
  settings: AnalysisSettings = {},
  onStage: (stage: AnalysisStage) => void = () => undefined,
  fitting: LtvFitting = fitHere
): AnalysisResults {
  const notes: AnalysisNote[] = [];
  const asOf = settings.asOf ?? data.asOf ?? null;
  const rfmOptions = settings.rfm ?? {};
  // The cleaned lines as columns when loadAndClean kept them so: no Transaction is made unless
  // the contacts' analyses need them (uplift, campaigns, their coverage).
  const transactions = transactionRowsOf(data) ?? data.transactions;
  const hasTransactions = transactions.length > 0;
  const hasContacts = data.contacts.length > 0;

  let rfm: RfmResult | null = null;
  let migration: RfmMigration | null = null;
  let ltv: LtvResult | null = null;
  let kpis: PeriodKpis | null = null;
  let history: AnalysisHistory | null = null;
  // The lines' customers, days, amounts and invoices, numbered once for every analysis below.
  let lines: TransactionLines | undefined;
  if (hasTransactions && asOf !== null) {
    onStage("rfm");
    lines = transactionLines(transactions);
    // LTV's summary and fits need no segment: started now, for `fitting` to run them meanwhile
    // on another thread if it can. Only days strictly before the as-of date are data: the
    // calibration ends the day before.
    const lastDay = instantOfDay(dayNumber(asOf) - 1);
    const calibrationEnd = settings.ltv?.calibrationEnd ?? lastDay;
    const ltvOptions: Omit<LtvOptions, "segmentOf"> = {
      timeUnit: "week",
      ...settings.ltv,
      calibrationEnd,
      holdoutEnd: settings.ltv?.holdoutEnd ?? (calibrationEnd < lastDay ? lastDay : undefined),
    };
    const validation =
      settings.ltv?.calibrationEnd === undefined
        ? validationPlan(dayNumber(lastDay), settings.ltv ?? {}, lines)
        : null;
    const ltvJob = fitting.start(lines, {
      options: ltvOptions,
      validation: validation?.summary ?? null,
    });
    rfm = analyzeRfm(transactions, { ...rfmOptions, asOf }, lines);

    onStage("migration");
    const fromAsOf = settings.migrationFrom ?? instantOfDay(monthsBefore(dayNumber(asOf), 1));
    const from = analyzeRfm(transactions, { ...rfmOptions, asOf: fromAsOf }, lines);
    migration = { from, matrix: migrationMatrix(from, rfm) };

    onStage("kpis");
    kpis = analyzeKpis(
      transactions,
      data.contacts,
      { asOf, previousAsOf: fromAsOf, activeMonths: settings.campaigns?.activeMonths },
      lines
    );

    onStage("history");
    const asOfDay = dayNumber(asOf);
    history = {
      segments: segmentHistory(transactions, rfmOptions, asOfDay, HISTORY_MONTHS, lines),
      customers: customerMonths(transactions, asOfDay, HISTORY_MONTHS, lines),
    };

    onStage("ltv");
    const { summary, fit } = ltvJob.models();
    ltv = completedLtv({ ...ltvOptions, segmentOf: segmentsById(rfm) }, lines, summary, fit);
    if (ltv.holdout === null && settings.ltv?.calibrationEnd === undefined) {
      onStage("holdout");
      const check = validation && ltvJob.validation();
      ltv.holdout = check && validation && { ...check, validationFit: validation.days };
    }
  } else {
    notes.push(noTransactionsNote(data));
  }

  let uplift: UpliftAnalysis | null = null;
  let campaigns: CampaignKpis | null = null;
  if (hasContacts) {
    onStage("uplift");
    const customersById = new Map(data.customers.map((c) => [c.id, c]));
    const attributes = [...new Set(data.customers.flatMap((c) => Object.keys(c.attributes)))];
    uplift = analyzeUplift(data.contacts, hasTransactions ? data.transactions : null, {
      ...settings.uplift,
      segmentAsOf: hasTransactions
        ? segmentAsOfContactDay(data.transactions, data.contacts, rfmOptions, lines)
        : undefined,
      attributes,
      attributeOf: (id, name) => customersById.get(id)?.attributes[name],
      customerBase: Math.max(data.customers.length, rfm?.customers.length ?? 0),
    });

    onStage("campaigns");
    campaigns = analyzeCampaigns(data.contacts, data.transactions, data.customers, {
      ...settings.campaigns,
      conversionWindowDays:
        settings.campaigns?.conversionWindowDays ?? settings.uplift?.conversionWindowDays,
      // the as-of date excluded, as in every analysis
      ...(asOf !== null ? { asOf } : {}),
    });
  } else {
    notes.push({ code: "common:analysis.skipped.noContacts", params: { analysis: "uplift" } });
  }
  return { asOf, rfm, migration, ltv, uplift, campaigns, kpis, history, notes };
}

/** Why RFM and LTV did not run: no transactions sheet, or the one found gave no transaction. */
function noTransactionsNote(data: CleanData): AnalysisNote {
  const empty = data.emptyTransactions;
  if (!empty)
    return { code: "common:analysis.skipped.noTransactions", params: { analysis: "rfm" } };
  const code = empty.code.endsWith("noRowsBeforeAsOf") ? "noRowsBeforeAsOf" : "sheetHasNoRows";
  return { code: `common:analysis.skipped.${code}`, params: { analysis: "rfm", ...empty.params } };
}
