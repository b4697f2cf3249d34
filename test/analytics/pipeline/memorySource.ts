/** An in-memory WorkbookSource built from arrays: sheet name -> rows of cell values (row 1 first). */
import type { CellValue, WorkbookInfo } from "../../../src/analytics/domain";
import type { WorkbookSource } from "../../../src/analytics/input";

export function memorySource(
  sheets: Record<string, CellValue[][]>,
  info: WorkbookInfo = { date1904: false, culture: "fr-FR" }
): WorkbookSource {
  return {
    info: async () => info,
    listSheets: async () =>
      Object.entries(sheets).map(([name, rows]) => ({
        name,
        tables: [],
        rowCount: rows.length,
        columnCount: Math.max(0, ...rows.map((r) => r.length)),
      })),
    readSheet: async (name, onProgress) => {
      if (!(name in sheets)) throw new Error(`no sheet ${name}`);
      onProgress?.(sheets[name].length, sheets[name].length);
      return { name, rows: sheets[name], firstRow: 1 };
    },
  };
}
