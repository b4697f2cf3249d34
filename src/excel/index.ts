/**
 * The Excel host, as the pane uses it: a WorkbookSource over the open workbook and a report
 * writer. Everything here runs in `Excel.run`; only call it once Office is ready.
 */
import type { ReportModel } from "../report/model";
import { ExcelWorkbookSource, excelRun, type ExcelRunner } from "./excelWorkbookSource";
import { officeRequirements, type RequirementCheck } from "./requirements";
import { writeReport, type WriteReportOptions, type WriteReportResult } from "./writeReport";

export {
  ExcelWorkbookSource,
  excelRun,
  type ExcelRunner,
  type ExcelSheetListing,
  type ExcelSourceOptions,
} from "./excelWorkbookSource";
export { writeReport, type WriteReportOptions, type WriteReportResult } from "./writeReport";
export { officeRequirements, type RequirementCheck } from "./requirements";
export { ExcelHostError, type ExcelError, type ExcelErrorCode } from "./excelError";
export type { ExcelHost } from "./host";
export { excelReportSink } from "./excelReportSink";

/** The open workbook as a WorkbookSource (requirement sets checked through Office). */
export function excelWorkbookSource(run: ExcelRunner = excelRun): ExcelWorkbookSource {
  return new ExcelWorkbookSource(run, { supports: officeRequirements });
}

/**
 * Writes `model` into the open workbook in one Excel.run. Pass `date1904` from the source's
 * `info()` so dates land right in a 1904-system workbook.
 */
export function writeReportInExcel(
  model: ReportModel,
  options: Omit<WriteReportOptions, "supports"> & { supports?: RequirementCheck } = {},
  run: ExcelRunner = excelRun
): Promise<WriteReportResult> {
  return run((context) =>
    writeReport(context, model, { supports: officeRequirements, ...options })
  );
}
