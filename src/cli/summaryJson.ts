import { campaignsJson, type CampaignsJson } from "../analytics/campaigns/campaignsJson";
import { ltvJson, type LtvJson } from "../analytics/ltv";
import { dataQualityJson, type CleanData, type DataQualityJson } from "../analytics/pipeline";
import { rfmJson, type RfmJson } from "../analytics/rfm";
import type { AnalysisResults } from "../analytics/runAnalyses";
import { upliftJson, type UpliftJsonRow } from "../analytics/uplift/upliftJson";
import type { TFunction } from "i18next";
import { NO_CURRENCY, type ResolvedCurrency } from "../analytics/currency";
import type { PeriodKpis } from "../analytics/kpis";

/**
 * The `--json` summary (DESIGN.md's CLI contract). Keys are stable: add, never rename. A section
 * the data cannot support (no transactions: rfm and ltv; no contacts: uplift and campaigns) is
 * null, and `notes` says why.
 */
export interface SummaryJson {
  version: 1;
  /** The amounts' currency (ISO 4217, null when the data names none) and where it came from. */
  currency: ResolvedCurrency;
  dataQuality: DataQualityJson;
  rfm: RfmJson | null;
  ltv: LtvJson | null;
  uplift: UpliftJsonRow[] | null;
  campaigns: CampaignsJson | null;
  /** The Dashboard's figures as of the as-of date and one month earlier, and the monthly revenue. */
  kpis: PeriodKpis | null;
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
    currency: data.currency ?? NO_CURRENCY,
    dataQuality: dataQualityJson(data.dataQuality),
    rfm: results.rfm
      ? rfmJson(results.rfm, { segmentName: (s) => t(s.nameKey, s.params ?? {}) })
      : null,
    ltv: results.ltv ? ltvJson(results.ltv) : null,
    uplift: results.uplift ? upliftJson(results.uplift) : null,
    campaigns: results.campaigns ? campaignsJson(results.campaigns) : null,
    kpis: results.kpis ?? null,
    notes: results.notes.map((n) => t(n.code, n.params ?? {})),
  };
}

/** The summary as the text written to the --json file: two-space indented, final newline. */
export function summaryJsonText(summary: SummaryJson): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
