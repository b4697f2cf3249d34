import type { Problem, Transaction } from "../domain";
import { TransactionRows, TransactionTable } from "../transactionTable";
import type { CleaningPolicy } from "./cleaningPolicy";
import { tallyRejected, type CleanedSheet, type RejectedRowsLog } from "./cleanedSheet";
import type { ParsedRows } from "./parsedRows";
import type { ExclusionReason, FlagReason } from "./reasons";
import { RowTally } from "./rowTally";
import { isIdentifiableLine } from "./rules/findDuplicates";
import { findEqualTransactions } from "./rules/findEqualTransactions";
import { hasImplausibleAmount } from "./rules/hasImplausibleAmount";
import { hasNonPositivePrice } from "./rules/hasNonPositivePrice";
import { transactionHasOverlongValue } from "./rules/hasOverlongValue";
import { isAfterAnalysisDate } from "./rules/isAfterAnalysisDate";
import { implausibleDateTest } from "./rules/isImplausibleDate";
import { isReturnLine } from "./rules/isReturnLine";
import { isZeroAmountLine, isZeroQuantityLine } from "./rules/isZeroAmountLine";

/**
 * Applies the cleaning rules to a transactions sheet. A row is excluded for the first rule it
 * breaks, in this order, so each row is counted once:
 * rejected by the input layer (its reason) > implausible date (before 1900, the 9999-12-31
 * sentinel, over a year after the reference date) > dated after the analysis date > implausible
 * amount (not finite or past 10^12) > an id or channel over 255 characters > exact duplicate of
 * an earlier line with an invoice id or a time of day (the first is kept) > return or
 * cancellation (only with `returns: "exclude"`) > negative unit price (or zero, with
 * `returns: "exclude"`, the UCI exercise) > zero quantity.
 * Kept and flagged: returns with `returns: "net"` ("returnNetted"), purchases with no spend
 * ("zeroAmount"), and equal lines of a log without invoice id or time ("possibleDuplicate"); a
 * row is flagged once, under the first of returnNetted > possibleDuplicate > zeroAmount.
 */
export function cleanTransactions(
  parsed: ParsedRows<Transaction> & {
    readonly table?: TransactionTable;
    readonly rejectedLog?: RejectedRowsLog;
  },
  policy: CleaningPolicy
): CleanedTransactions {
  const excluded = new RowTally();
  const flagged = new RowTally();
  tallyRejected(parsed.sheet, parsed, excluded);

  // The parser's columns (no Transaction made), or the columns of records given as such.
  const table = parsed.table ?? TransactionTable.ofRecords(parsed.sheet, parsed.records);
  const duplicate = findEqualTransactions(table);
  const isImplausibleDate = implausibleDateTest(policy.referenceDate);
  const kept = new Int32Array(table.length);
  let keptCount = 0;
  for (let i = 0; i < table.length; i++) {
    // The rules read the line's fields and keep nothing of it: one object serves every line.
    const t = table.view(i);
    const isReturn = isReturnLine(t);
    const isCopy = duplicate[i] === 1 && isIdentifiableLine(t);
    const reason = exclusionReason(t, isCopy, isReturn, policy, isImplausibleDate);
    if (reason) {
      excluded.add(parsed.sheet, reason, table.row[i]);
      continue;
    }
    const flag = flagOf(t, duplicate[i] === 1, isReturn);
    if (flag) flagged.add(parsed.sheet, flag, table.row[i]);
    kept[keptCount++] = i;
  }
  const lines = new TransactionRows(table, kept.subarray(0, keptCount));

  const cleaned = {
    sheet: parsed.sheet,
    kind: "transactions" as const,
    get records(): Transaction[] {
      return lines.records();
    },
    rowsRead: parsed.rowsRead,
    excluded: excluded.summaries(),
    flagged: flagged.summaries(),
    warnings: [] as Problem[],
  };
  // Not enumerable: the result reads as a CleanedSheet to a test's deep equality.
  return Object.defineProperty(cleaned, "lines", {
    value: lines,
    enumerable: false,
  }) as CleanedSheet<Transaction> as CleanedTransactions;
}

/**
 * A cleaned transactions sheet: its kept lines as columns (`lines`), their Transactions made at
 * the first read of `records`.
 */
export type CleanedTransactions = CleanedSheet<Transaction> & { readonly lines: TransactionRows };

function exclusionReason(
  t: Transaction,
  isCopy: boolean,
  isReturn: boolean,
  policy: CleaningPolicy,
  isImplausibleDate: (date: number) => boolean
): ExclusionReason | null {
  if (isImplausibleDate(t.date)) return "implausibleDate";
  if (isAfterAnalysisDate(t.date, policy.analysisDate)) return "afterAnalysisDate";
  if (hasImplausibleAmount(t)) return "implausibleAmount";
  if (transactionHasOverlongValue(t)) return "valueTooLong";
  if (isCopy) return "duplicateRow";
  if (isReturn && policy.returns === "exclude") return "returnOrCancellation";
  if (hasNonPositivePrice(t, policy.returns === "net")) return "nonPositivePrice";
  if (isZeroQuantityLine(t)) return "zeroQuantityLine";
  return null;
}

/** The flag of a kept line: its first of these, so a row is counted once in rowsFlagged. */
function flagOf(t: Transaction, isDuplicate: boolean, isReturn: boolean): FlagReason | null {
  if (isReturn) return "returnNetted";
  if (isDuplicate) return "possibleDuplicate";
  if (isZeroAmountLine(t)) return "zeroAmount";
  return null;
}
