/**
 * Reads a per-customer summary sheet (summaryHeaders.ts recognised it) into the contract's typed
 * rows (summaryContract.ts), by the input layer's value rules: numbers as numbers or text with
 * spaces, comma decimals and currency signs; days as Excel serials, dates or date text. A row that
 * cannot be used is excluded with a reason naming its column, never dropped silently and never a
 * crash: a value missing or unreadable; a negative count or duration; a repeat-purchase count
 * that is not a whole number; recency after T (the last purchase after the period's end); a
 * customer id seen on an earlier row; a warehouse row made with other settings (as_of,
 * calibration_end, time_unit, migration_from differ from the first row's).
 */
import { dayNumber, type CellValue, type RawSheet, type SheetRow } from "../analytics/domain";
import type { HeaderRow } from "../analytics/input";
import { cellText, isBlankCell } from "../analytics/input/values/cellText";
import { parseDateCell } from "../analytics/input/values/dateCell";
import type { DateOrder } from "../analytics/input/values/dateText";
import { isCellError } from "../analytics/input/values/errorValue";
import { parseNumberCell } from "../analytics/input/values/numberText";
import { ROWS_LISTED_PER_RULE, type ExclusionSummary } from "../analytics/quality";
import { LIFETIMES_COLUMNS, type SummaryConvention, type SummaryMatch } from "./summaryHeaders";
import {
  CUSTOMER_COLUMNS,
  type CustomerColumn,
  type SummaryColumn,
  type SummaryRow,
  type SummaryValue,
} from "./summaryContract";

/** How to read the sheet's values: the workbook's date system and culture. */
export interface SummaryReadOptions {
  date1904: boolean;
  culture?: string;
  decimalSeparator?: "." | ",";
  dateOrder: DateOrder;
}

export interface SummarySheetRows {
  sheet: string;
  convention: SummaryConvention;
  /** Rows used, in sheet order; a lifetimes sheet's rows hold only its columns (others null). */
  rows: SummaryRow<CustomerColumn>[];
  /** Data rows read (blank rows aside). */
  rowsRead: number;
  /** Exclusions by reason (an i18n key of "quality", e.g. "summary.badValue") and column. */
  excluded: ExclusionSummary[];
}

/** Time-unit words as written by the SQL, and in French. */
const TIME_UNITS: Readonly<Record<string, string>> = {
  day: "day",
  days: "day",
  jour: "day",
  jours: "day",
  week: "week",
  weeks: "week",
  semaine: "week",
  semaines: "week",
  month: "month",
  months: "month",
  mois: "month",
};

/** Columns whose value is a run setting: the same on every row of one summary. */
const SETTING_COLUMNS: readonly CustomerColumn[] = [
  "as_of",
  "calibration_end",
  "time_unit",
  "migration_from",
];
/** Counts and durations that cannot be negative. */
const NON_NEGATIVE: readonly CustomerColumn[] = [
  "orders",
  "purchase_days",
  "prev_orders",
  "frequency",
  "recency",
  "T",
  "holdout_frequency",
];

class Exclusion {
  constructor(
    readonly reason: string,
    readonly column: CustomerColumn
  ) {}
}

function typed(column: SummaryColumn, cell: CellValue, options: SummaryReadOptions): SummaryValue {
  if (isBlankCell(cell)) {
    if (column.nullable) return null;
    throw new Exclusion("summary.missingValue", column.name as CustomerColumn);
  }
  const bad = () => new Exclusion("summary.badValue", column.name as CustomerColumn);
  if (isCellError(cell)) throw bad();
  switch (column.type) {
    case "text": {
      if (column.name !== "time_unit") return cellText(cell);
      const unit = TIME_UNITS[cellText(cell).toLowerCase()];
      if (!unit) throw bad();
      return unit;
    }
    case "day": {
      const instant = parseDateCell(cell, { date1904: options.date1904, order: options.dateOrder });
      if (instant === null) throw bad();
      return dayNumber(instant);
    }
    case "integer":
    case "number": {
      const n = parseNumberCell(cell, options.culture, options.decimalSeparator);
      if (n === null) throw bad();
      if (column.type === "integer" && !Number.isSafeInteger(n))
        throw new Exclusion("summary.notWholeNumber", column.name as CustomerColumn);
      return n;
    }
    case "boolean":
      throw bad(); // no boolean column in the customers summary
  }
}

