import type { Problem, SheetKind } from "../domain";
import type { ExclusionSummary } from "./dataQualityReport";
import { reasonOfRejection, type ExclusionReason } from "./reasons";
import type { RejectedRow } from "./parsedRows";
import type { RowTally } from "./rowTally";

/** One sheet after cleaning: the records used, and what was excluded or flagged and why. */
export interface CleanedSheet<T> {
  sheet: string;
  kind: SheetKind;
  /** The records the analyses use (flagged ones included). */
  records: T[];
  rowsRead: number;
  excluded: ExclusionSummary[];
  flagged: ExclusionSummary[];
  warnings: Problem[];
}

/**
 * Tallies the rows the input layer rejected under the cleaning reason of their code
 * (`reasonOfRejection`: "badDate" -> "unreadableDate"...); an unknown code becomes
 * "unreadableRow" with the code kept as `detail`, so no rejected row goes uncounted.
 */
export function tallyRejected(
  sheet: string,
  rejected: readonly RejectedRow[],
  tally: RowTally
): void {
  for (const r of rejected) {
    const reason: ExclusionReason = reasonOfRejection[r.reason] ?? "unreadableRow";
    tally.add(sheet, reason, r.row, reason === "unreadableRow" ? r.reason : undefined);
  }
}
