import type { SheetRow } from "../domain";
import { ROWS_LISTED_PER_RULE, type ExclusionSummary } from "./dataQualityReport";

/**
 * Counts rows by (sheet, reason) and keeps the first ROWS_LISTED_PER_RULE Excel row numbers of
 * each, ascending, whatever order the rows arrive in (parse rejections and rule exclusions
 * interleave).
 */
export class RowTally {
  private readonly entries = new Map<string, ExclusionSummary>();

  /** The entry of the last add, with what it was found by: rows come in runs of one reason. */
  private last: { sheet: string; reason: string; detail?: string; entry: ExclusionSummary } | null =
    null;

  add(sheet: string, reason: string, row: SheetRow, detail?: string): void {
    const last = this.last;
    let entry: ExclusionSummary | undefined;
    if (last && last.sheet === sheet && last.reason === reason && last.detail === detail) {
      entry = last.entry;
    } else {
      const key = `${sheet}\u0000${reason}\u0000${detail ?? ""}`;
      entry = this.entries.get(key);
      if (!entry) {
        entry = { sheet, reason, count: 0, rows: [], ...(detail ? { detail } : {}) };
        this.entries.set(key, entry);
      }
      this.last = { sheet, reason, detail, entry };
    }
    entry.count += 1;
    insertKeepingSmallest(entry.rows, row, ROWS_LISTED_PER_RULE);
  }

  /** The tallies in order of first appearance. */
  summaries(): ExclusionSummary[] {
    return [...this.entries.values()].map((e) => ({ ...e, rows: [...e.rows] }));
  }

  total(): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.count;
    return n;
  }
}

/** Inserts `row` into the ascending list, keeping at most `limit` smallest values. */
function insertKeepingSmallest(rows: SheetRow[], row: SheetRow, limit: number): void {
  if (rows.length === limit && row >= rows[limit - 1]) return;
  let i = rows.length;
  while (i > 0 && rows[i - 1] > row) i--;
  rows.splice(i, 0, row);
  if (rows.length > limit) rows.pop();
}
