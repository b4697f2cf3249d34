/**
 * Every analysis the per-customer summaries allow (summaryContract.ts), through the engine's own
 * functions after the per-customer pass: RFM scores and segments (analyzeRfmFeatures), the
 * migration, BG/NBD + Gamma-Gamma (analyzeLtvSummary) with the holdout check when a calibration
 * end is given, uplift from the contact outcomes, new vs returning buyers by month from the
 * monthly summary. What needs transaction lines is a note.
 */
import { dayNumber, roundedMoney } from "../analytics/domain";
import { analyzeLtvSummary, historicalLtv, type CustomerSummary } from "../analytics/ltv";
import { daysPerUnit, type TimeUnit } from "../analytics/ltv/timeUnit";
import { analyzeRfmFeatures, migrationMatrix, type RfmFeatures } from "../analytics/rfm";
import {
  type AnalysisNote,
  type AnalysisResults,
  type AnalysisSettings,
} from "../analytics/runAnalyses";
import { analyzeUplift } from "../analytics/uplift/analyzeUplift";
import type { UpliftOptions } from "../analytics/uplift/types";
import type { CustomerTable, WarehouseSummaries } from "./summaryContract";
import { customerTable, valueOrNull } from "./customerTable";
import { withMonthlyHistory } from "./monthlyHistory";
import { contactsOf } from "./contactOutcomes";

/** The RFM columns of the summary as of one date, typed. */
interface RfmColumns {
  /** last purchase day as arithmetic reads it (null is 0) */
  last: Float64Array;
  orders: Float64Array;
  revenue: Float64Array;
  /** first line day, NaN when null */
  first: Float64Array;
}

/** A column with null (NaN) read as arithmetic reads null: 0. */
const nullAsZero = (column: Float64Array) => column.map((v) => (Number.isNaN(v) ? 0 : v));

function rfmColumnsOf(table: CustomerTable): { to: RfmColumns; from: RfmColumns } {
  const c = table.numbers;
  return {
    to: {
      last: nullAsZero(c.last_purchase_day),
      orders: c.orders,
      revenue: c.revenue,
      first: c.first_line_day,
    },
    from: {
      last: nullAsZero(c.prev_last_purchase_day),
      orders: c.prev_orders,
      revenue: c.prev_revenue,
      first: c.prev_first_line_day,
    },
  };
}

/** RFM features as computeRfmFeatures gives them, from the summary's typed columns. */
function featuresOf(ids: readonly string[], cols: RfmColumns, asOfDay: number): RfmFeatures {
  let scoredCount = 0;
  for (let i = 0; i < ids.length; i++) if (cols.orders[i] > 0) scoredCount++;
  const scored: string[] = new Array<string>(scoredCount);
  const recency = new Float64Array(scoredCount);
  const frequency = new Float64Array(scoredCount);
  const monetary = new Float64Array(scoredCount);
  const aov = new Float64Array(scoredCount);
  const returnsOnly: string[] = [];
  // a loop, not Math.min(...days): spreading 200,000 arguments overflows the call stack
  let firstDataDay: number | null = null;
  let k = 0;
  for (let i = 0; i < ids.length; i++) {
    const orders = cols.orders[i];
    const first = cols.first[i];
    if (!Number.isNaN(first)) {
      if (firstDataDay === null || first < firstDataDay) firstDataDay = first;
      if (orders === 0) returnsOnly.push(ids[i]);
    }
    if (!(orders > 0)) continue;
    scored[k] = ids[i];
    recency[k] = asOfDay - cols.last[i];
    frequency[k] = orders;
    // the rounding and floor of features.ts
    monetary[k] = Math.max(0, roundedMoney(cols.revenue[i]));
    aov[k] = monetary[k] / frequency[k];
    k++;
  }
  return {
    asOfDay,
    windowStartDay: null,
    firstDataDay,
    ids: scored,
    recency,
    frequency,
    monetary,
    aov,
    returnsOnly,
    unreadableLines: 0,
  };
}

/** The BG/NBD summary of the customers bought by the calibration end, in one pass. */
function ltvSummaryOf(table: CustomerTable, asOfDay: number): CustomerSummary {
  const c = table.numbers;
  const timeUnit = table.text.time_unit[0] as TimeUnit;
  const calibrationEndDay = c.calibration_end[0];
  const lastDay = asOfDay - 1;
  const withHoldout = calibrationEndDay < lastDay;
  const summary: CustomerSummary = {
    customerIds: [],
    frequency: [],
    recency: [],
    T: [],
    monetary: [],
    timeUnit,
    calibrationEndDay,
  };
  const holdoutFrequency: number[] = [];
  const holdoutValue: number[] = [];
  // a null is passed on as the rows held it (valueOrNull), not as NaN
  const value = (column: Float64Array, i: number) => valueOrNull(column[i]) as number;
  for (let i = 0; i < table.length; i++) {
    if (Number.isNaN(c.frequency[i])) continue;
    summary.customerIds.push(table.text.customer_id[i]);
    summary.frequency.push(c.frequency[i]);
    summary.recency.push(value(c.recency, i));
    summary.T.push(value(c.T, i));
    summary.monetary.push(value(c.monetary_value, i));
    if (withHoldout) {
      holdoutFrequency.push(value(c.holdout_frequency, i));
      holdoutValue.push(value(c.holdout_value, i));
    }
  }
  if (withHoldout) {
    summary.holdout = {
      frequency: holdoutFrequency,
      value: holdoutValue,
      duration: (lastDay - calibrationEndDay) / daysPerUnit(timeUnit),
    };
  }
  return summary;
}

