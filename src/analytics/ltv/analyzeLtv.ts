/**
 * The LTV analysis end to end: transactions -> customer summary -> historical LTV, BG/NBD and
 * Gamma-Gamma fits, predictions, discounted CLV and the holdout check. What cannot be computed
 * is left null with a warning; no NaN or Infinity ever leaves this module.
 */
import { dayNumber, type Instant } from "../domain";
import { linesOf, type TransactionLines, type TransactionsInput } from "../transactionLines";
import type { BgnbdFit } from "./bgnbd/fit";
import { fitWarnings, holdoutOfFit, usableBgnbdFit } from "./bgnbdOfSummary";
import { expectedPurchasesNewCustomer, predictCustomers } from "./bgnbd/predict";
import { customerLifetimeValues } from "./clv";
import { summarizeCustomers, type CustomerSummary } from "./customerSummary";
import {
  expectedAverageSpend,
  fitGammaGamma,
  spendFrequencyCorrelation,
  spendModelOf,
  type GammaGammaFit,
} from "./gammaGamma";
import { historicalLtv, type HistoricalLtv } from "./historicalLtv";
import type { HoldoutCheck } from "./holdout";
import { observedYearlyRetention } from "./retention";
import { unitsPerMonth, type TimeUnit } from "./timeUnit";
import { CORRELATION_WARNING, MIN_REPEAT_CUSTOMERS, type LtvWarning } from "./warnings";

export interface LtvOptions {
  /** Last day of the calibration period [the day of the last transaction]. */
  calibrationEnd?: Instant;
  /** Last day of the holdout period: turns on the calibration / holdout check. */
  holdoutEnd?: Instant;
  timeUnit: TimeUnit;
  /** CLV horizon in months [12]. */
  horizonMonths?: number;
  /** Discount rate per month [0.01]. */
  monthlyDiscount?: number;
  /** Gross margin as a fraction of revenue [1: revenue-based CLV]. */
  margin?: number;
  /** Yearly retention rate for the retention-based formula [observed in the data when it spans two years]. */
  retentionRate?: number;
  /** Expected customer lifetime in years for the simple formula [1 / (1 - retention rate)]. */
  expectedLifetimeYears?: number;
  /** Segment name of each customer id, for the per-segment tables. */
  segmentOf?: ReadonlyMap<string, string>;
}

export interface LtvCustomer {
  id: string;
  frequency: number;
  recency: number;
  T: number;
  monetary: number;
  /** null when the BG/NBD model could not be fitted. */
  pAlive: number | null;
  /** Expected repeat purchases over the CLV horizon. */
  expectedPurchases: number | null;
  /** Gamma-Gamma expected spend per purchase. */
  expectedSpend: number | null;
  clv: number | null;
}

export interface LtvSettings {
  timeUnit: TimeUnit;
  horizonMonths: number;
  monthlyDiscount: number;
  margin: number;
  calibrationEndDay: number;
  /** The horizon in the summary's time unit (horizonMonths x units per month). */
  horizon: number;
}

export interface LtvModels {
  settings: LtvSettings;
  bgnbd: BgnbdFit | null;
  gammaGamma: GammaGammaFit | null;
  /** Correlation between frequency and spend among repeat customers (Gamma-Gamma's assumption). */
  spendFrequencyCorrelation: number | null;
  customers: LtvCustomer[];
  /** Expected repeat purchases of a new customer by the end of each month of the horizon. */
  newCustomerCurve: { month: number; expectedPurchases: number }[];
  holdout: HoldoutCheck | null;
  warnings: LtvWarning[];
}

export interface LtvResult extends LtvModels {
  summary: CustomerSummary;
  historical: HistoricalLtv;
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * analyzeLtvSummary's numbers with a column per customer value (in the summary's order) where
 * it has a row per customer: typed arrays and plain objects, what another thread hands back
 * whole (ltvJob.ts). The columns are null where the model could not be fitted.
 */
export interface LtvFit extends Omit<LtvModels, "customers"> {
  pAlive: Float64Array | null;
  expectedPurchases: Float64Array | null;
  expectedSpend: Float64Array | null;
  clv: Float64Array | null;
}

/**
 * The predictive part from a customer summary alone (what the CLI gets from a warehouse's
 * per-customer table): fits, P(alive), expected purchases and spend, CLV, holdout check.
 */
export function analyzeLtvSummary(summary: CustomerSummary, options: LtvFitOptions): LtvModels {
  return ltvModelsOf(summary, fitLtvSummary(summary, options));
}

type LtvFitOptions = Omit<
  LtvOptions,
  "calibrationEnd" | "holdoutEnd" | "segmentOf" | "retentionRate" | "expectedLifetimeYears"
>;

