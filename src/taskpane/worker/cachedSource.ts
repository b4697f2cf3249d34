import type { RawSheet, WorkbookInfo } from "../../analytics/domain";
import type { ReadProgress, SheetListing, WorkbookSource } from "../../analytics/input";

/**
 * A WorkbookSource that reads each sheet once. The pane reads the same workbook three times
 * (overview, quality check, each run); converting a large .xlsx sheet to values is the slow
 * part, so later reads reuse the first one's values (RawSheets are never modified downstream).
 */
export class CachedWorkbookSource implements WorkbookSource {
  private readonly sheets = new Map<string, Promise<RawSheet>>();
  private listing: Promise<SheetListing[]> | undefined;
  private workbookInfo: Promise<WorkbookInfo> | undefined;

  constructor(private readonly source: WorkbookSource) {}

  info(): Promise<WorkbookInfo> {
    return (this.workbookInfo ??= this.source.info());
  }

  listSheets(): Promise<SheetListing[]> {
    return (this.listing ??= this.source.listSheets());
  }

  async readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet> {
    let read = this.sheets.get(name);
    if (!read) {
      read = this.source.readSheet(name, onProgress);
      this.sheets.set(name, read);
      read.catch(() => this.sheets.delete(name)); // a failed read may be retried
      return read;
    }
    const sheet = await read;
    onProgress?.(sheet.rows.length, sheet.rows.length);
    return sheet;
  }
}
