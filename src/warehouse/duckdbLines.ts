/**
 * The clean lines in DuckDB as staged statements rather than linesQuery's one query, for files
 * of tens of millions of lines (issue 17): the same rules (queries.ts's fragments), but
 *  - the file is typed once into a table, whose rowid is the line order: a CREATE TABLE AS keeps
 *    the insertion order (https://duckdb.org/docs/stable/sql/dialect/order_preservation), where
 *    ROW_NUMBER() OVER () numbers the lines in one thread;
 *  - the prefix rule's count is one scan of a column typed with the lines (cancel_like);
 *  - copies are looked for among the lines whose copy hash another line shares (a count by hash),
 *    and only those are grouped in full, in the same pass that merges the other lines (at
 *    50,000,000 lines 12.3 s, against 18.6 s for a pass of the copies, then one of the others);
 *  - the clean lines are stored one row per customer, day, invoice id and return flag (and one
 *    per group of copy candidates), their amounts summed and the first line number kept: every
 *    query over the lines (customers, monthly, contacts) reads the day, the invoice id, the
 *    return flag, sums of amounts, and among purchase lines (never negative) whether one is
 *    positive, all alike on such rows and on the lines themselves, over about five times fewer
 *    rows.
 */
import { duckdb, quotedName, type Dialect } from "./dialects";
import {
  cancellationMatch,
  copyHash,
  copyKey,
  keptLinesQuery,
  prefixInUse,
  sourceColumns,
  type QuerySettings,
  type TransactionField,
} from "./queries";

/** Optional source columns, their SQL type, and the field that maps them. */
const OPTIONAL: readonly [string, string, TransactionField][] = [
  ["quantity", "DOUBLE", "quantity"],
  ["unit_price", "DOUBLE", "unitPrice"],
  ["invoice_id", "VARCHAR", "invoice"],
  ["product", "VARCHAR", "product"],
  ["category", "VARCHAR", "category"],
];

/** A date text with a day/month/year form: the day and the month, either first. */
export const DAY_MONTH_FORM = "^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-][0-9]{4}";

/**
 * A date text's evidence of its day/month order, as dateOrder.ts reads it: 1 when its first
 * number is over 12 (a day: dmy), 2 when its second one is (mdy), 3 both, NULL without a
 * day/month/year form. Stored with the typed lines, so the order is settled without a pass of
 * its own over the file (the regular expression runs only on texts with a separator 2nd or 3rd).
 */
function dateEvidence(d: Dialect, s: QuerySettings): string {
  const name = s.transactionColumns.date;
  if (name === undefined) return "CAST(NULL AS UTINYINT)";
  const c = `CAST(${quotedName(d, name)} AS VARCHAR)`;
  const part = (i: number) =>
    `TRY_CAST(regexp_extract(${c}, '${DAY_MONTH_FORM}', ${i}) AS INTEGER)`;
  const separator = (at: number) => `substr(${c}, ${at}, 1) IN ('/', '.', '-')`;
  // a text DuckDB reads as a timestamp (year first; the typed date's own cast, shared) never
  // has the day/month form (test/warehouse/dateEvidence.test.ts): skipping those first spares
  // the separator tests on ISO dates, 4 s of typing 50,000,000 lines (17.4 s against 21.6 s)
  const notTimestamp = `TRY_CAST(${quotedName(d, name)} AS TIMESTAMP) IS NULL`;
  return `CAST(CASE WHEN ${notTimestamp} AND (${separator(2)} OR ${separator(3)}) THEN
    (CASE WHEN ${part(1)} > 12 THEN 1 ELSE 0 END) + (CASE WHEN ${part(2)} > 12 THEN 2 ELSE 0 END) END AS UTINYINT)`;
}

export interface StagedLines {
  /**
   * Statements run in order before `inUse`: the typed table (dates read in settings.dateOrder)
   * and its numbered view `src`.
   */
  source: string[];
  /** One row: how many date texts show a dmy order (dmy) and how many an mdy one (mdy). */
  dateOrderEvidence: string;
  /** Drops the typed table, to type the file again in the order its dates show. */
  dropSource: string[];
  /** One row, one boolean column in_use: the prefix rule over every line. */
  inUse: string;
  /** Statements run in order once in_use is known, leaving the view `lines` (and `copies`). */
  lines(inUse: boolean): string[];
  /** Dropped once `lines` exists (the typed file's memory given back). */
  cleanup: string[];
}

