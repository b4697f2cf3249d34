/**
 * The reasons a row is excluded from the analyses or flagged on the Data quality sheet. Each is
 * a key of the "quality" i18n namespace with a `label` and a one-line `explanation`
 * (t(`quality:${reason}.label`)).
 */
export const exclusionReasons = [
  // Rows the input layer could not read (ParsedSheet.rejected), mapped from its codes.
  "missingCustomerId",
  "unreadableDate",
  "unreadableAmount",
  "errorCell",
  "unknownGroup",
  "unreadableRow",
  "malformedCsvRow",
  "implausibleDate",
  // Cleaning rules on typed records.
  "returnOrCancellation",
  "nonPositivePrice",
  "zeroQuantityLine",
  "implausibleAmount",
  "valueTooLong",
  "duplicateRow",
  "afterAnalysisDate",
  "duplicateCustomerId",
  "unknownCustomer",
  "missingCampaign",
] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

/** Rows kept in the analyses but worth a line on the Data quality sheet. */
export const flagReasons = ["returnNetted", "zeroAmount", "possibleDuplicate"] as const;
export type FlagReason = (typeof flagReasons)[number];

/**
 * The exclusion reason of each rejection code of the input layer (ParseSheet.rejected[].reason,
 * namespace "problems" under "reject."). A code missing here is counted as "unreadableRow" with
 * the code kept as detail.
 */
export const reasonOfRejection: Readonly<Record<string, ExclusionReason>> = {
  missingCustomerId: "missingCustomerId",
  missingDate: "unreadableDate",
  badDate: "unreadableDate",
  missingAmount: "unreadableAmount",
  badAmount: "unreadableAmount",
  badQuantity: "unreadableAmount",
  badUnitPrice: "unreadableAmount",
  errorCell: "errorCell",
  badGroup: "unknownGroup",
  missingCampaign: "missingCampaign",
  malformedCsvRow: "malformedCsvRow",
  implausibleDate: "implausibleDate",
};

export function isExclusionReason(code: string): code is ExclusionReason {
  return (exclusionReasons as readonly string[]).includes(code);
}
