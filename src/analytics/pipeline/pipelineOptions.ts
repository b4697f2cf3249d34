import type { Instant, SheetKind } from "../domain";
import type { ColumnMapping, DateOrder } from "../input";
import type { CleaningPolicy } from "../quality";

/** What the user chose in the pane or on the command line; everything is optional. */
export interface PipelineOptions {
  /** Sheet names the user forced per kind; the other kinds are still detected. */
  sheets?: Partial<Record<SheetKind, string>>;
  /** Column choices per kind (field -> 0-based column index), applied over the proposal. */
  mappings?: { [K in SheetKind]?: ColumnMapping<K> };
  /** The analysis date: rows dated on a later day are excluded. Default: none excluded. */
  asOf?: Instant;
  /**
   * The clock giving the run date (default: the system clock). Dates more than a year after the
   * later of the run date and `asOf` are implausible (CleaningPolicy.referenceDate); tests pass a
   * fixed clock so their results do not depend on the day they run.
   */
  clock?: () => Instant;
  /** Returns netted (default) or excluded: see CleaningPolicy. */
  returns?: CleaningPolicy["returns"];
  /** Overrides the workbook's culture ("fr-FR") for dd/mm vs mm/dd and decimal commas. */
  culture?: string;
  /** The user's date order for ambiguous text dates; the data still wins when it settles it. */
  dateOrder?: DateOrder;
  /** The amounts' currency (ISO 4217, validated by the caller), over what the workbook shows. */
  currency?: string | null;
  /** Called as sheets are read, for a progress bar: the sheet, rows read so far, rows to read. */
  onReadProgress?: (sheet: string, rowsRead: number, rowsTotal: number) => void;
  /** Called as the chosen sheets' rows are parsed: the sheet, rows parsed so far, data rows. */
  onParseProgress?: (sheet: string, rowsParsed: number, rowsTotal: number) => void;
  /** Called once parsing is done and the cleaning rules start (duplicates, dates, returns). */
  onCleaning?: () => void;
}
