/**
 * The part of the LTV analysis that needs no RFM segment: the customer summary, the model fits
 * and the validation check (a second fit on the history's first part). It reads the lines'
 * columns alone and gives typed arrays and plain objects, so another thread can run it while
 * this one scores RFM segments: runAnalyses starts it early through an LtvFitting and takes its
 * result when the LTV stage comes. In this thread (fitHere) it runs when taken, as before.
 */
import type { TransactionLines } from "../transactionLines";
import { fitLtvSummary, type LtvFit, type LtvOptions } from "./analyzeLtv";
import { summaryHoldoutCheck } from "./bgnbdOfSummary";
import { summarizeCustomers, type CustomerSummary, type SummaryOptions } from "./customerSummary";

export interface LtvJob {
  /** analyzeLtv's options, but the segments (which come later). */
  options: Omit<LtvOptions, "segmentOf">;
  /** The validation check's summary, when the check may be wanted (null: not). */
  validation: SummaryOptions | null;
}

export type ValidationCheck = ReturnType<typeof summaryHoldoutCheck>;

export interface LtvJobResult {
  summary: CustomerSummary;
  fit: LtvFit;
}

/** A job started: its parts, each waited for (or made) when first asked for. */
export interface StartedLtvJob {
  models(): LtvJobResult;
  validation(): ValidationCheck;
}

/** Where LTV jobs run. */
export interface LtvFitting {
  start(lines: TransactionLines, job: LtvJob): StartedLtvJob;
}

/** The summary and fit of a job. */
export function ltvJobModels(lines: TransactionLines, job: LtvJob): LtvJobResult {
  const summary = summarizeCustomers(lines, job.options, lines);
  return { summary, fit: fitLtvSummary(summary, job.options) };
}

/** The validation check of a job (null without one, or when the fit fails). */
export function ltvJobValidation(lines: TransactionLines, job: LtvJob): ValidationCheck {
  return job.validation && summaryHoldoutCheck(summarizeCustomers(lines, job.validation, lines));
}

/** This thread, each part made when first asked for. */
export const fitHere: LtvFitting = {
  start(lines, job) {
    let models: LtvJobResult | undefined;
    let validation: ValidationCheck | undefined;
    return {
      models: () => (models ??= ltvJobModels(lines, job)),
      validation: () =>
        validation === undefined ? (validation = ltvJobValidation(lines, job)) : validation,
    };
  },
};