/** analyzeLtvSummary's fits and columns. */
export function fitLtvSummary(summary: CustomerSummary, options: LtvFitOptions): LtvFit {
  const settings: LtvSettings = {
    timeUnit: options.timeUnit,
    horizonMonths: Math.max(0, Math.floor(options.horizonMonths ?? 12)),
    monthlyDiscount: options.monthlyDiscount ?? 0.01,
    margin: options.margin ?? 1,
    calibrationEndDay: summary.calibrationEndDay,
    horizon: 0,
  };
  settings.horizon = settings.horizonMonths * unitsPerMonth(settings.timeUnit);
  const warnings: LtvWarning[] = [];
  const bgnbd = usableBgnbdFit(summary, warnings);

  let gammaGamma: GammaGammaFit | null = null;
  let correlation: number | null = null;
  if (bgnbd) {
    const fit = fitGammaGamma(summary.frequency, summary.monetary);
    correlation = spendFrequencyCorrelation(summary.frequency, summary.monetary);
    if (fit.customersUsed < MIN_REPEAT_CUSTOMERS) {
      warnings.push({
        code: "ltv:warnings.tooFewRepeatCustomers",
        params: { model: "Gamma-Gamma", count: fit.customersUsed, minimum: MIN_REPEAT_CUSTOMERS },
      });
    } else {
      fitWarnings("Gamma-Gamma", fit, warnings);
      if (fit.converged && !(fit.params.q > 1)) {
        // A finite mean spend needs q > 1 (Fader & Hardie 2013, eq. 4).
        const q = Number(fit.params.q.toPrecision(3));
        warnings.push({ code: "ltv:warnings.spendModelUnusable", params: { q } });
      } else if (fit.converged) {
        gammaGamma = fit;
      }
      if (Math.abs(correlation) > CORRELATION_WARNING) {
        const rounded = Math.round(correlation * 100) / 100;
        warnings.push({
          code: "ltv:warnings.spendFrequencyCorrelated",
          params: { correlation: rounded },
        });
      }
    }
  }

  const predictions = bgnbd ? predictCustomers(bgnbd.params, settings.horizon, summary) : null;
  const spendModel = gammaGamma && spendModelOf(gammaGamma);
  const clv =
    bgnbd && spendModel
      ? customerLifetimeValues(bgnbd.params, spendModel, summary, settings)
      : null;
  const expectedSpend =
    spendModel &&
    Float64Array.from(summary.frequency, (f, i) =>
      expectedAverageSpend(spendModel, f, summary.monetary[i])
    );
  const newCustomerCurve = bgnbd
    ? Array.from({ length: settings.horizonMonths }, (_, k) => ({
        month: k + 1,
        expectedPurchases:
          finiteOrNull(
            expectedPurchasesNewCustomer(bgnbd.params, (k + 1) * unitsPerMonth(settings.timeUnit))
          ) ?? 0,
      }))
    : [];

  return {
    settings,
    bgnbd,
    gammaGamma,
    spendFrequencyCorrelation: correlation,
    pAlive: predictions?.pAlive ?? null,
    expectedPurchases: predictions?.expectedPurchases ?? null,
    expectedSpend,
    clv,
    newCustomerCurve,
    holdout: holdoutOfFit(bgnbd, summary),
    warnings,
  };
}

/** The models of a fit: a row per customer, every value not finite null (and counted). */
export function ltvModelsOf(summary: CustomerSummary, fit: LtvFit): LtvModels {
  const warnings = [...fit.warnings];
  let nonFinite = 0;
  const checked = (column: Float64Array | null, i: number): number | null => {
    if (column === null) return null;
    const value = finiteOrNull(column[i]);
    if (value === null) nonFinite++;
    return value;
  };
  const customers: LtvCustomer[] = summary.customerIds.map((id, i) => ({
    id,
    frequency: summary.frequency[i],
    recency: summary.recency[i],
    T: summary.T[i],
    monetary: summary.monetary[i],
    pAlive: checked(fit.pAlive, i),
    expectedPurchases: checked(fit.expectedPurchases, i),
    expectedSpend: checked(fit.expectedSpend, i),
    clv: checked(fit.clv, i),
  }));
  if (nonFinite > 0)
    warnings.push({ code: "ltv:warnings.nonFiniteValues", params: { count: nonFinite } });
  return {
    settings: fit.settings,
    bgnbd: fit.bgnbd,
    gammaGamma: fit.gammaGamma,
    spendFrequencyCorrelation: fit.spendFrequencyCorrelation,
    customers,
    newCustomerCurve: fit.newCustomerCurve,
    holdout: fit.holdout,
    warnings,
  };
}

/**
 * Historical and predictive LTV from cleaned transactions.
 *
 * @example
 * analyzeLtv(cdnowTransactions, { calibrationEnd: Date.UTC(1997, 8, 30), timeUnit: "week" })
 * // bgnbd.params ~ { r: 0.2426, alpha: 4.414, a: 0.793, b: 2.426 }, customer "1": clv ~ 36.28
 */
export function analyzeLtv(
  transactions: TransactionsInput,
  options: LtvOptions,
  lines: TransactionLines = linesOf(transactions)
): LtvResult {
  const summary = summarizeCustomers(transactions, options, lines);
  return completedLtv(options, lines, summary, fitLtvSummary(summary, options));
}

/**
 * analyzeLtv from its summary and fit (made here, or on another thread: ltvJob.ts): the
 * historical LTV (by segment) added.
 */
export function completedLtv(
  options: LtvOptions,
  lines: TransactionLines,
  summary: CustomerSummary,
  fit: LtvFit
): LtvResult {
  const asOfDay =
    options.calibrationEnd !== undefined
      ? dayNumber(options.calibrationEnd)
      : summary.calibrationEndDay;
  const monthlyDiscount = options.monthlyDiscount ?? 0.01;
  const observed =
    options.retentionRate === undefined ? observedYearlyRetention(lines, asOfDay) : undefined;
  const retentionRate = options.retentionRate ?? observed;
  const historical = historicalLtv(
    lines,
    {
      asOfDay,
      margin: options.margin ?? 1,
      expectedLifetimeYears: options.expectedLifetimeYears,
      retentionRate,
      yearlyDiscountRate: Math.pow(1 + monthlyDiscount, 12) - 1,
      segmentOf: options.segmentOf,
    },
    lines
  );
  const models = ltvModelsOf(summary, fit);
  if (historical.overall.simple === null)
    models.warnings.push({ code: "ltv:warnings.lifetimeUnknown" });
  return { ...models, summary, historical };
}
