import type { RawSheet, WorkbookInfo } from "../domain";

/** A sheet as listed by a host, before reading its values. */
export interface SheetListing {
  name: string;
  /** Excel Tables on the sheet (the first one, if any, is read in preference to the used range). */
  tables: { name: string }[];
  rowCount: number;
  columnCount: number;
}

/** Progress of a read: rows read so far out of the rows to read. */
export type ReadProgress = (rowsRead: number, rowsTotal: number) => void;

/**
 * The read port between the engine and a host (Excel via Office.js, or .xlsx/.csv files).
 * Hosts hand over raw cell values; every interpretation (headers, dates, numbers) happens in
 * the engine, so all hosts behave the same.
 */
export interface WorkbookSource {
  info(): Promise<WorkbookInfo>;
  listSheets(): Promise<SheetListing[]>;
  readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet>;
}
