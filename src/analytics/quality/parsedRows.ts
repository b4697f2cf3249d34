import type { SheetRow } from "../domain";

/** A row the input layer could not turn into a record, with its reason (a "problems" code). */
export interface RejectedRow {
  row: SheetRow;
  reason: string;
  column?: string;
}

/**
 * What cleaning needs of a parsed sheet; the input layer's ParsedSheet<T> has this shape.
 * rowsRead = records.length + rejected.length.
 */
export interface ParsedRows<T> {
  sheet: string;
  records: T[];
  rejected: RejectedRow[];
  rowsRead: number;
}
