import type { DataQualityReport, ExclusionSummary } from "../quality";

/** One line of the JSON summary's exclusions (DESIGN.md's CLI contract, with the sheet added). */
export interface RuleTallyJson {
  sheet: string;
  reason: string;
  count: number;
  rows: number[];
}

/** The `dataQuality` object of the CLI's JSON summary. */
export interface DataQualityJson {
  rowsRead: number;
  rowsUsed: number;
  excluded: RuleTallyJson[];
  /** Rows used but flagged (returns netted): not in DESIGN.md's stable keys, added. */
  flagged: RuleTallyJson[];
}

const tally = (e: ExclusionSummary): RuleTallyJson => ({
  sheet: e.sheet,
  reason: e.reason,
  count: e.count,
  rows: [...e.rows],
});

/**
 * The data-quality report as DESIGN.md's JSON contract has it:
 * `{ rowsRead, rowsUsed, excluded: [{ reason, count, rows }] }`, each exclusion also naming its
 * sheet, plus the flagged rows. Reasons stay codes (keys of the "quality" namespace), so the JSON
 * is the same in every language.
 */
export function dataQualityJson(report: DataQualityReport): DataQualityJson {
  return {
    rowsRead: report.rowsRead,
    rowsUsed: report.rowsUsed,
    excluded: report.excluded.map(tally),
    flagged: (report.flagged ?? []).map(tally),
  };
}
