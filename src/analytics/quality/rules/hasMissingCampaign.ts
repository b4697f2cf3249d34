import type { Contact } from "../../domain";

/** Whether a contact names no campaign (blank or spaces): it cannot be attributed to one. */
export function hasMissingCampaign(c: Contact): boolean {
  return c.campaign.trim() === "";
}