export function analyzeSummaries(
  summaries: WarehouseSummaries,
  settings: AnalysisSettings = {},
  /** Customer attributes (a customers table's columns) to break uplift down by. */
  breakdowns: Pick<UpliftOptions, "attributes" | "attributeOf"> = {}
): AnalysisResults {
  const results = analyzeCustomerSummaries(
    summaries,
    summaries.monthly !== null,
    settings,
    breakdowns
  );
  return summaries.monthly ? withMonthlyHistory(results, summaries.monthly) : results;
}

/**
 * Every analysis of the summaries but the monthly history (withMonthlyHistory), its notes
 * given as analyzeSummaries gives them when `monthlyGiven`: the DuckDB engine runs this beside
 * its monthly aggregates (duckdbEngine.ts, EngineSettings.beside).
 */
export function analyzeCustomerSummaries(
  summaries: Omit<WarehouseSummaries, "monthly">,
  monthlyGiven: boolean,
  settings: AnalysisSettings = {},
  breakdowns: Pick<UpliftOptions, "attributes" | "attributeOf"> = {}
): AnalysisResults {
  const notes: AnalysisNote[] = [];
  const note = (key: string) => notes.push({ code: `warehouse:needsLines.${key}` });
  const rows = customerTable(summaries.customers);
  const asOfDay =
    rows.length > 0
      ? rows.numbers.as_of[0]
      : settings.asOf !== undefined
        ? dayNumber(settings.asOf)
        : null;
  const rfmOptions = settings.rfm ?? {};
  let results: AnalysisResults = {
    asOf: asOfDay === null ? null : asOfDay * 86_400_000,
    rfm: null,
    migration: null,
    ltv: null,
    uplift: null,
    campaigns: null,
    kpis: null,
    history: null,
    notes,
  };
  if (rows.length > 0 && asOfDay !== null) {
    const ids = rows.text.customer_id;
    const columns = rfmColumnsOf(rows);
    const rfm = analyzeRfmFeatures(featuresOf(ids, columns.to, asOfDay), rfmOptions);
    const from = analyzeRfmFeatures(
      featuresOf(ids, columns.from, rows.numbers.migration_from[0]),
      rfmOptions
    );
    const summary = ltvSummaryOf(rows, asOfDay);
    // the summary's own unit wins: its recency and T are counted in it
    const models = analyzeLtvSummary(summary, { ...settings.ltv, timeUnit: summary.timeUnit });
    const historical = historicalLtv([], { asOfDay: summary.calibrationEndDay });
    results = { ...results, rfm, migration: { from, matrix: migrationMatrix(from, rfm) } };
    results.ltv = { ...models, summary, historical };
    note("kpis");
    if (monthlyGiven) {
      note("segmentHistory");
      note("cohorts");
    } else {
      note("history");
    }
    note("historical");
    if (!summary.holdout) note("validation");
  } else {
    notes.push({ code: "common:analysis.skipped.noTransactions", params: { analysis: "rfm" } });
  }
  if (summaries.contacts && summaries.contacts.length > 0) {
    const { contacts, outcomes, before, segments } = contactsOf(summaries.contacts, rfmOptions);
    const key = (id: string, day: number) => `${id}\u0000${day}`;
    const exactSegments =
      segments !== null &&
      rfmOptions.windowMonths === undefined &&
      (rfmOptions.rule ?? "quantiles") === "quantiles";
    results.uplift = analyzeUplift(contacts, null, {
      ...settings.uplift,
      ...breakdowns,
      ...(exactSegments
        ? { segmentAsOf: (id: string, day: number) => segments.get(key(id, day)) }
        : {}),
      ...(rows.length > 0
        ? { windowOutcome: (id: string, day: number) => outcomes.get(key(id, day)) }
        : {}),
      ...(rows.length > 0
        ? { preCampaignFeatures: (id: string, day: number) => before.get(key(id, day)) }
        : {}),
      customerBase: results.rfm?.customers.length ?? 0,
    });
    if (rows.length > 0 && !exactSegments) note("contactSegments");
    note("campaigns");
  } else {
    notes.push({ code: "common:analysis.skipped.noContacts", params: { analysis: "uplift" } });
  }
  return results;
}