/**
 * The copy key's columns past the group's own (customer, day, invoice id, return flag), set for
 * copy candidates only: a candidate groups with its exact copies, another line with its day's.
 */
function candidateKey(s: QuerySettings): string {
  const own = ["customer_id", "invoice_id"];
  return copyKey(s)
    .split(", ")
    .filter((c) => !own.includes(c))
    .map((c) => `CASE WHEN candidate THEN ${c} END`)
    .join(", ");
}

export function stagedLines(s: QuerySettings, d: Dialect = duckdb): StagedLines {
  if (!d.rowHash) throw new Error(`${d.id}: staged lines need a row hash`);
  const mapped = OPTIONAL.filter(([, , field]) => s.transactionColumns[field] !== undefined);
  const stored = ["customer_id", "ts", "amount0", ...mapped.map(([name]) => name)];
  const hasInvoice = s.transactionColumns.invoice !== undefined;
  const table = quotedName(d, s.transactions, true);
  // unmapped columns are typed NULLs in the view, never stored
  const viewColumns = [
    "rowid AS line_no",
    "customer_id",
    "ts",
    "amount0",
    ...OPTIONAL.map(([name, type]) =>
      mapped.some(([m]) => m === name) ? name : `CAST(NULL AS ${type}) AS ${name}`
    ),
    hasInvoice ? "cancel_like" : "CAST(NULL AS BOOLEAN) AS cancel_like",
  ];
  const cancelLike = hasInvoice ? `, ${cancellationMatch(d, "invoice_id")} AS cancel_like` : "";
  const hash = copyHash(d.rowHash, s);
  return {
    source: [
      `CREATE TEMP TABLE source_lines AS SELECT ${stored.join(", ")}${cancelLike}, date_evidence
FROM (SELECT ${sourceColumns(d, s)}, ${dateEvidence(d, s)} AS date_evidence FROM ${table}) typed_source`,
      `CREATE TEMP VIEW src AS SELECT ${viewColumns.join(", ")} FROM source_lines`,
    ],
    dateOrderEvidence: `SELECT COUNT(*) FILTER (WHERE date_evidence & 1 = 1) AS dmy,
  COUNT(*) FILTER (WHERE date_evidence & 2 = 2) AS mdy FROM source_lines`,
    dropSource: ["DROP VIEW src", "DROP TABLE source_lines"],
    inUse: `SELECT ${prefixInUse(d, "cancel_like")} FROM src`,
    lines: (inUse) => [
      `CREATE TEMP VIEW kept_lines AS ${keptLinesQuery(d, inUse, "cancel_like", s.lastPlausibleDay)}`,
      `CREATE TEMP TABLE shared_hashes AS SELECT copy_hash FROM (
  SELECT ${hash} AS copy_hash FROM kept_lines WHERE identifiable
) hashed GROUP BY copy_hash HAVING COUNT(*) > 1`,
      // one pass: a line whose hash another shares (a copy candidate) is grouped with its
      // exact copies, its amount once; the others by customer, day, invoice id and return flag,
      // their amounts summed. copy_lines: every line of a candidate's group, for the Data
      // quality sheet (duckdbLineQuality.ts)
      `CREATE TEMP TABLE line_groups AS
SELECT MIN(line_no) AS line_no, customer_id, day,
  CASE WHEN candidate THEN ANY_VALUE(amount) ELSE SUM(amount) END AS amount, is_return, invoice_id,
  candidate, LIST(line_no) FILTER (WHERE candidate) AS copy_lines
FROM (
  SELECT *, identifiable AND ${hash} IN (SELECT copy_hash FROM shared_hashes) AS candidate
  FROM kept_lines
) marked
GROUP BY customer_id, day, invoice_id, is_return, candidate, ${candidateKey(s)}`,
      `CREATE TEMP VIEW copies AS SELECT line_no, copy_lines FROM line_groups WHERE candidate`,
      `CREATE TEMP VIEW lines AS
SELECT line_no, customer_id, day, amount, is_return, invoice_id FROM line_groups`,
    ],
    cleanup: [
      "DROP VIEW kept_lines",
      "DROP VIEW copies",
      "DROP TABLE shared_hashes",
      "DROP VIEW src",
      "DROP TABLE source_lines",
    ],
  };
}
