/**
 * The warehouse dialects we generate but cannot run here: BigQuery (GoogleSQL), Snowflake and
 * Spark SQL (Databricks). Each entry says how its engine quotes names, casts, reads dates and
 * aggregates, with the documentation page it follows; queries.ts writes the one definition of
 * the queries through these functions (dialects.ts holds the interface and DuckDB/PostgreSQL).
 * Checked in the tests by golden files parsed with node-sql-parser; the README says how to run
 * them and feed the results to `analyze --summary`.
 */
import type { Dialect } from "./dialects";

/** A whole number for a literal (the series of bins), checked. */
function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  return String(value);
}

const seriesOf = (values: readonly number[]) => values.map((v) => `(${integer(v)})`).join(", ");

const extractYearMonth = (d: string) =>
  `CAST(EXTRACT(YEAR FROM ${d}) AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM ${d}) AS INTEGER)`;

/**
 * The group's texts in order without an ordered aggregate: one MAX(CASE) a known position,
 * joined with `||` (the positions are the few RFM bins). BigQuery's STRING_AGG(... ORDER BY),
 * Snowflake's and Databricks' LISTAGG ... WITHIN GROUP would do, but node-sql-parser's grammars
 * for them do not read those forms, and the tests parse every query.
 */
const orderedConcat = (e: string, sep: string, order: string, values: readonly number[]) =>
  values.map((v) => `MAX(CASE WHEN ${order} = ${integer(v)} THEN ${e} END)`).join(` || ${sep} || `);

/**
 * BigQuery (GoogleSQL). Quoted identifiers: backticks, "can contain any characters, including
 * spaces and symbols"; backslash and backtick escaped as in string literals
 * (https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical#quoted_identifiers).
 * Column names up to 300 characters (https://cloud.google.com/bigquery/docs/schemas#column_names).
 * SAFE_CAST gives NULL for bad text (.../conversion_functions#safe_casting); DATETIME, not
 * TIMESTAMP, so days are the wall-clock days; DATE_DIFF / DATE_ADD / DATE_SUB
 * (.../date_functions); COUNTIF, LOGICAL_OR (.../aggregate_functions); RE2
 * regular expressions with REGEXP_CONTAINS (.../string_functions#regexp_contains).
 */
export const bigquery: Dialect = {
  id: "bigquery",
  maxIdentifierBytes: 300,
  quote: (part) => `\`${part.replace(/\\/g, "\\\\").replace(/`/g, "\\`")}\``,
  text: (e) => `NULLIF(TRIM(CAST(${e} AS STRING)), '')`,
  number: (e) => `SAFE_CAST(${e} AS FLOAT64)`,
  timestamp: (e) => `SAFE_CAST(${e} AS DATETIME)`,
  dayNumber: (e) => `DATE_DIFF(CAST(${e} AS DATE), DATE '1970-01-01', DAY)`,
  dateOfDay: (e) => `DATE_ADD(DATE '1970-01-01', INTERVAL CAST(${e} AS INT64) DAY)`,
  matches: (e, p) => `REGEXP_CONTAINS(${e}, '${p.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}')`,
  doubleType: "FLOAT64",
  intDiv: (a, b) => `DIV(${a}, ${b})`,
  numberText: (e) => `FORMAT('%.17g', ${e})`,
  textType: "STRING",
  timestampType: "DATETIME",
  countIf: (c) => `COUNTIF(${c})`,
  boolOr: (c) => `LOGICAL_OR(${c})`,
  isTrue: (c) => `${c} IS TRUE`,
  stringAgg: orderedConcat,
  monthBefore: (d) => `DATE_SUB(${d}, INTERVAL 1 MONTH)`,
  rowNumber: () => "ROW_NUMBER() OVER ()",
  yearMonth: extractYearMonth,
  series: (values, alias, column) =>
    `(SELECT ${column} FROM UNNEST([${values.map(integer).join(", ")}]) AS ${column}) AS ${alias}`,
};

/**
 * Snowflake. Double-quoted identifiers are case-sensitive and may hold any character, a double
 * quote doubled; up to 255 characters
 * (https://docs.snowflake.com/en/sql-reference/identifiers-syntax). TRY_TO_DOUBLE and
 * TRY_TO_TIMESTAMP_NTZ give NULL for bad text and take text only, hence TO_VARCHAR first
 * (https://docs.snowflake.com/en/sql-reference/functions/try_to_double); DATEDIFF / DATEADD
 * (.../functions/datediff); COUNT_IF, BOOLOR_AGG; REGEXP_INSTR, not
 * REGEXP_LIKE, which anchors at both ends (.../functions/regexp_like). No `IS TRUE`: COALESCE.
 */
