/**
 * The BG/NBD part of the LTV analysis from a customer summary: the fit when the data can carry
 * it (with the warnings that say why not) and the calibration / holdout check of that fit.
 * Shared by analyzeLtvSummary and the validation fit of runAnalyses, which needs only the check.
 */
import { fitBgnbd, type BgnbdFit } from "./bgnbd/fit";
import type { CustomerSummary } from "./customerSummary";
import type { GammaGammaFit } from "./gammaGamma";
import { holdoutCheck, type HoldoutCheck } from "./holdout";
import { MIN_REPEAT_CUSTOMERS, type LtvWarning } from "./warnings";

/** What a fit tells the user: a spend model at its limit, no convergence, parameters at a bound. */
export function fitWarnings(
  model: string,
  fit: BgnbdFit | GammaGammaFit,
  warnings: LtvWarning[]
): void {
  if ("homogeneous" in fit && fit.homogeneous) {
    // Not a failure: the data's best fit is the limit, said in its own words.
    const { meanSpend, dispersionRatio } = fit.homogeneous;
    warnings.push({
      code: "ltv:warnings.spendHomogeneous",
      params: {
        meanSpend: Math.round(meanSpend * 100) / 100,
        dispersion: Number(dispersionRatio.toPrecision(2)),
      },
    });
    if (fit.converged) return;
  }
  if (!fit.converged) {
    warnings.push({
      code: "ltv:warnings.notConverged",
      params: { model, iterations: fit.iterations },
    });
  }
  for (const parameter of fit.atBoundary) {
    warnings.push({ code: "ltv:warnings.parameterAtBoundary", params: { model, parameter } });
  }
}

/**
 * The BG/NBD fit of the summary; null (and a warning) without customers, with fewer repeat
 * customers than MIN_REPEAT_CUSTOMERS, or when the fit did not converge to finite positive
 * parameters.
 */
export function usableBgnbdFit(summary: CustomerSummary, warnings: LtvWarning[]): BgnbdFit | null {
  const n = summary.customerIds.length;
  let repeatCustomers = 0;
  for (const x of summary.frequency) if (x > 0) repeatCustomers++;
  if (n === 0) {
    warnings.push({ code: "ltv:warnings.noCustomers" });
    return null;
  }
  if (repeatCustomers < MIN_REPEAT_CUSTOMERS) {
    warnings.push({
      code: "ltv:warnings.tooFewRepeatCustomers",
      params: { model: "BG/NBD", count: repeatCustomers, minimum: MIN_REPEAT_CUSTOMERS },
    });
    return null;
  }
  const fit = fitBgnbd(summary);
  fitWarnings("BG/NBD", fit, warnings);
  const usable =
    fit.converged && Object.values(fit.params).every((v) => Number.isFinite(v) && v > 0);
  return usable ? fit : null;
}

/** The holdout check of a fit: null without a fit or without a holdout period in the summary. */
export function holdoutOfFit(
  bgnbd: BgnbdFit | null,
  summary: CustomerSummary
): HoldoutCheck | null {
  return bgnbd && summary.holdout
    ? holdoutCheck(bgnbd.params, {
        ...summary,
        holdoutFrequency: summary.holdout.frequency,
        duration: summary.holdout.duration,
      })
    : null;
}

/**
 * The holdout check analyzeLtvSummary would give for this summary, without the spend model,
 * predictions and per-customer rows it also makes (a validation fit keeps only the check).
 */
export function summaryHoldoutCheck(summary: CustomerSummary): HoldoutCheck | null {
  return holdoutOfFit(usableBgnbdFit(summary, []), summary);
}
