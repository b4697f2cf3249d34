/**
 * Everything that differs between SQL dialects, in one place: identifier quoting and rules,
 * casts, regular expressions, day arithmetic and literals. queries.ts writes one definition of
 * the queries through these functions only. Values are never pasted as text: dates and numbers
 * become literals only after validation (validatedDay, validatedNumber).
 */

import { bigquery, snowflake, spark } from "./cloudDialects";

export type DialectId = "duckdb" | "postgres" | "bigquery" | "snowflake" | "spark";
export type DateOrder = "dmy" | "mdy";

/** Day/month/year text formats of DuckDB's strptime, in an order's reading. */
function numericDateFormats(order: DateOrder): string {
  const [a, b] = order === "dmy" ? ["%d", "%m"] : ["%m", "%d"];
  const formats = ["/", "-", "."].flatMap((sep) =>
    ["", " %H:%M", " %H:%M:%S"].map((time) => `${a}${sep}${b}${sep}%Y${time}`)
  );
  return `[${formats.map(stringLiteral).join(", ")}]`;
}
export const DIALECTS: readonly DialectId[] = [
  "duckdb",
  "postgres",
  "bigquery",
  "snowflake",
  "spark",
];

export interface Dialect {
  id: DialectId;
  /** Longest identifier part the engine keeps (PostgreSQL truncates past 63 bytes). */
  maxIdentifierBytes: number;
  /** A quoted identifier (quotes inside doubled). */
  quote(part: string): string;
  /** Text of any value (ids are compared as text, whatever their type in the table). */
  text(expr: string): string;
  /** A double-precision number; bad text gives NULL on engines that can (DuckDB). */
  number(expr: string): string;
  /**
   * A timestamp; bad text gives NULL where the engine can. `order` reads day/month/year text
   * ("02/04/2024") as the input layer does once it has decided the column's order.
   */
  timestamp(expr: string, order?: DateOrder): string;
  /** Whole days since 1970-01-01 of a timestamp (floor), as dayNumber does. */
  dayNumber(timestampExpr: string): string;
  /** The date of a day number. */
  dateOfDay(dayExpr: string): string;
  /** True when the text matches a POSIX regular expression (case-sensitive). */
  matches(expr: string, pattern: string): string;
  /** Double type name for casts of computed values. */
  doubleType: string;
  /** Integer division of non-negative integers (DuckDB's `/` gives a double). */
  intDiv(a: string, b: string): string;
  /** The shortest text that reads back as the same double. */
  numberText(expr: string): string;
  /** Type names for casts: text, and a timestamp without time zone. */
  textType: string;
  timestampType: string;
  /** Rows counted where a condition holds. */
  countIf(condition: string): string;
  /** True when the condition holds on some row of the group. */
  boolOr(condition: string): string;
  /** A condition's NULL read as false. */
  isTrue(condition: string): string;
  /** Texts of a group joined with a separator literal, in the order of `orderBy`'s values. */
  stringAgg(
    expr: string,
    separator: string,
    orderBy: string,
    orderValues: readonly number[]
  ): string;
  /** The date one calendar month before a date (end of month clamped). */
  monthBefore(dateExpr: string): string;
  /** A number for each row of a table in the order the engine reads it. */
  rowNumber(): string;
  /** The month of a date as the number YYYYMM. */
  yearMonth(dateExpr: string): string;
  /** A derived table `alias` of one integer column `column`, one row a value. */
  series(values: readonly number[], alias: string, column: string): string;
  /**
   * A 64-bit hash of several values (NULLs included), where the engine has one: lines of
   * different hashes cannot be copies, so only the few sharing one are compared in full.
   */
  rowHash?(exprs: readonly string[]): string;
}

const sharedSql = {
  countIf: (c: string) => `COUNT(*) FILTER (WHERE ${c})`,
  boolOr: (c: string) => `BOOL_OR(${c})`,
  isTrue: (c: string) => `${c} IS TRUE`,
  stringAgg: (e: string, sep: string, order: string) =>
    `STRING_AGG(${e}, ${sep} ORDER BY ${order})`,
  monthBefore: (d: string) => `CAST(${d} - INTERVAL '1 month' AS DATE)`,
  rowNumber: () => "ROW_NUMBER() OVER ()",
  yearMonth: (d: string) =>
    `CAST(EXTRACT(YEAR FROM ${d}) AS INTEGER) * 100\n    + CAST(EXTRACT(MONTH FROM ${d}) AS INTEGER)`,
  series: (values: readonly number[], alias: string, column: string) =>
    `(VALUES ${values.map((v) => `(${validatedInteger(v)})`).join(", ")}) AS ${alias}(${column})`,
  timestampType: "TIMESTAMP",
};