export const snowflake: Dialect = {
  id: "snowflake",
  maxIdentifierBytes: 255,
  quote: (part) => `"${part.replace(/"/g, '""')}"`,
  text: (e) => `NULLIF(TRIM(TO_VARCHAR(${e})), '')`,
  number: (e) => `TRY_TO_DOUBLE(TO_VARCHAR(${e}))`,
  timestamp: (e) => `TRY_TO_TIMESTAMP_NTZ(TO_VARCHAR(${e}))`,
  dayNumber: (e) => `DATEDIFF(day, DATE '1970-01-01', CAST(${e} AS DATE))`,
  dateOfDay: (e) => `DATEADD(day, CAST(${e} AS INTEGER), DATE '1970-01-01')`,
  matches: (e, p) => `(REGEXP_INSTR(${e}, '${p.replace(/\\/g, "\\\\").replace(/'/g, "''")}') > 0)`,
  doubleType: "DOUBLE",
  intDiv: (a, b) => `FLOOR(${a} / ${b})`,
  numberText: (e) => `TO_VARCHAR(${e})`,
  textType: "VARCHAR",
  timestampType: "TIMESTAMP_NTZ",
  countIf: (c) => `COUNT_IF(${c})`,
  boolOr: (c) => `BOOLOR_AGG(${c})`,
  isTrue: (c) => `COALESCE(${c}, FALSE)`,
  stringAgg: orderedConcat,
  monthBefore: (d) => `DATEADD(month, -1, ${d})`,
  // ROW_NUMBER needs an ORDER BY here (.../functions/row_number); SEQ8 counts rows as read
  rowNumber: () => "ROW_NUMBER() OVER (ORDER BY SEQ8())",
  yearMonth: extractYearMonth,
  series: (values, alias, column) =>
    `(SELECT column1 AS ${column} FROM VALUES ${seriesOf(values)}) AS ${alias}`,
};

/**
 * Spark SQL as Databricks runs it. Backquoted identifiers may hold any character, a backtick
 * doubled (https://docs.databricks.com/en/sql/language-manual/sql-ref-identifiers.html,
 * https://spark.apache.org/docs/latest/sql-ref-identifier.html); names up to 255 characters
 * (https://docs.databricks.com/en/sql/language-manual/sql-ref-names.html). TRY_CAST gives NULL
 * with ANSI mode off (.../sql-ref-ansi-compliance.html); DATEDIFF / DATE_ADD / ADD_MONTHS;
 * COUNT_IF, BOOL_OR; RLIKE is Java's regex, which has no POSIX [[:space:]] class.
 * String literals take backslash escapes (.../sql-ref-literals.html#string-literal).
 */
export const spark: Dialect = {
  id: "spark",
  maxIdentifierBytes: 255,
  quote: (part) => `\`${part.replace(/`/g, "``")}\``,
  text: (e) => `NULLIF(TRIM(CAST(${e} AS STRING)), '')`,
  // CAST, not TRY_CAST (which node-sql-parser's Hive grammar cannot read): run with
  // spark.sql.ansi.enabled = false, where a bad text casts to NULL (.../sql-ref-ansi-compliance.html)
  number: (e) => `CAST(${e} AS DOUBLE)`,
  timestamp: (e) => `CAST(${e} AS TIMESTAMP)`,
  dayNumber: (e) => `DATEDIFF(CAST(${e} AS DATE), DATE '1970-01-01')`,
  dateOfDay: (e) => `DATE_ADD(DATE '1970-01-01', CAST(${e} AS INT))`,
  matches: (e, p) =>
    `(${e} RLIKE '${p
      .replace(/\[:space:\]/g, "\\s")
      .replace(/\\/g, "\\\\")
      .replace(/'/g, "\\'")}')`,
  doubleType: "DOUBLE",
  intDiv: (a, b) => `FLOOR(${a} / ${b})`,
  numberText: (e) => `CAST(${e} AS STRING)`,
  textType: "STRING",
  timestampType: "TIMESTAMP",
  countIf: (c) => `COUNT_IF(${c})`,
  boolOr: (c) => `BOOL_OR(${c})`,
  isTrue: (c) => `${c} IS TRUE`,
  stringAgg: orderedConcat,
  monthBefore: (d) => `ADD_MONTHS(${d}, -1)`,
  // a window needs an ORDER BY in Spark; monotonically_increasing_id() follows the read order
  rowNumber: () => "ROW_NUMBER() OVER (ORDER BY monotonically_increasing_id())",
  yearMonth: (d) => `YEAR(${d}) * 100 + MONTH(${d})`,
  series: (values, alias, column) =>
    `(${values.map((v) => `SELECT ${integer(v)} AS ${column}`).join(" UNION ALL ")}) AS ${alias}`,
};
