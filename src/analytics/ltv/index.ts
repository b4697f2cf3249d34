/** Lifetime value: historical LTV, BG/NBD + Gamma-Gamma, discounted CLV, holdout check. */
export { analyzeLtv, analyzeLtvSummary } from "./analyzeLtv";
export { summaryHoldoutCheck } from "./bgnbdOfSummary";
export type { LtvOptions, LtvResult, LtvModels, LtvCustomer, LtvSettings } from "./analyzeLtv";
export { ltvJson, type LtvJson } from "./ltvJson";
export {
  summarizeCustomers,
  type CustomerSummary,
  type SummaryOptions,
  type HoldoutCounts,
} from "./customerSummary";
export { historicalLtv } from "./historicalLtv";
export type {
  HistoricalLtv,
  HistoricalLtvOptions,
  CustomerHistory,
  GroupHistory,
  SimpleLtvFormula,
  RetentionLtvFormula,
} from "./historicalLtv";
export { observedYearlyRetention } from "./retention";
export { fitBgnbd, type BgnbdFit, type ModelFitDiagnostics } from "./bgnbd/fit";
export type { BgnbdParams, BgnbdColumns } from "./bgnbd/params";
export { bgnbdLogLikelihood, bgnbdCustomerLogLikelihood } from "./bgnbd/logLikelihood";
export {
  probabilityAlive,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  probabilityOfPurchases,
  predictCustomers,
} from "./bgnbd/predict";
export {
  fitGammaGamma,
  expectedAverageSpend,
  spendFrequencyCorrelation,
  gammaGammaLogLikelihood,
  spendModelOf,
  type SpendModel,
  type GammaGammaParams,
  type GammaGammaFit,
} from "./gammaGamma";
export { fitHomogeneousSpend, type HomogeneousSpend } from "./homogeneousSpend";
export { customerLifetimeValues, type ClvOptions } from "./clv";
export { holdoutCheck, type HoldoutCheck, type HoldoutGroup } from "./holdout";
export {
  unitsPerMonth,
  daysPerUnit,
  WEEKS_PER_MONTH,
  DAYS_PER_MONTH,
  type TimeUnit,
} from "./timeUnit";
export type { LtvWarning, LtvWarningCode } from "./warnings";
