/**
 * The Office.js ReportSink: writes the model into the open workbook (writeReport) and turns a
 * failed write into an ExcelHostError carrying the i18n code, so the pane can say what happened
 * in the user's language. The workbook is left as it was unless the code says otherwise
 * (pane:excel.writeFailedAfterSwap).
 */
import type { ReportSink } from "../report/reportSink";
import { ExcelHostError } from "./excelError";
import { type ExcelRunner, excelRun } from "./excelWorkbookSource";
import { officeRequirements } from "./requirements";
import { writeReport, type WriteReportOptions } from "./writeReport";

export function excelReportSink(
  options: Partial<WriteReportOptions> = {},
  run: ExcelRunner = excelRun
): ReportSink {
  return {
    async write(model) {
      const result = await run((context) =>
        writeReport(context, model, { supports: officeRequirements, ...options })
      );
      if (!result.ok) throw new ExcelHostError(result.error);
    },
  };
}
