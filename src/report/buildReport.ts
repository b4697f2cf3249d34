/**
 * Analysis results -> ReportModel. Each section of the input that is present becomes its sheet
 * (or sheets) and adds its parameters and definitions to the Method sheet, which comes last.
 *
 * Adding a section (RFM, LTV, uplift, campaigns, Dashboard):
 * 1. add an optional field to ReportInput typed with the analysis' result type
 *    (e.g. `rfm?: RfmResult` from src/analytics/rfm) - never `unknown`;
 * 2. write `buildXxxSheet(result, ctx): { sheet: ReportSheet; method: MethodContribution }` in
 *    src/report/sheets/xxxSheet.ts, its labels in the "report" i18n namespace (en + fr);
 * 3. add one entry to `sections` below, at the place its sheet goes in the workbook
 *    (Dashboard, RFM, Segments, Migration, LTV, Uplift, Campaigns, Data quality, Method).
 * Tables on other sheets are found by name (ranges.ts findTable), so a Dashboard formula or
 * chart can point at a section's table once both are in the model.
 */
import type { ResolvedCurrency } from "../analytics/currency";
import type { DataQualityReport } from "../analytics/quality/dataQualityReport";
import type { AnalysisResults } from "../analytics/runAnalyses";
import type { ReportModel } from "./model";
import { createReportContext, type ReportContext, type ReportOptions } from "./reportContext";
import { pageFrame, planPrint } from "./printPlan";
import type { SectionOutput } from "./sectionOutput";
import { buildCampaignsSheet } from "./sheets/campaignsSheet";
import { buildDashboardSheet } from "./sheets/dashboardSheet";
import { buildDataQualitySheet } from "./sheets/dataQualitySheet";
import { buildLtvSheet } from "./sheets/ltvSheet";
import { buildMethodSheet } from "./sheets/methodSheet";
import { buildMigrationSheet } from "./sheets/migrationSheet";
import { buildHistorySheet } from "./sheets/historySheet";
import { buildRfmSheets } from "./sheets/rfmSheet";
import { buildUpliftSheet } from "./sheets/upliftSheet";

export type { ReportOptions } from "./reportContext";

/**
 * What the analyses produced (runAnalyses) and the cleaning's account; each section is optional
 * or null (a workbook may allow only some analyses).
 */
export interface ReportInput extends Partial<AnalysisResults> {
  dataQuality?: DataQualityReport;
  /** The amounts' currency (CleanData.currency) [none: plain numbers]. */
  currency?: ResolvedCurrency;
}

type Section = (input: ReportInput, ctx: ReportContext) => SectionOutput | undefined;

/** The sections in workbook order, after the Dashboard. */
const sections: Section[] = [
  buildRfmSheets,
  buildMigrationSheet,
  buildHistorySheet,
  buildLtvSheet,
  buildUpliftSheet,
  buildCampaignsSheet,
  (input, ctx) => {
    if (input.dataQuality === undefined) return undefined;
    const { sheet, method } = buildDataQualitySheet(input.dataQuality, ctx);
    return { sheets: [sheet], method };
  },
];

/**
 * Builds the report model: one sheet per present section in workbook order, then the Method
 * sheet. Pure: the generation time and version come from `options`.
 */
export function buildReport(input: ReportInput, options: ReportOptions): ReportModel {
  const ctx = createReportContext(options, input.currency);
  const frame = pageFrame(ctx, input.asOf ?? null);
  const sectionOutputs = sections
    .map((section) => section(input, ctx))
    .filter((o): o is SectionOutput => o !== undefined);
  // The Dashboard's tiles and charts point at the other sheets' tables: built last, placed first.
  const dashboard = buildDashboardSheet(
    input,
    ctx,
    sectionOutputs.flatMap((o) => o.sheets)
  );
  const outputs = dashboard ? [dashboard, ...sectionOutputs] : sectionOutputs;
  const method = buildMethodSheet(
    outputs.map((o) => o.method),
    input.dataQuality?.sheets ?? [],
    ctx,
    input
  );
  return {
    language: options.language,
    generatedAt: options.generatedAt,
    version: options.version,
    // Every sheet prints as part of one board pack: same header and footer, planned pages.
    sheets: [...outputs.flatMap((o) => o.sheets), method].map((sheet) => planPrint(sheet, frame)),
  };
}
