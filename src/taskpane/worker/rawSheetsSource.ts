import type { RawSheet, WorkbookInfo } from "../../analytics/domain";
import type { ReadProgress, SheetListing, WorkbookSource } from "../../analytics/input";

/**
 * WorkbookSource over sheets already read (in Excel mode the pane's thread reads them through
 * the ExcelHost and sends them here), so the worker runs the same pipeline as for files.
 */
export class RawSheetsWorkbookSource implements WorkbookSource {
  private readonly byName: Map<string, RawSheet>;

  constructor(
    sheets: readonly RawSheet[],
    private readonly workbookInfo: WorkbookInfo
  ) {
    this.byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  }

  async info(): Promise<WorkbookInfo> {
    return this.workbookInfo;
  }

  async listSheets(): Promise<SheetListing[]> {
    return [...this.byName.values()].map((sheet) => ({
      name: sheet.name,
      tables: sheet.tableName ? [{ name: sheet.tableName }] : [],
      rowCount: sheet.rows.length,
      columnCount: sheet.rows.reduce((width, row) => Math.max(width, row.length), 0),
    }));
  }

  async readSheet(name: string, onProgress?: ReadProgress): Promise<RawSheet> {
    const sheet = this.byName.get(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    onProgress?.(sheet.rows.length, sheet.rows.length);
    return sheet;
  }
}
