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
export { isZeroAmountLine } from "./rules/isZeroAmountLine";
export { isAfterAnalysisDate } from "./rules/isAfterAnalysisDate";
export { findDuplicates, transactionKey, contactKey } from "./rules/findDuplicates";
export { hasMissingCampaign } from "./rules/hasMissingCampaign";
