import { campaignsJson, type CampaignsJson } from "../analytics/campaigns/campaignsJson";
import { ltvJson, type LtvJson } from "../analytics/ltv";
import {
  dataQualityJson,
  mappingReport,
  type CleanData,
  type DataQualityJson,
  type SheetMappingReport,
} from "../analytics/pipeline";
import { isoDay, rfmJson, type RfmJson } from "../analytics/rfm";
import type { AnalysisResults } from "../analytics/runAnalyses";
import { upliftJson, type UpliftJsonRow } from "../analytics/uplift/upliftJson";
import type { TFunction } from "i18next";
import { historyJson, type HistoryJson } from "../analytics/history";
import { NO_CURRENCY, type ResolvedCurrency } from "../analytics/currency";
import { kpiPeriods, type KpiId, type KpiPeriod, type PeriodKpis } from "../analytics/kpis";
import { upliftChecksJson, type UpliftChecksJson } from "../analytics/uplift/upliftChecksJson";
import { streamJson } from "./jsonStream";

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
  /**
   * Per sheet used: each field's column (header and letter, `byUser` when chosen rather than
   * proposed) and the unused columns that could also feed it (two "amount" columns...).
   */
  mapping: Record<string, SheetMappingReport>;
  rfm: RfmJson | null;
  ltv: LtvJson | null;
  uplift: UpliftJsonRow[] | null;
  campaigns: CampaignsJson | null;
  /**
   * The checks the Uplift sheet shows, one entry a campaign (sample ratio, covariate balance,
   * pooled vs post-stratified per breakdown with Simpson's flag and Cochran's Q, small cells,
   * adjusted p-values); null like `uplift`.
   */
  upliftChecks: UpliftChecksJson[] | null;
  /**
   * The Dashboard's figures as of the as-of date and one month earlier, and the monthly revenue;
   * each figure's period (`periods`: window or all history, first and last day) and the money's
   * currency code.
   */
  kpis: KpisJson | null;
  /** The month in context: segments at the last 12 month-ends, new vs returning buyers, cohorts. */
  history: HistoryJson | null;
  notes: string[];
}

export interface KpisJson extends PeriodKpis {
  /** ISO 4217 code of revenue and AOV; null when the data names no currency. */
  currency: string | null;
  periods: { current: Record<KpiId, KpiPeriod>; previous: Record<KpiId, KpiPeriod> };
}

function kpisJson(kpis: PeriodKpis, currency: ResolvedCurrency): KpisJson {
  return {
    ...kpis,
    currency: currency.code,
    periods: { current: kpiPeriods(kpis.current), previous: kpiPeriods(kpis.previous) },
  };
}

/**
 * The JSON summary of a run; segment names and notes in the language of `t`. With
 * `lazyCustomers` (the CLI's files), the rfm and ltv customers are made as the writer reads them.
 */
export function buildSummaryJson(
  data: CleanData,
  results: AnalysisResults,
  t: TFunction,
  { lazyCustomers = false }: { lazyCustomers?: boolean } = {}
): SummaryJson {
  return {
    version: 1,
    currency: data.currency ?? NO_CURRENCY,
    dataQuality: dataQualityJson(data.dataQuality),
    mapping: mappingReport(data.sheets),
    rfm: results.rfm
      ? rfmJson(results.rfm, {
          segmentName: (s) => t(s.nameKey, s.params ?? {}),
          lazyCustomers,
        })
      : null,
    ltv: results.ltv ? ltvJson(results.ltv, { lazyCustomers }) : null,
    uplift: results.uplift ? upliftJson(results.uplift) : null,
    upliftChecks: results.uplift ? upliftChecksJson(results.uplift) : null,
    campaigns: results.campaigns ? campaignsJson(results.campaigns) : null,
    kpis: results.kpis ? kpisJson(results.kpis, data.currency ?? NO_CURRENCY) : null,
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

/** summaryJsonText handed to `write` in pieces: the same text, never held whole. */
export function streamSummaryJson(summary: SummaryJson, write: (text: string) => void): void {
  streamJson(summary, write);
  write("\n");
}

/** Where the run writes text files: whole, or (when the file system allows) piece by piece. */
export interface TextFileWriter {
  writeFile(path: string, text: string): Promise<void>;
  /** The file made by `produce`'s pieces, written atomically as they come (the CLI's own). */
  writeFileStreamed?(path: string, produce: (write: (text: string) => void) => void): Promise<void>;
}

/**
 * Writes the --json file: streamed where the writer can (a million customers' summary is never
 * one string), else as one text (tests' in-memory files).
 */
export async function writeSummaryJson(
  io: TextFileWriter,
  path: string,
  summary: SummaryJson
): Promise<void> {
  if (io.writeFileStreamed) await io.writeFileStreamed(path, (w) => streamSummaryJson(summary, w));
  else await io.writeFile(path, summaryJsonText(summary));
}
