import type { Transaction } from "../domain";
import type { CleaningPolicy } from "./cleaningPolicy";
import { tallyRejected, type CleanedSheet } from "./cleanedSheet";
import type { ParsedRows } from "./parsedRows";
import type { ExclusionReason } from "./reasons";
import { RowTally } from "./rowTally";
import { findDuplicates, transactionKey } from "./rules/findDuplicates";
import { hasNonPositivePrice } from "./rules/hasNonPositivePrice";
import { isAfterAnalysisDate } from "./rules/isAfterAnalysisDate";
import { isReturnLine } from "./rules/isReturnLine";
import { isZeroAmountLine } from "./rules/isZeroAmountLine";

/**
 * Applies the cleaning rules to a transactions sheet. A row is excluded for the first rule it
 * breaks, in this order, so each row is counted once:
 * rejected by the input layer (its reason) > dated after the analysis date > exact duplicate of
 * an earlier line (the first is kept) > return or cancellation (only with `returns: "exclude"`)
 * > zero or negative unit price > zero quantity / amount.
 * With `returns: "net"`, returns stay in the records and are flagged "returnNetted".
 */
export function cleanTransactions(
  parsed: ParsedRows<Transaction>,
  policy: CleaningPolicy
): CleanedSheet<Transaction> {
  const excluded = new RowTally();
  const flagged = new RowTally();
  tallyRejected(parsed.sheet, parsed.rejected, excluded);

  const duplicate = findDuplicates(parsed.records, transactionKey);
  const records: Transaction[] = [];
  parsed.records.forEach((t, i) => {
    const isReturn = isReturnLine(t);
    const reason = exclusionReason(t, duplicate[i], isReturn, policy);
    if (reason) {
      excluded.add(parsed.sheet, reason, t.source.row);
      return;
    }
    if (isReturn) flagged.add(parsed.sheet, "returnNetted", t.source.row);
    records.push(t);
  });

  return {
    sheet: parsed.sheet,
    kind: "transactions",
    records,
    rowsRead: parsed.rowsRead,
    excluded: excluded.summaries(),
    flagged: flagged.summaries(),
    warnings: [],
  };
}

function exclusionReason(
  t: Transaction,
  isDuplicate: boolean,
  isReturn: boolean,
  policy: CleaningPolicy
): ExclusionReason | null {
  if (isAfterAnalysisDate(t.date, policy.analysisDate)) return "afterAnalysisDate";
  if (isDuplicate) return "duplicateRow";
  if (isReturn && policy.returns === "exclude") return "returnOrCancellation";
  if (hasNonPositivePrice(t)) return "nonPositivePrice";
  if (isZeroAmountLine(t)) return "zeroAmountLine";
  return null;
}
