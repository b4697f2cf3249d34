/**
 * The per-customer summary contract (DESIGN.md, "The warehouse summaries"): the three tables the
 * warehouse SQL writes (src/warehouse/queries.ts) and `analyze --summary` reads. One definition of
 * each column: its name, its type and what it holds, by the same rules as the in-memory engine:
 * - only days strictly before the as-of date are data (rfm/features.ts);
 * - a line is a return when its amount or quantity is negative or its invoice id starts with "C";
 *   a return's amount is negative and netted in revenue; returns are never purchase occasions;
 * - orders = distinct invoice ids of purchase lines, plus one a day for purchase lines without an
 *   invoice id (RFM frequency); purchase days = distinct days with a purchase line;
 * - the LTV columns follow BG/NBD (ltv/customerSummary.ts): one occasion a calendar day with a
 *   purchase line, valued at the day's net amount; frequency = repeat occasions up to the
 *   calibration end; recency and T from the first occasion, in the time unit.
 */
import type { LineQuality } from "./duckdbLineQuality";

/** How a column's text is read back. */
export type ColumnType = "text" | "day" | "integer" | "number" | "boolean";

export interface SummaryColumn {
  name: string;
  type: ColumnType;
  /** Null allowed (e.g. LTV columns of a customer who first bought after the calibration end). */
  nullable?: boolean;
}

const col = (name: string, type: ColumnType, nullable = false): SummaryColumn => ({
  name,
  type,
  nullable,
});

/**
 * customers.csv: one row a customer with at least one line before the as-of date.
 * The run's settings are carried on every row (as_of, calibration_end, time_unit,
 * migration_from) so a summary cannot be read with settings it was not made with.
 */
export const CUSTOMER_COLUMNS = [
  col("customer_id", "text"),
  col("as_of", "day"),
  /** First day of any line before the as-of date (returns included): RFM's first data day. */
  col("first_line_day", "day"),
  col("first_purchase_day", "day", true),
  col("last_purchase_day", "day", true),
  /** RFM frequency: distinct purchase occasions (0: only returns before the as-of date). */
  col("orders", "integer"),
  col("purchase_days", "integer"),
  /** Net spend before the as-of date, returns deducted, not rounded nor floored. */
  col("revenue", "number"),
  /** The same three as of the migration's start (RFM one month earlier). */
  col("migration_from", "day"),
  col("prev_last_purchase_day", "day", true),
  col("prev_orders", "integer"),
  col("prev_revenue", "number"),
  col("prev_first_line_day", "day", true),
  /** BG/NBD calibration summary (lifetimes' names); null when first purchase > calibration end. */
  col("calibration_end", "day"),
  col("time_unit", "text"),
  col("frequency", "integer", true),
  col("recency", "number", true),
  col("T", "number", true),
  col("monetary_value", "number", true),
  /** Repeat occasions and their value after the calibration end, up to the day before as_of. */
  col("holdout_frequency", "integer", true),
  col("holdout_value", "number", true),
] as const;

/** contact_outcomes.csv: one row a contact (the contacts table's row, with its outcome). */
export const CONTACT_COLUMNS = [
  col("customer_id", "text"),
  col("campaign", "text"),
  /** The group as written in the contacts table: read with the same words as the sheets. */
  col("contact_group", "text"),
  col("contact_day", "day"),
  col("channel", "text", true),
  col("cost_per_contact", "number", true),
  /** The contacts table's own outcome columns, when it has them. */
  col("own_converted", "text", true),
  col("own_revenue", "number", true),
  /** Outcome from transactions in [contact day, contact day + window - 1]. */
  col("conversion_window", "integer"),
  col("converted", "boolean"),
  col("window_revenue", "number"),
  /** Pre-contact R, F, M (RFM rules, days strictly before the contact day). */
  col("pre_last_purchase_day", "day", true),
  col("pre_orders", "integer"),
  col("pre_revenue", "number"),
  /** Pre-contact purchase days and net spend (the balance check's features). */
  col("pre_purchase_days", "integer"),
  /**
   * The RFM cut points over all customers as of the contact day, ascending, ";"-separated, and
   * the first day of data before it (yearly spend of the "bands" map): with the pre-contact
   * R, F, M they give the customer's segment as of the contact day exactly.
   */
  col("recency_cuts", "text", true),
  col("frequency_cuts", "text", true),
  col("monetary_cuts", "text", true),
  col("first_data_day", "day", true),
] as const;

/** monthly.csv: one row a calendar month with a line before the as-of date. */
export const MONTHLY_COLUMNS = [
  /** The month as the number YYYYMM (202412). */
  col("month", "integer"),
  col("revenue", "number"),
  col("orders", "integer"),
  /** Customers with a purchase in the month. */
  col("active", "integer"),
  /** Active customers whose first purchase ever is in the month. */
  col("new", "integer"),
  /** Active customers who had bought before the month. */
  col("returning", "integer"),
  /** Net revenue of the month (every line, returns deducted) from new and returning customers. */
  col("new_revenue", "number"),
  col("returning_revenue", "number"),
] as const;

/**
 * lines.csv, the line account (lineAccount.ts): one row a reason a line was excluded for (reason
 * set), a flag a used line carries (flag set), or the used lines without one (both empty), with
 * how many lines.
 */
export const LINE_COLUMNS = [
  col("reason", "text", true),
  col("flag", "text", true),
  col("lines", "integer"),
] as const;

export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number]["name"];
export type ContactColumn = (typeof CONTACT_COLUMNS)[number]["name"];
export type MonthlyColumn = (typeof MONTHLY_COLUMNS)[number]["name"];
export type LineColumn = (typeof LINE_COLUMNS)[number]["name"];

/** A cell read back: text, a day number (days since 1970-01-01), a number, a flag, or null. */
export type SummaryValue = string | number | boolean | null;

export type SummaryRow<C extends string> = Record<C, SummaryValue>;

export type CustomerTextColumn = "customer_id" | "time_unit";
export type CustomerNumberColumn = Exclude<CustomerColumn, CustomerTextColumn>;

/**
 * The customers summary as columns (customerTable.ts builds it): the ids and the time unit as
 * texts, every other column a Float64Array with NaN where the value is null.
 */
export interface CustomerTable {
  readonly length: number;
  readonly text: Record<CustomerTextColumn, string[]>;
  readonly numbers: Record<CustomerNumberColumn, Float64Array>;
}

export interface WarehouseSummaries {
  /** Typed rows, or the same as columns (customerTable.ts: the DuckDB engine's, a million). */
  customers: SummaryRow<CustomerColumn>[] | CustomerTable;
  contacts: SummaryRow<ContactColumn>[] | null;
  monthly: SummaryRow<MonthlyColumn>[] | null;
  /**
   * What became of each line of the transactions file, when the summaries were computed here
   * from the lines (the DuckDB engine); absent for summaries read from a warehouse's results.
   */
  lines?: { file: string; quality: LineQuality };
}
