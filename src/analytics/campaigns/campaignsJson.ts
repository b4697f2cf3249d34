import type { CampaignKpis, CampaignRank, ChannelMonth } from "./types";

/** The `campaigns` section of the CLI JSON (DESIGN.md). */
export interface CampaignsJson {
  byChannel: ChannelMonth[];
  ranking: CampaignRank[];
  /** Share of active customers contacted in the year to date (a fraction); null when unknown. */
  coverage: number | null;
}

/** `{ byChannel, ranking, coverage }` of the CLI JSON from the campaign KPIs. */
export function campaignsJson(kpis: CampaignKpis): CampaignsJson {
  return {
    byChannel: kpis.byChannelMonth,
    ranking: kpis.ranking,
    coverage: kpis.coverage?.share ?? null,
  };
}
