/**
 * What the LTV analysis tells the user when the predictive models cannot be trusted or used.
 * Codes are i18n keys of the "ltv" namespace; params fill their placeholders. The historical LTV
 * is delivered whatever these say.
 */
export type LtvWarningCode =
  | "ltv:warnings.noCustomers"
  | "ltv:warnings.tooFewRepeatCustomers"
  | "ltv:warnings.notConverged"
  | "ltv:warnings.parameterAtBoundary"
  | "ltv:warnings.spendModelUnusable"
  | "ltv:warnings.spendHomogeneous"
  | "ltv:warnings.spendFrequencyCorrelated"
  | "ltv:warnings.lifetimeUnknown"
  | "ltv:warnings.nonFiniteValues";

export interface LtvWarning {
  code: LtvWarningCode;
  params?: Record<string, string | number>;
}

/** Fewer repeat customers than this and a model is not fitted (4 BG/NBD or 3 Gamma-Gamma parameters). */
export const MIN_REPEAT_CUSTOMERS = 20;

/** |correlation| between frequency and spend above which the Gamma-Gamma assumption is flagged. */
export const CORRELATION_WARNING = 0.3;
