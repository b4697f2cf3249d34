import type { RawSheet } from "../../../src/analytics/domain";
import type { ExcelHost } from "../../../src/taskpane/host/excelHost";

export type FakeHost = { [K in keyof ExcelHost]: jest.Mock };

/**
 * An ExcelHost over sheets given in the test (the real host is tested against the typed fake
 * Excel by its owner): reports progress sheet by sheet, writes by naming the model's sheets.
 */
export function fakeHost(sheets: RawSheet[]): FakeHost {
  return {
    readSheets: jest.fn(async (onProgress: (done: number, total: number) => void) => {
      const total = sheets.reduce((n, s) => n + s.rows.length, 0);
      let done = 0;
      for (const sheet of sheets) onProgress((done += sheet.rows.length), total);
      return sheets;
    }),
    writeReport: jest.fn(async (model: { sheets: { name: string }[] }, onProgress) => {
      onProgress(1, 2);
      onProgress(2, 2);
      return { sheets: model.sheets.map((s) => s.name) };
    }),
    activateSheet: jest.fn(async () => undefined),
    culture: jest.fn(async () => ({ culture: "fr-FR", date1904: false })),
  };
}
