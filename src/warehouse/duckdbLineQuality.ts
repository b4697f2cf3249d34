/**
 * The line account (lineAccount.ts) on DuckDB's staged lines, for the Data quality sheet and the
 * run's "Rows read, used, excluded" line, so no line leaves the analyses without a word: one pass
 * over the typed lines (source_lines, before duckdbLines' cleanup) joined to the copies' line
 * numbers (duckdbLines grouped the excluded ones; the possible ones are grouped here alike).
 * Rows are the file's records numbered as a sheet's (the header is row 1): DuckDB's CSV reader
 * skips empty lines, so after one the number is one less than the physical line's. Also the
 * account's rows as tallies and as the Data quality report's figures, for every engine.
 */
import {
  ROWS_LISTED_PER_RULE,
  type DataQualityReport,
  type ExclusionSummary,
} from "../analytics/quality/dataQualityReport";
import {
  exclusionReasons,
  flagReasons,
  type ExclusionReason,
  type FlagReason,
} from "../analytics/quality/reasons";
import { duckdb, type Dialect } from "./dialects";
import { lineClassification } from "./lineAccount";
import { copyHash, copyKey, type QuerySettings } from "./queries";
import type { LineColumn, SummaryRow } from "./summaryContract";
import { SummaryReadError } from "./summaryRows";

/**
 * Reasons the input layer gives (listed first, as tallyRejected adds them before the rules);
 * the SQL's implausible dates are the cleaning rule's, listed with the rules.
 */
const READ_REASONS: readonly string[] = [
  "missingCustomerId",
  "unreadableDate",
  "unreadableAmount",
] satisfies ExclusionReason[];

/** One reason's tally: how many lines, and the first ones (0-based record numbers). */
export interface LineTally {
  reason: ExclusionReason | FlagReason;
  count: number;
  firstLines: number[];
}

export interface LineQuality {
  /** Records of the transactions file. */
  linesRead: number;
  excluded: LineTally[];
  flagged: LineTally[];
}

export interface LineQualitySql {
  /** Run after duckdbLines' `lines` statements, before its cleanup. */
  statements: string[];
  /** Rows: reason, flag, lines, first_lines. */
  query: string;
  cleanup: string[];
}

export function lineQualitySql(
  s: QuerySettings,
  inUse: boolean,
  d: Dialect = duckdb
): LineQualitySql {
  if (!d.rowHash) throw new Error(`${d.id}: the line account needs a row hash`);
  const hash = copyHash(d.rowHash, s);
  return {
    statements: [
      // the lines without an invoice id or a time that equal an earlier one: kept, flagged
      `CREATE TEMP TABLE loose_hashes AS SELECT copy_hash FROM (
  SELECT ${hash} AS copy_hash FROM kept_lines WHERE NOT identifiable
) hashed GROUP BY copy_hash HAVING COUNT(*) > 1`,
      `CREATE TEMP TABLE copy_marks AS
SELECT line_no, TRUE AS excluded FROM (
  SELECT UNNEST(copy_lines) AS line_no, line_no AS first_line FROM copies
) grouped WHERE line_no <> first_line
UNION ALL
SELECT line_no, FALSE AS excluded FROM (
  SELECT UNNEST(copy_lines) AS line_no, first_line FROM (
    SELECT MIN(line_no) AS first_line, LIST(line_no) AS copy_lines FROM kept_lines
    WHERE NOT identifiable AND ${hash} IN (SELECT copy_hash FROM loose_hashes)
    GROUP BY ${copyKey(s)}, day, is_return
  ) loose
) grouped WHERE line_no <> first_line`,
    ],
    query: `WITH prefix AS (SELECT ${inUse ? "TRUE" : "FALSE"} AS in_use), dated AS (
  SELECT src.*, ${d.dayNumber("ts")} AS day, COALESCE(copy_marks.excluded, FALSE) AS is_copy,
    copy_marks.excluded = FALSE AS is_loose_copy
  FROM src LEFT JOIN copy_marks ON copy_marks.line_no = src.line_no
), classified AS (
  SELECT line_no, ${lineClassification(d, s, "cancel_like")}
  FROM dated CROSS JOIN prefix
)
SELECT reason, CASE WHEN reason IS NULL THEN flag END AS flag, COUNT(*) AS lines,
  MIN(line_no, ${ROWS_LISTED_PER_RULE}) AS first_lines
FROM classified GROUP BY ALL`,
    cleanup: ["DROP TABLE copy_marks", "DROP TABLE loose_hashes"],
  };
}

