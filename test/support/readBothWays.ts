/**
 * A workbook read by the values-only reader (src/xlsx/workbookSourceXlsx.ts) and by the
 * ExcelJS-based reference reader it replaced (exceljsWorkbookSource.ts): info, listing and
 * every sheet, for tests that ask both to agree.
 */
import type { RawSheet, WorkbookInfo } from "../../src/analytics/domain";
import type { SheetListing, WorkbookSource } from "../../src/analytics/input/workbookSource";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { ExcelJsWorkbookSource } from "./exceljsWorkbookSource";

export interface WorkbookRead {
  info: WorkbookInfo;
  sheets: SheetListing[];
  raw: RawSheet[];
}

export async function readAll(source: WorkbookSource): Promise<WorkbookRead> {
  const info = await source.info();
  const sheets = await source.listSheets();
  const raw: RawSheet[] = [];
  for (const sheet of sheets) raw.push(await source.readSheet(sheet.name));
  return { info, sheets, raw };
}

export async function readBothWays(
  bytes: Uint8Array
): Promise<{ values: WorkbookRead; reference: WorkbookRead }> {
  return {
    values: await readAll(await XlsxWorkbookSource.load(bytes)),
    reference: await readAll(await ExcelJsWorkbookSource.load(bytes)),
  };
}

/**
 * A read with each invalid Date (a date-formatted number past what Date holds, which both
 * readers turn into an invalid Date) replaced by a marker: Jest never finds two of them equal.
 */
export function comparable(read: WorkbookRead): WorkbookRead {
  const cell = (value: unknown) =>
    value instanceof Date && Number.isNaN(value.getTime()) ? "(invalid Date)" : value;
  return {
    ...read,
    raw: read.raw.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) => row.map(cell) as typeof row),
    })),
  };
}
