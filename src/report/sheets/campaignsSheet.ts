/** The Campaigns sheet(s). PLACEHOLDER until its helper lands it: adds nothing yet. */
import type { ReportInput } from "../buildReport";
import type { ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";

/** Table names and column ids other sheets (the Dashboard) rely on. Add, never rename. */
export const CAMPAIGN_TABLES = {
  /** Columns channel, month, contacts, customers. */
  byChannelMonth: "ContactsByChannelMonth",
  /** Columns rank, campaign, customers, contacts, channels. */
  ranking: "CampaignRanking",
} as const;

export function buildCampaignsSheet(
  _input: ReportInput,
  _ctx: ReportContext
): SectionOutput | undefined {
  return undefined;
}
