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

/** Rejected rows kept apart from their RejectedRow objects (the input layer's RejectedRowLog). */
export interface RejectedRowsLog {
  each(visit: (row: number, reason: string, column: string | undefined) => void): void;
}

/**
 * Tallies the rows the input layer rejected under the cleaning reason of their code
 * (`reasonOfRejection`: "badDate" -> "unreadableDate"...); an unknown code becomes
 * "unreadableRow" with the code kept as `detail`, so no rejected row goes uncounted. Read from
 * the parser's log when there is one, not from its RejectedRow array, made only if asked.
 */
export function tallyRejected(
  sheet: string,
  parsed: { readonly rejected: readonly RejectedRow[]; readonly rejectedLog?: RejectedRowsLog },
  tally: RowTally
): void {
  const add = (row: number, code: string) => {
    const reason: ExclusionReason = reasonOfRejection[code] ?? "unreadableRow";
    tally.add(sheet, reason, row, reason === "unreadableRow" ? code : undefined);
  };
  if (parsed.rejectedLog) parsed.rejectedLog.each((row, code) => add(row, code));
  else for (const r of parsed.rejected) add(r.row, r.reason);
}
