/**
 * The .xlsx ReportSink: renders the model to file bytes and hands them to `save` (the CLI
 * writes them to --out, the browser offers them as a download).
 */
import type { ReportSink } from "../report/reportSink";
import { writeReportXlsx } from "./writeReport";

export function xlsxReportSink(save: (bytes: Uint8Array) => Promise<void>): ReportSink {
  return {
    async write(model) {
      // Render fully before saving: a bad model never leaves a half-written file behind.
      await save(await writeReportXlsx(model));
    },
  };
}