/** The checks across columns of one typed row; throws the first exclusion. */
function checkRow(row: SummaryRow<CustomerColumn>, first: SummaryRow<CustomerColumn> | null) {
  for (const name of NON_NEGATIVE) {
    const v = row[name];
    if (typeof v === "number" && v < 0) throw new Exclusion("summary.negative", name);
  }
  if (typeof row.recency === "number" && typeof row.T === "number" && row.recency > row.T)
    throw new Exclusion("summary.recencyAfterT", "recency");
  if (first)
    for (const name of SETTING_COLUMNS)
      if (row[name] !== first[name]) throw new Exclusion("summary.otherSettings", name);
}

/**
 * The typed rows of a summary sheet and what was excluded. `match` must have a convention.
 * A lifetimes sheet's monetary_value may be blank for a customer without repeat purchases (0).
 */
export function readSummarySheet(
  raw: RawSheet,
  header: HeaderRow,
  match: SummaryMatch,
  options: SummaryReadOptions
): SummarySheetRows {
  const convention = match.convention!;
  const wanted = CUSTOMER_COLUMNS.filter((c) =>
    convention === "warehouse"
      ? true
      : LIFETIMES_COLUMNS.includes(c.name) && match.columns[c.name] !== undefined
  ).map((c) =>
    // lifetimes' columns are never blank, save a non-repeat customer's spend
    convention === "lifetimes" ? { ...c, nullable: c.name === "monetary_value" } : c
  );
  const rows: SummaryRow<CustomerColumn>[] = [];
  const tallies = new Map<string, ExclusionSummary>();
  const seen = new Map<string, SheetRow>();
  let rowsRead = 0;
  const exclude = (reason: string, column: CustomerColumn, row: SheetRow) => {
    const detail = match.columns[column]?.header ?? column;
    const key = `${reason}\u0000${detail}`;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { sheet: raw.name, reason, count: 0, rows: [], detail }));
    tally.count++;
    if (tally.rows.length < ROWS_LISTED_PER_RULE) tally.rows.push(row);
  };
  for (let i = header.index + 1; i < raw.rows.length; i++) {
    const cells = raw.rows[i] ?? [];
    if (cells.every((c) => isBlankCell(c))) continue;
    rowsRead++;
    const excelRow = raw.firstRow + i;
    const row = Object.fromEntries(
      CUSTOMER_COLUMNS.map((c) => [c.name, null])
    ) as SummaryRow<CustomerColumn>;
    try {
      for (const column of wanted) {
        const at = match.columns[column.name as CustomerColumn]!.column;
        row[column.name as CustomerColumn] = typed(column, cells[at] ?? null, options);
      }
      if (convention === "lifetimes" && row.monetary_value === null) {
        if (Number(row.frequency) > 0)
          throw new Exclusion("summary.missingValue", "monetary_value");
        row.monetary_value = 0;
      }
      checkRow(row, convention === "warehouse" ? (rows[0] ?? null) : null);
      const id = String(row.customer_id);
      if (seen.has(id)) throw new Exclusion("summary.duplicateId", "customer_id");
      seen.set(id, excelRow);
    } catch (thrown) {
      if (!(thrown instanceof Exclusion)) throw thrown;
      exclude(thrown.reason, thrown.column, excelRow);
      continue;
    }
    rows.push(row);
  }
  return { sheet: raw.name, convention, rows, rowsRead, excluded: [...tallies.values()] };
}
