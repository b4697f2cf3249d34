import { campaignsJson, type CampaignsJson } from "../analytics/campaigns/campaignsJson";
import { ltvJson, type LtvJson } from "../analytics/ltv";
import {
  dataQualityJson,
  mappingReport,
  type CleanData,
  type DataQualityJson,
  type SheetMappingReport,
} from "../analytics/pipeline";
import { rfmJson, type RfmJson } from "../analytics/rfm";
import type { AnalysisResults } from "../analytics/runAnalyses";
import { upliftJson, type UpliftJsonRow } from "../analytics/uplift/upliftJson";
import type { TFunction } from "i18next";
import type { PeriodKpis } from "../analytics/kpis";
import { historyJson, type HistoryJson } from "../analytics/history";
import { isoDay } from "../analytics/rfm";

/**
 * The `--json` summary (DESIGN.md's CLI contract). Keys are stable: add, never rename. A section
 * the data cannot support (no transactions: rfm and ltv; no contacts: uplift and campaigns) is
 * null, and `notes` says why.
 */
export interface SummaryJson {
  version: 1;
  dataQuality: DataQualityJson;
  /**
   * Per sheet used: each field's column (header and letter, `byUser` when chosen rather than
   * proposed) and the unused columns that could also feed it (two "amount" columns...).
   */
  mapping: Record<string, SheetMappingReport>;
  rfm: RfmJson | null;
  ltv: LtvJson | null;
  uplift: UpliftJsonRow[] | null;
  campaigns: CampaignsJson | null;
  /** The Dashboard's figures as of the as-of date and one month earlier, and the monthly revenue. */
  kpis: PeriodKpis | null;
  /** The month in context: segments at the last 12 month-ends, new vs returning buyers, cohorts. */
  history: HistoryJson | null;
  notes: string[];
}

/** The JSON summary of a run; segment names and notes in the language of `t`. */
export function buildSummaryJson(
  data: CleanData,
  results: AnalysisResults,
  t: TFunction
): SummaryJson {
  return {
    version: 1,
    dataQuality: dataQualityJson(data.dataQuality),
    mapping: mappingReport(data.sheets),
    rfm: results.rfm
      ? rfmJson(results.rfm, { segmentName: (s) => t(s.nameKey, s.params ?? {}) })
      : null,
    ltv: results.ltv ? ltvJson(results.ltv) : null,
    uplift: results.uplift ? upliftJson(results.uplift) : null,
    campaigns: results.campaigns ? campaignsJson(results.campaigns) : null,
    kpis: results.kpis ?? null,
    history:
      results.history && results.rfm
        ? historyJson(
            results.history.segments,
            results.history.customers,
            results.rfm.map.segments,
            (s) => t(s.nameKey, s.params ?? {}),
            isoDay
          )
        : null,
    notes: results.notes.map((n) => t(n.code, n.params ?? {})),
  };
}

/** The summary as the text written to the --json file: two-space indented, final newline. */
export function summaryJsonText(summary: SummaryJson): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
