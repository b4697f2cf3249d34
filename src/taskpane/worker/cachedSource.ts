import type { RawSheet, WorkbookInfo } from "../../analytics/domain";
import type { ReadProgress, SheetListing, WorkbookSource } from "../../analytics/input";
import { sheetRowCount } from "../../analytics/input/sheetGrid";

/**
 * A WorkbookSource that reads each sheet once. The pane reads the same workbook three times
 * (overview, quality check, each run); converting a large .xlsx sheet to values is the slow
 * part, so later reads reuse the first one's values (RawSheets are never modified downstream).
 */
export class CachedWorkbookSource implements WorkbookSource {
  private readonly sheets = new Map<string, Promise<RawSheet>>();
  private listing: Promise<SheetListing[]> | undefined;
  private workbookInfo: Promise<WorkbookInfo> | undefined;

  private source: WorkbookSource | null;

  constructor(source: WorkbookSource) {
    this.source = source;
  }

  info(): Promise<WorkbookInfo> {
    return (this.workbookInfo ??= this.inner().info());
  }

  listSheets(): Promise<SheetListing[]> {
    return (this.listing ??= this.inner().listSheets());
  }

  /**
   * Reads the workbook's info, listing and every sheet, then lets the underlying source go:
   * an .xlsx source also holds the file's bytes, and the worker has no use for them once
   * everything is read.
   */
  async readAllAndRelease(): Promise<void> {
    await this.info();
    for (const sheet of await this.listSheets()) await this.readSheet(sheet.name);
    this.source = null;
  }

  private inner(): WorkbookSource {
    if (!this.source) throw new Error("The workbook was released after it was read");
    return this.source;
  }

  async readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet> {
    let read = this.sheets.get(name);
    if (!read) {
      if (!this.source) throw new Error(`Sheet not found: ${name}`);
      read = this.source.readSheet(name, onProgress);
      this.sheets.set(name, read);
      read.catch(() => this.sheets.delete(name)); // a failed read may be retried
      return read;
    }
    const sheet = await read;
    const rows = sheetRowCount(sheet); // a CSV sheet's columns, never made into rows here
    onProgress?.(rows, rows);
    return sheet;
  }
}
