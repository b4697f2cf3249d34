/**
 * The workbooks the tests check with other readers (openpyxl, LibreOffice): the committed French
 * sample (5,000 customers) through the whole pipeline, reported in English and in French, the
 * hand-made model exercising every block kind, and a report of the Data quality sheet alone.
 * Written to test-output/<dir>/ so a failing test leaves the file to open.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses } from "../../src/analytics/runAnalyses";
import { buildReport } from "../../src/report/buildReport";
import type { ReportModel } from "../../src/report/model";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { sampleModel } from "../report/sampleModel";

const ROOT = path.resolve(__dirname, "../..");
export const SAMPLE = path.join(ROOT, "assets/sample/crm-sample.xlsx");

export interface WrittenWorkbook {
  label: string;
  path: string;
  model: ReportModel;
}

const options = (language: "en" | "fr") => ({
  language,
  generatedAt: Date.UTC(2025, 0, 2, 9),
  version: "test",
});

/** The sample's report models, English and French (one analysis, two languages). */
export async function sampleReportModels(): Promise<Record<"en" | "fr", ReportModel>> {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE)));
  if (!loaded.ok) throw new Error(`pipeline failed: ${loaded.error.code}`);
  const input = { ...runAnalyses(loaded.data), dataQuality: loaded.data.dataQuality };
  return { en: buildReport(input, options("en")), fr: buildReport(input, options("fr")) };
}

/** Writes a model under test-output/<dir>/<label>.xlsx. */
export async function writeWorkbook(
  dir: string,
  label: string,
  model: ReportModel
): Promise<WrittenWorkbook> {
  const folder = path.join(ROOT, "test-output", dir);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${label}.xlsx`);
  writeFileSync(file, await writeReportXlsx(model));
  return { label, path: file, model };
}

/** Every variant of report workbook the writer produces today, written under test-output/<dir>. */
export async function writeEveryReportVariant(dir: string): Promise<WrittenWorkbook[]> {
  const sample = await sampleReportModels();
  const dataQualityOnly = buildReport(
    {
      dataQuality: {
        rowsRead: 10,
        rowsUsed: 9,
        sheets: [
          { sheet: "Ventes", kind: "transactions", rowsRead: 10, rowsUsed: 9, rowsFlagged: 0 },
        ],
        excluded: [{ sheet: "Ventes", reason: "missingCustomerId", count: 1, rows: [4] }],
        flagged: [],
        warnings: [],
      },
    },
    options("fr")
  );
  return Promise.all([
    writeWorkbook(dir, "sample-en", sample.en),
    writeWorkbook(dir, "sample-fr", sample.fr),
    writeWorkbook(dir, "every-block", sampleModel()),
    writeWorkbook(dir, "data-quality-fr", dataQualityOnly),
  ]);
}
