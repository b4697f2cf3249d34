import type { UpliftAnalysis } from "../../../../analytics/uplift/types";
import { campaignTotal } from "../campaignTotal";

/**
 * The conversion rate of the control groups across campaigns (conversions / customers, each
 * campaign counted once): the planner's suggested baseline. Null without a control customer.
 */
export function observedControlRate(uplift: UpliftAnalysis | null): number | null {
  let n = 0;
  let conversions = 0;
  for (const campaign of uplift?.campaigns ?? []) {
    const total = campaignTotal(campaign);
    if (!total) continue;
    n += total.control.n;
    conversions += total.control.conversions;
  }
  return n > 0 ? conversions / n : null;
}
