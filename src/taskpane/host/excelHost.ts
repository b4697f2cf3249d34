/**
 * The pane's door to the open workbook: reads the user's sheets and writes the report through
 * src/excel (the only code that knows Office.js). The UI thread owns it, because Office.js
 * runs only there; the worker gets the RawSheets and hands back the ReportModel.
 */
import type { RawSheet, WorkbookInfo } from "../../analytics/domain";
import type { ReportModel } from "../../report/model";
import { ExcelHostError, toExcelError } from "../../excel/excelError";
import { ExcelWorkbookSource, excelRun, type ExcelRunner } from "../../excel/excelWorkbookSource";
import { officeRequirements, type RequirementCheck } from "../../excel/requirements";
import { writeReport } from "../../excel/writeReport";

export interface ExcelHost {
  /**
   * Every sheet of the workbook except the report sheets we own, as RawSheet
   * (src/analytics/domain.ts). Progress is rows read over all sheets; `signal` stops the read
   * between sheets (AbortError).
   */
  readSheets(
    onProgress: (done: number, total: number) => void,
    signal?: AbortSignal
  ): Promise<RawSheet[]>;
  /** Writes the report model (src/excel writeReport): only our sheets replaced, all-or-nothing. */
  writeReport(
    model: ReportModel,
    onProgress: (done: number, total: number) => void
  ): Promise<{ sheets: string[] }>;
  /** Shows a sheet (a link after writing); sheetNotFound when it was renamed or deleted. */
  activateSheet(name: string): Promise<void>;
  /**
   * The workbook's culture ("fr-FR") and date system, for parsing, with the culture's decimal
   * separator (ExcelApi 1.11) and short date pattern (1.12) when Excel tells them. Below 1.11
   * Excel does not tell the culture: Office's editing language stands in for it.
   */
  culture(): Promise<WorkbookInfo & { culture: string }>;
}

/** What the host needs from Office; tests pass the typed fake's runner and requirement check. */
export interface ExcelHostDependencies {
  run: ExcelRunner;
  supports: RequirementCheck;
  /**
   * The culture to assume when Excel does not tell the workbook's (below ExcelApi 1.11): Office's
   * editing language (Office.context.contentLanguage), else "en-US".
   */
  fallbackCulture: () => string | undefined;
}

/** Office's editing language, read only when Office is there. */
function officeContentLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.contentLanguage;
}

/**
 * The host over the open workbook; only call it once Office.onReady has reported Excel.
 * `dependencies` replace Office's pieces in tests.
 */
export function createExcelHost(dependencies: Partial<ExcelHostDependencies> = {}): ExcelHost {
  const deps: ExcelHostDependencies = {
    run: excelRun,
    supports: officeRequirements,
    fallbackCulture: officeContentLanguage,
    ...dependencies,
  };
  const source = new ExcelWorkbookSource(deps.run, { supports: deps.supports });
  // The workbook's date system cannot change while the pane is open: asked once, kept.
  let info: ReturnType<ExcelWorkbookSource["info"]> | undefined;
  const workbookInfo = () => {
    info ??= source.info().catch((thrown: unknown) => {
      info = undefined; // a transient failure (cell in edit mode) must not stick
      throw thrown;
    });
    return info;
  };

  return {
    async readSheets(onProgress, signal) {
      const listing = (await source.listSheets()).filter((sheet) => !sheet.ownedByAddIn);
      const progress = new ReadTally(listing.map((sheet) => sheet.rowCount));
      const sheets: RawSheet[] = [];
      for (const [i, sheet] of listing.entries()) {
        signal?.throwIfAborted();
        if (sheet.rowCount === 0) {
          sheets.push({ name: sheet.name, rows: [], firstRow: 1 });
          continue;
        }
        const raw = await source.readSheet(sheet.name, (read, total) =>
          onProgress(...progress.update(i, read, total))
        );
        sheets.push(raw);
      }
      onProgress(...progress.finish());
      return sheets;
    },

    async writeReport(model, onProgress) {
      const { date1904 } = await workbookInfo();
      const result = await deps.run((context) =>
        writeReport(context, model, { supports: deps.supports, date1904, onProgress })
      );
      if (!result.ok) throw new ExcelHostError(result.error);
      return { sheets: result.sheets.map((sheet) => sheet.name) };
    },

    async activateSheet(name) {
      try {
        await deps.run(async (context) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(name);
          await context.sync();
          if (sheet.isNullObject) {
            throw new ExcelHostError({ code: "pane:excel.sheetNotFound", params: { sheet: name } });
          }
          sheet.activate();
          await context.sync();
        });
      } catch (thrown) {
        throw new ExcelHostError(toExcelError(thrown, "pane:excel.readFailed", { sheet: name }));
      }
    },

    async culture() {
      const info = await workbookInfo();
      return { ...info, culture: info.culture ?? deps.fallbackCulture() ?? "en-US" };
    },
  };
}

/**
 * Rows read over all sheets, for one progress bar across the whole read. Each sheet starts at
 * its listed used-range row count and takes the reader's own total once it reports one (a
 * table's rows, or A1 to the used range's end), so the total only ever firms up.
 */
class ReadTally {
  private readonly read: number[];
  private readonly totals: number[];

  constructor(listed: number[]) {
    this.read = listed.map(() => 0);
    this.totals = [...listed];
  }

  update(sheet: number, read: number, total: number): [number, number] {
    this.read[sheet] = read;
    this.totals[sheet] = total;
    return this.current();
  }

  /** Everything read: done equals total. */
  finish(): [number, number] {
    this.totals.forEach((_, i) => (this.read[i] = this.totals[i]));
    return this.current();
  }

  private current(): [number, number] {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return [sum(this.read), sum(this.totals)];
  }
}
