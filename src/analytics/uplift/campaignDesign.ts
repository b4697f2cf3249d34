import { dayNumber, type Contact } from "../domain";
import type { UpliftMessage, UpliftOptions } from "./types";

/** One analysed customer of a campaign: the contact kept for them and the group they are in. */
export interface CampaignUnit {
  contact: Contact;
  /** Index into `arms`, or -1 for control. */
  group: number;
  /** Day the outcome window starts (the contact day; for a global control, the campaign's first day). */
  day: number;
}

/** Who is in which group of one campaign, after exposure checks. */
export interface CampaignDesign {
  campaign: string;
  arms: string[];
  controlSource: "own" | "global";
  units: CampaignUnit[];
  /** Customers in two arms, or treated and control: excluded, since their effect cannot be attributed. */
  crossoverCustomers: number;
}

const CONTROL = "\u0000control";

/** The treated arm of a contact: the caller's rule, else its channel ("" when it has none). */
export function armOfContact(contact: Contact, options: UpliftOptions): string {
  return options.armOf ? options.armOf(contact) : (contact.channel ?? "");
}

/** Keeps one contact per customer (the earliest) per group; returns customers seen in several groups apart. */
function assignCustomers(contacts: readonly Contact[], options: UpliftOptions) {
  const byCustomer = new Map<string, Map<string, Contact>>();
  for (const contact of contacts) {
    const key = contact.group === "control" ? CONTROL : armOfContact(contact, options);
    let groups = byCustomer.get(contact.customerId);
    if (!groups) byCustomer.set(contact.customerId, (groups = new Map()));
    const kept = groups.get(key);
    if (!kept || contact.contactDate < kept.contactDate) groups.set(key, contact);
  }
  return byCustomer;
}

/**
 * Splits contacts by campaign into a control group and one or more treated arms (by channel, or
 * by `options.armOf`). A customer contacted several times in the same group counts once (earliest
 * contact); a customer found in two groups of one campaign is a crossover and is left out. A
 * campaign without its own control uses the global holdout (`options.globalControlCampaign`),
 * whose window starts on the campaign's first contact day; without either it is skipped with a
 * message, never a crash.
 */
export function designCampaigns(
  contacts: readonly Contact[],
  options: UpliftOptions
): { designs: CampaignDesign[]; skipped: { campaign: string; reason: UpliftMessage }[] } {
  const byCampaign = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const list = byCampaign.get(contact.campaign);
    if (list) list.push(contact);
    else byCampaign.set(contact.campaign, [contact]);
  }
  const globalName = options.globalControlCampaign;
  const globalControl =
    globalName !== undefined
      ? (byCampaign.get(globalName) ?? []).filter((c) => c.group === "control")
      : [];
  const designs: CampaignDesign[] = [];
  const skipped: { campaign: string; reason: UpliftMessage }[] = [];

  for (const [campaign, campaignContacts] of byCampaign) {
    if (campaign === globalName) continue;
    const armIndex = new Map<string, number>();
    const units: CampaignUnit[] = [];
    let crossoverCustomers = 0;
    let controlCount = 0;
    for (const [, groups] of assignCustomers(campaignContacts, options)) {
      if (groups.size > 1) {
        crossoverCustomers++;
        continue;
      }
      const [[key, contact]] = groups;
      if (key === CONTROL) controlCount++;
      else if (!armIndex.has(key)) armIndex.set(key, armIndex.size);
      units.push({
        contact,
        group: key === CONTROL ? -1 : armIndex.get(key)!,
        day: dayNumber(contact.contactDate),
      });
    }
    if (armIndex.size === 0) {
      skipped.push({
        campaign,
        reason: { code: "uplift:errors.noTreatedGroup", params: { campaign } },
      });
      continue;
    }
    let controlSource: "own" | "global" = "own";
    if (controlCount === 0) {
      if (globalControl.length === 0) {
        skipped.push({
          campaign,
          reason: { code: "uplift:errors.noControlGroup", params: { campaign } },
        });
        continue;
      }
      controlSource = "global";
      const firstDay = units.reduce((d, u) => Math.min(d, u.day), Infinity);
      const treated = new Set(units.map((u) => u.contact.customerId));
      const seen = new Set<string>();
      for (const contact of globalControl) {
        if (seen.has(contact.customerId)) continue;
        seen.add(contact.customerId);
        if (treated.has(contact.customerId)) {
          crossoverCustomers++;
          continue;
        }
        units.push({ contact, group: -1, day: firstDay });
      }
      const treatedKept = units.filter((u) => u.group >= 0 && !seen.has(u.contact.customerId));
      const controlKept = units.filter((u) => u.group < 0);
      units.length = 0;
      units.push(...treatedKept, ...controlKept);
    }
    designs.push({
      campaign,
      arms: [...armIndex.keys()],
      controlSource,
      units,
      crossoverCustomers,
    });
  }
  return { designs, skipped };
}
