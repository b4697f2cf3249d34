import type { CampaignUplift, UpliftComparison } from "../../../analytics/uplift/types";

/**
 * The comparison that speaks for a whole campaign: all arms pooled when it has several arms
 * (the engine adds that row only then), else its single arm against control.
 */
export function campaignTotal(campaign: CampaignUplift): UpliftComparison | undefined {
  const pooled = campaign.results.find((r) => r.arm === null && r.breakdown === null);
  if (pooled) return pooled;
  const arms = campaign.results.filter((r) => r.breakdown === null);
  return arms.length === 1 ? arms[0] : undefined;
}
