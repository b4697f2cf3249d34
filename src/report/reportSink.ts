/**
 * The write port between the report and a host (DESIGN.md: read -> ... -> build report -> write).
 * The Office.js host writes the model into the open workbook; the file host writes an .xlsx
 * (src/xlsx/writeReportSink.ts). The pane and the CLI only see this interface.
 */
import type { ReportModel } from "./model";

export interface ReportSink {
  /** Writes every sheet of the model; rejects without a partial result it cannot undo. */
  write(model: ReportModel): Promise<void>;
}
