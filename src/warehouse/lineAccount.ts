/**
 * What became of each line in the warehouse queries, in the in-memory cleaning's words
 * (cleanTransactions): the reason a line is excluded, the first it breaks in that order, or the
 * flag of a line used. One definition for the engines: DuckDB's staged lines
 * (duckdbLineQuality.ts) and one query on any other server (lineAccountQuery, PostgreSQL).
 *   no customer id > unreadable date > unreadable amount (no amount, nor quantity x unit price)
 *   > implausible date > after the analysis date > implausible amount > id over 255 characters
 *   > exact copy of an earlier line > negative unit price > zero quantity;
 * flagged: returns netted, equal lines without an invoice id or a time (possible copies, kept),
 * purchases with no spend.
 */
import { validatedInteger, type Dialect } from "./dialects";
import {
  FIRST_PLAUSIBLE_DAY,
  MAX_AMOUNT,
  MAX_ID_LENGTH,
  SENTINEL_DAY,
  cancellationMatch,
  copyKey,
  keptLinesCtes,
  lastDayTest,
  returnTest,
  type QuerySettings,
} from "./queries";

/**
 * `reason` and `flag` of a typed line: its columns (customer_id, ts, amount0, unit_price,
 * quantity), its day, is_copy / is_loose_copy (a later copy of an identifiable line / of one
 * without an invoice id or a time), the one-row `prefix`, and `cancelled`, the return form test.
 */
export function lineClassification(d: Dialect, s: QuerySettings, cancelled: string): string {
  const afterAsOf =
    s.asOfDay !== undefined
      ? `WHEN day > ${validatedInteger(s.asOfDay)} THEN 'afterAnalysisDate'`
      : "";
  return `CASE
    WHEN customer_id IS NULL THEN 'missingCustomerId'
    WHEN ts IS NULL THEN 'unreadableDate'
    WHEN amount0 IS NULL THEN 'unreadableAmount'
    WHEN NOT (day >= ${FIRST_PLAUSIBLE_DAY} AND day < ${SENTINEL_DAY}${lastDayTest(s.lastPlausibleDay)}) THEN 'implausibleDate'
    ${afterAsOf}
    WHEN ABS(amount0) > ${MAX_AMOUNT} THEN 'implausibleAmount'
    WHEN LENGTH(customer_id) > ${MAX_ID_LENGTH} THEN 'valueTooLong'
    WHEN is_copy THEN 'duplicateRow'
    WHEN unit_price < 0 THEN 'nonPositivePrice'
    WHEN quantity = 0 THEN 'zeroQuantityLine'
  END AS reason,
  CASE
    WHEN ${returnTest(d, cancelled)} THEN 'returnNetted'
    WHEN is_loose_copy THEN 'possibleDuplicate'
    WHEN amount0 = 0 THEN 'zeroAmount'
  END AS flag`;
}

/**
 * The line account in one query (rows: reason, flag, lines) where the engine does not stage
 * the lines: copies numbered in a window over the kept lines. A server's table has no line
 * order (PostgreSQL's COPY fills free space), so no row numbers are listed.
 */
export function lineAccountQuery(d: Dialect, s: QuerySettings): string {
  return `WITH ${keptLinesCtes(d, s)}, marks AS (
  SELECT line_no, identifiable AS excluded FROM (
    SELECT line_no, identifiable,
      ROW_NUMBER() OVER (PARTITION BY identifiable, ${copyKey(s)}, day, is_return ORDER BY line_no) AS nth
    FROM kept
  ) numbered WHERE nth > 1
), dated AS (
  SELECT src.*, ${d.dayNumber("ts")} AS day, COALESCE(marks.excluded, FALSE) AS is_copy,
    marks.excluded = FALSE AS is_loose_copy
  FROM src LEFT JOIN marks ON marks.line_no = src.line_no
), classified AS (
  SELECT ${lineClassification(d, s, cancellationMatch(d, "invoice_id"))}
  FROM dated CROSS JOIN prefix
)
SELECT reason, flag, COUNT(*) AS lines FROM (
  SELECT reason, CASE WHEN reason IS NULL THEN flag END AS flag FROM classified
) accounted GROUP BY reason, flag`;
}
