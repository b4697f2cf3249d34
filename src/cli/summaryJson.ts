import { dataQualityJson, type CleanData, type DataQualityJson } from "../analytics/pipeline";

/**
 * The `--json` summary (DESIGN.md's CLI contract). Version 1 carries `dataQuality`; the rfm, ltv,
 * uplift and campaigns sections are added here as their analyses are wired in. Keys are stable:
 * add, never rename.
 */
export interface SummaryJson {
  version: 1;
  dataQuality: DataQualityJson;
}

/** The JSON summary of a run from its clean data. */
export function buildSummaryJson(data: CleanData): SummaryJson {
  return { version: 1, dataQuality: dataQualityJson(data.dataQuality) };
}

/** The summary as the text written to the --json file: two-space indented, final newline. */
export function summaryJsonText(summary: SummaryJson): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
