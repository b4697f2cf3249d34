/**
 * Maximum-likelihood fit of the BG/NBD model (Fader, Hardie & Lee 2005): BFGS on the
 * log-parameters with the analytic gradient of bgnbd/logLikelihood.ts.
 */
import { minimizeBfgs } from "../bfgs";
import { bgnbdObjective, bgnbdParamsFromLog, prepareBgnbdData } from "./logLikelihood";
import type { BgnbdColumns, BgnbdParams } from "./params";

export interface ModelFitDiagnostics {
  /** Total log-likelihood at the fitted parameters. */
  logLikelihood: number;
  iterations: number;
  /** Largest absolute gradient component of minus the mean log-likelihood in log-parameters. */
  gradientNorm: number;
  converged: boolean;
  /** Parameters that ran to 0 or infinity (|log of the scaled parameter| > BOUNDARY_LOG). */
  atBoundary: string[];
}

export interface BgnbdFit extends ModelFitDiagnostics {
  params: BgnbdParams;
}

/** A log-parameter beyond +-13 (a factor of ~440,000 from the start) is taken as running off. */
export const BOUNDARY_LOG = 13;

export interface FitOptions {
  gradientTolerance?: number;
  maxIterations?: number;
}

/**
 * Fits r, alpha, a, b by maximum likelihood. Starts at r = a = b = 1 and alpha = max(T) / 10
 * (lifetimes' start after its rescaling of time), so the start does not depend on the time unit.
 *
 * @example
 * fitBgnbd(cdnowSummary).params // { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 }
 */
export function fitBgnbd(data: BgnbdColumns, options: FitOptions = {}): BgnbdFit {
  let maxT = 0;
  for (let i = 0; i < data.T.length; i++) maxT = Math.max(maxT, data.T[i]);
  const alphaScale = maxT > 0 ? maxT / 10 : 1;
  const prepared = prepareBgnbdData(data);
  const objective = bgnbdObjective(prepared, alphaScale);
  const result = minimizeBfgs(objective, [0, 0, 0, 0], {
    gradientTolerance: options.gradientTolerance ?? 1e-7,
    maxIterations: options.maxIterations ?? 200,
  });
  const params = bgnbdParamsFromLog(result.x, alphaScale);
  const names: (keyof BgnbdParams)[] = ["r", "alpha", "a", "b"];
  return {
    params,
    // The objective is minus the mean log-likelihood (checked against bgnbdLogLikelihood in tests).
    logLikelihood: prepared.n > 0 ? -result.value * prepared.n : 0,
    iterations: result.iterations,
    gradientNorm: result.gradientNorm,
    converged: result.converged,
    atBoundary: names.filter((_, i) => !(Math.abs(result.x[i]) <= BOUNDARY_LOG)),
  };
}