const doubleQuote = (part: string) => `"${part.replace(/"/g, '""')}"`;

export const duckdb: Dialect = {
  id: "duckdb",
  maxIdentifierBytes: 255,
  quote: doubleQuote,
  text: (e) => `NULLIF(TRIM(CAST(${e} AS VARCHAR)), '')`,
  number: (e) => `TRY_CAST(${e} AS DOUBLE)`,
  timestamp: (e, order) =>
    order
      ? `COALESCE(TRY_CAST(${e} AS TIMESTAMP), TRY_STRPTIME(CAST(${e} AS VARCHAR), ${numericDateFormats(order)}))`
      : `TRY_CAST(${e} AS TIMESTAMP)`,
  dayNumber: (e) => `(CAST(${e} AS DATE) - DATE '1970-01-01')`,
  dateOfDay: (e) => `(DATE '1970-01-01' + CAST(${e} AS INTEGER))`,
  matches: (e, p) => `regexp_matches(${e}, ${stringLiteral(p)})`,
  doubleType: "DOUBLE",
  intDiv: (a, b) => `(${a} // ${b})`,
  // 17 significant digits read back as the same double (CAST to VARCHAR may round)
  numberText: (e) => `printf('%.17g', ${e})`,
  textType: "VARCHAR",
  rowHash: (exprs) => `hash(${exprs.join(", ")})`,
  ...sharedSql,
};

export const postgres: Dialect = {
  id: "postgres",
  maxIdentifierBytes: 63,
  quote: doubleQuote,
  text: (e) => `NULLIF(TRIM(CAST(${e} AS TEXT)), '')`,
  number: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
  timestamp: (e) => `CAST(${e} AS TIMESTAMP)`,
  dayNumber: (e) => `(CAST(${e} AS DATE) - DATE '1970-01-01')`,
  dateOfDay: (e) => `(DATE '1970-01-01' + CAST(${e} AS INTEGER))`,
  matches: (e, p) => `(${e} ~ ${stringLiteral(p)})`,
  doubleType: "DOUBLE PRECISION",
  intDiv: (a, b) => `(${a} / ${b})`,
  // PostgreSQL 12+ prints the shortest exact text by default (extra_float_digits = 1)
  numberText: (e) => `CAST(${e} AS TEXT)`,
  textType: "TEXT",
  ...sharedSql,
};

const BY_ID: Record<DialectId, Dialect> = { duckdb, postgres, bigquery, snowflake, spark };
export const dialectOf = (id: DialectId): Dialect => BY_ID[id];

/** A name refused by `checkedName`: which option, the name, and why (an i18n key suffix). */
export class IdentifierError extends Error {
  constructor(
    readonly identifier: string,
    readonly reason: "empty" | "control" | "tooLong"
  ) {
    super(`identifier ${JSON.stringify(identifier)}: ${reason}`);
  }
}

/**
 * A table or column name checked against the dialect's rules and quoted. Table names may be
 * qualified (schema.table, written with dots); every part is quoted on its own, so quotes,
 * semicolons and comment marks inside a part stay part of the name and are never SQL.
 * Refused: empty parts, control characters (NUL ends a name in some drivers), parts longer
 * than the engine keeps (PostgreSQL would silently truncate and name another column).
 */
export function quotedName(dialect: Dialect, name: string, qualified = false): string {
  const parts = qualified ? name.split(".") : [name];
  return parts
    .map((part) => {
      if (part.trim() === "") throw new IdentifierError(name, "empty");
      if ([...part].some(isControl)) throw new IdentifierError(name, "control");
      if (new TextEncoder().encode(part).length > dialect.maxIdentifierBytes)
        throw new IdentifierError(name, "tooLong");
      return dialect.quote(part);
    })
    .join(".");
}

/** C0 control characters and DEL: no engine takes them in a name. */
const isControl = (ch: string) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;

/** A string literal (only for constant patterns of our own; quotes doubled anyway). */
export function stringLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** An integer literal, after checking it is one. */
export function validatedInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  return String(value);
}

/** A finite number literal, after checking it is one (exact: shortest round-trip text). */
export function validatedNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value).includes("e") ? value.toExponential() : String(value);
}