type QualityRow = Record<string, unknown>;

function tally(reason: string, row: QualityRow): LineTally {
  const firstLines = ((row.first_lines as unknown[] | null) ?? [])
    .map(Number)
    .sort((a, b) => a - b);
  return { reason: reason as LineTally["reason"], count: Number(row.lines), firstLines };
}

/**
 * The query's rows as tallies: the input layer's reasons first, then the rules', each group in
 * order of first appearance (as RowTally orders the in-memory path's).
 */
export function lineQualityOf(rows: readonly QualityRow[]): LineQuality {
  let linesRead = 0;
  const excluded: LineTally[] = [];
  const flagged: LineTally[] = [];
  for (const row of rows) {
    linesRead += Number(row.lines);
    if (typeof row.reason === "string") excluded.push(tally(row.reason, row));
    else if (typeof row.flag === "string") flagged.push(tally(row.flag, row));
  }
  // without line numbers (a server's table), in the order the reasons are listed
  const canonical: readonly string[] = [...exclusionReasons, ...flagReasons];
  const firstOf = (t: LineTally) => t.firstLines[0] ?? Infinity;
  const byFirstLine = (a: LineTally, b: LineTally) =>
    firstOf(a) - firstOf(b) || canonical.indexOf(a.reason) - canonical.indexOf(b.reason);
  const read = excluded.filter((t) => READ_REASONS.includes(t.reason));
  const ruled = excluded.filter((t) => !READ_REASONS.includes(t.reason));
  return {
    linesRead,
    excluded: [...read.sort(byFirstLine), ...ruled.sort(byFirstLine)],
    flagged: flagged.sort(byFirstLine),
  };
}

/** The sheet row a user would see for a record number (the header is row 1). */
export const rowOfLine = (line: number) => line + 2;

/** The tallies as the Data quality report's summaries, on the file's sheet name. */
export function qualitySummaries(sheet: string, tallies: readonly LineTally[]): ExclusionSummary[] {
  return tallies.map((t) => ({
    sheet,
    reason: t.reason,
    count: t.count,
    rows: t.firstLines.map(rowOfLine),
  }));
}

/**
 * The Data quality report's line account of the transactions file (rowsRead = rowsUsed + the
 * excluded, as in memory), on the sheet name the in-memory path gives the file.
 */
export function lineQualityReport(
  sheet: string,
  quality: LineQuality
): Pick<DataQualityReport, "rowsRead" | "rowsUsed" | "excluded" | "flagged" | "sheets"> {
  const excludedLines = quality.excluded.reduce((n, t) => n + t.count, 0);
  const rowsUsed = quality.linesRead - excludedLines;
  const rowsFlagged = quality.flagged.reduce((n, t) => n + t.count, 0);
  return {
    rowsRead: quality.linesRead,
    rowsUsed,
    excluded: qualitySummaries(sheet, quality.excluded),
    flagged: qualitySummaries(sheet, quality.flagged),
    sheets: [
      {
        sheet,
        kind: "transactions",
        rowsRead: quality.linesRead,
        rowsUsed,
        ...(rowsFlagged > 0 ? { rowsFlagged } : {}),
      },
    ],
  };
}

/**
 * A line account read back from a file (`analyze --summary … --lines lines.csv`): its reasons and
 * flags must be the account's own, or the file names the wrong thing (SummaryReadError).
 */
export function lineQualityOfFile(
  file: string,
  rows: readonly SummaryRow<LineColumn>[]
): LineQuality {
  rows.forEach((row, i) => {
    const known: [LineColumn, readonly string[]][] = [
      ["reason", exclusionReasons],
      ["flag", flagReasons],
    ];
    for (const [column, allowed] of known) {
      const value = row[column];
      if (value !== null && !allowed.includes(String(value)))
        throw new SummaryReadError(file, column, i + 2, String(value));
    }
  });
  return lineQualityOf(rows);
}
