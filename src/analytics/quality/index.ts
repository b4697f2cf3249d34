/** Cleaning rules and the data-quality report: what was excluded or flagged, why, which rows. */
export * from "./dataQualityReport";
export * from "./reasons";
export * from "./cleaningPolicy";
export type { ParsedRows, RejectedRow } from "./parsedRows";
export type { CleanedSheet } from "./cleanedSheet";
export { cleanTransactions } from "./cleanTransactions";
export { cleanCustomers } from "./cleanCustomers";
export { cleanContacts, type ContactReferences } from "./cleanContacts";
export { cleanParsedSheets, type ParsedWorkbook, type CleanedWorkbook } from "./cleanParsedSheets";
export { buildDataQualityReport } from "./buildDataQualityReport";
export { isReturnLine } from "./rules/isReturnLine";
export { hasNonPositivePrice } from "./rules/hasNonPositivePrice";
export { isZeroAmountLine, isZeroQuantityLine } from "./rules/isZeroAmountLine";
export { isAfterAnalysisDate } from "./rules/isAfterAnalysisDate";
export {
  isImplausibleDate,
  latestPlausibleDate,
  EARLIEST_PLAUSIBLE_DATE,
  SENTINEL_LAST_DAY,
} from "./rules/isImplausibleDate";
export {
  MAX_PLAUSIBLE_AMOUNT,
  isImplausibleNumber,
  hasImplausibleAmount,
  hasImplausibleContactAmount,
} from "./rules/hasImplausibleAmount";
export {
  MAX_VALUE_LENGTH,
  transactionHasOverlongValue,
  contactHasOverlongValue,
  customerHasOverlongValue,
} from "./rules/hasOverlongValue";
export {
  findDuplicates,
  transactionKey,
  contactKey,
  recordKey,
  isIdentifiableLine,
} from "./rules/findDuplicates";
export { hasMissingCampaign } from "./rules/hasMissingCampaign";
