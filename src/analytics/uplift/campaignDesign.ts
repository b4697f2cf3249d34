import { dayNumber, type Contact } from "../domain";
import { numberCustomers, type CustomerNumbers } from "./customerNumbers";
import type { UpliftMessage, UpliftOptions } from "./types";

/** One analysed customer of a campaign: the contact kept for them and the group they are in. */
export interface CampaignUnit {
  contact: Contact;
  /** The customer's number (see customerNumbers). */
  customer: number;
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

const NONE = -1;
const CROSSOVER = -2;

/** The treated arm of a contact: the caller's rule, else its channel ("" when it has none). */
export function armOfContact(contact: Contact, options: UpliftOptions): string {
  return options.armOf ? options.armOf(contact) : (contact.channel ?? "");
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
  options: UpliftOptions,
  customers: CustomerNumbers = numberCustomers(contacts)
): { designs: CampaignDesign[]; skipped: { campaign: string; reason: UpliftMessage }[] } {
  const byCampaign = new Map<string, number[]>();
  contacts.forEach((contact, i) => {
    const list = byCampaign.get(contact.campaign);
    if (list) list.push(i);
    else byCampaign.set(contact.campaign, [i]);
  });
  const globalName = options.globalControlCampaign;
  const globalControl =
    globalName !== undefined
      ? (byCampaign.get(globalName) ?? []).filter((i) => contacts[i].group === "control")
      : [];
  // Per customer: the group key index kept (or NONE / CROSSOVER) and the contact kept; reset after each campaign.
  const keyOf = new Int32Array(customers.numberOf.size).fill(NONE);
  const keptContact = new Int32Array(customers.numberOf.size);
  const designs: CampaignDesign[] = [];
  const skipped: { campaign: string; reason: UpliftMessage }[] = [];

  for (const [campaign, indices] of byCampaign) {
    if (campaign === globalName) continue;
    // key 0 is control, 1.. are arms in order of appearance
    const keyIndex = new Map<string, number>();
    const touched: number[] = [];
    for (const i of indices) {
      const contact = contacts[i];
      const key =
        contact.group === "control" ? 0 : armKey(keyIndex, armOfContact(contact, options));
      const customer = customers.ofContact[i];
      const kept = keyOf[customer];
      if (kept === NONE) {
        keyOf[customer] = key;
        keptContact[customer] = i;
        touched.push(customer);
      } else if (kept !== CROSSOVER && kept !== key) keyOf[customer] = CROSSOVER;
      else if (kept === key && contact.contactDate < contacts[keptContact[customer]].contactDate)
        keptContact[customer] = i;
    }
    const units: CampaignUnit[] = [];
    let crossoverCustomers = 0;
    let controlCount = 0;
    for (const customer of touched) {
      const key = keyOf[customer];
      keyOf[customer] = NONE;
      if (key === CROSSOVER) {
        crossoverCustomers++;
        continue;
      }
      const contact = contacts[keptContact[customer]];
      if (key === 0) controlCount++;
      units.push({ contact, customer, group: key - 1, day: dayNumber(contact.contactDate) });
    }
    const arms = [...keyIndex.keys()];
    if (arms.length === 0) {
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
      crossoverCustomers += addGlobalControl(units, globalControl, contacts, customers);
    }
    designs.push({ campaign, arms, controlSource, units, crossoverCustomers });
  }
  return { designs, skipped };
}

function armKey(keyIndex: Map<string, number>, arm: string): number {
  let key = keyIndex.get(arm);
  if (key === undefined) keyIndex.set(arm, (key = keyIndex.size + 1));
  return key;
}

/**
 * Adds the global holdout as the control of a campaign, its window starting on the campaign's
 * first contact day; holdout customers the campaign treated anyway are crossovers, left out of
 * both groups. Returns how many.
 */
function addGlobalControl(
  units: CampaignUnit[],
  globalControl: readonly number[],
  contacts: readonly Contact[],
  customers: CustomerNumbers
): number {
  const firstDay = units.reduce((d, u) => Math.min(d, u.day), Infinity);
  const holdout = new Set(globalControl.map((i) => customers.ofContact[i]));
  const treated = new Set(units.map((u) => u.customer));
  const kept = units.filter((u) => !holdout.has(u.customer));
  const crossovers = units.length - kept.length;
  const seen = new Set<number>();
  for (const i of globalControl) {
    const customer = customers.ofContact[i];
    if (seen.has(customer) || treated.has(customer)) continue;
    seen.add(customer);
    kept.push({ contact: contacts[i], customer, group: -1, day: firstDay });
  }
  units.length = 0;
  units.push(...kept);
  return crossovers;
}
