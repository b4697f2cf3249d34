/**
 * Reads summary tables (CSV records or a database's rows) into typed rows of the contract
 * (summaryContract.ts). A missing column or a value of the wrong type is a SummaryReadError
 * naming the file, column and row: the CLI prints it as its one stderr line.
 */
import { MS_PER_DAY } from "../analytics/domain";
import type { SummaryColumn, SummaryRow, SummaryValue } from "./summaryContract";

export class SummaryReadError extends Error {
  constructor(
    readonly file: string,
    readonly column: string,
    readonly row: number | null,
    readonly value: string
  ) {
    super(`${file}: column ${column}${row === null ? "" : `, row ${row}`}: ${value}`);
  }
}

/**
 * A date as days since 1970-01-01, as DuckDB's node API hands a DATE back (DuckDBDateValue):
 * read as it is, where a JS Date would be made and taken apart again for each value.
 */
export interface DaysValue {
  readonly days: number;
}

/** What a database hands back or a CSV holds: text, numbers, big integers, dates, flags. */
export type RawValue = string | number | bigint | boolean | Date | DaysValue | null | undefined;

const isDaysValue = (raw: RawValue): raw is DaysValue =>
  typeof raw === "object" && raw !== null && !(raw instanceof Date) && typeof raw.days === "number";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A raw value read as the column's type; undefined when it cannot be (a SummaryReadError). */
export function typed(column: SummaryColumn, raw: RawValue): SummaryValue | undefined {
  if (raw === null || raw === undefined || raw === "") return column.nullable ? null : undefined;
  switch (column.type) {
    case "text":
      return String(raw);
    case "day": {
      if (raw instanceof Date) return Math.floor(raw.getTime() / MS_PER_DAY);
      if (isDaysValue(raw)) return Number.isSafeInteger(raw.days) ? raw.days : undefined;
      const m = ISO_DAY.exec(String(raw));
      return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / MS_PER_DAY : undefined;
    }
    case "integer": {
      const n = Number(raw);
      return Number.isSafeInteger(n) ? n : undefined;
    }
    case "number": {
      const n = Number(raw);
      return typeof raw !== "boolean" && Number.isFinite(n) ? n : undefined;
    }
    case "boolean": {
      if (typeof raw === "boolean") return raw;
      const text = String(raw).trim().toLowerCase();
      if (["true", "t", "1"].includes(text)) return true;
      if (["false", "f", "0"].includes(text)) return false;
      return undefined;
    }
  }
}

/**
 * Typed rows from records keyed by column name. `firstRow` is the file row of records[0] (2 for
 * a CSV with one header line).
 */
export function readSummaryRows<C extends string>(
  file: string,
  columns: readonly SummaryColumn[],
  records: readonly Record<string, RawValue>[],
  firstRow: number
): SummaryRow<C>[] {
  if (records.length > 0) {
    for (const column of columns)
      if (!(column.name in records[0])) throw new SummaryReadError(file, column.name, null, "");
  }
  return records.map((record, i) => {
    const row: Record<string, SummaryValue> = {};
    for (const column of columns) {
      const value = typed(column, record[column.name]);
      if (value === undefined)
        throw new SummaryReadError(
          file,
          column.name,
          firstRow + i,
          String(record[column.name] ?? "")
        );
      row[column.name] = value;
    }
    return row as SummaryRow<C>;
  });
}
