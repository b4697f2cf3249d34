import type { ContactColumns } from "./contactColumns";
import type { UpliftMessage } from "./types";

/**
 * The analysed customers of a campaign as parallel columns (unit u is position u of each): one
 * column per field rather than one object per customer, since a campaign can have 100,000 of them.
 */
export interface CampaignUnits {
  count: number;
  /** Index in the contacts list of the contact kept for the customer. */
  contact: Int32Array;
  /** The customer's number (see ContactColumns). */
  customer: Int32Array;
  /** Index into the design's `arms`, or -1 for control. */
  group: Int32Array;
  /** Day the outcome window starts (the contact day; for a global control, the campaign's first day). */
  day: Float64Array;
}

/** Who is in which group of one campaign, after exposure checks. */
export interface CampaignDesign {
  campaign: string;
  /** The campaign's number in ContactColumns.campaigns. */
  campaignNumber: number;
  arms: string[];
  controlSource: "own" | "global";
  units: CampaignUnits;
  /** Customers in two arms, or treated and control: excluded, since their effect cannot be attributed. */
  crossoverCustomers: number;
}

const NONE = -1;
const CROSSOVER = -2;

function unitsWithRoom(capacity: number): CampaignUnits {
  return {
    count: 0,
    contact: new Int32Array(capacity),
    customer: new Int32Array(capacity),
    group: new Int32Array(capacity),
    day: new Float64Array(capacity),
  };
}

function addUnit(
  units: CampaignUnits,
  contact: number,
  customer: number,
  group: number,
  day: number
): void {
  const u = units.count++;
  units.contact[u] = contact;
  units.customer[u] = customer;
  units.group[u] = group;
  units.day[u] = day;
}

/** Contact indices grouped by campaign number, input order kept within a campaign (a counting sort). */
function contactsByCampaign(columns: ContactColumns): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(columns.campaigns.length + 1);
  for (let i = 0; i < columns.count; i++) start[columns.campaign[i] + 1]++;
  for (let c = 0; c < columns.campaigns.length; c++) start[c + 1] += start[c];
  const next = start.slice(0, columns.campaigns.length);
  const order = new Int32Array(columns.count);
  for (let i = 0; i < columns.count; i++) order[next[columns.campaign[i]]++] = i;
  return { start, order };
}

/**
 * Splits contacts by campaign into a control group and one or more treated arms (by channel, or
 * by `options.armOf`, as read into the columns). A customer contacted several times in the same
 * group counts once (earliest contact); a customer found in two groups of one campaign is a
 * crossover and is left out. A campaign without its own control uses the global holdout (the
 * control contacts of campaign `globalControlCampaign`), whose window starts on the campaign's
 * first contact day; without either it is skipped with a message, never a crash.
 */
export function designCampaigns(
  columns: ContactColumns,
  globalControlCampaign?: string
): { designs: CampaignDesign[]; skipped: { campaign: string; reason: UpliftMessage }[] } {
  const { start, order } = contactsByCampaign(columns);
  const globalNumber =
    globalControlCampaign !== undefined ? columns.campaigns.indexOf(globalControlCampaign) : -1;
  const globalControl: number[] = [];
  if (globalNumber >= 0) {
    for (let k = start[globalNumber]; k < start[globalNumber + 1]; k++)
      if (columns.control[order[k]]) globalControl.push(order[k]);
  }
  // Per customer: the group key kept (or NONE / CROSSOVER) and the contact kept; reset after each campaign.
  const customerCount = columns.customerCount;
  const keyOf = new Int32Array(customerCount).fill(NONE);
  const keptContact = new Int32Array(customerCount);
  // Per arm number: its key in the current campaign (0 until seen there).
  const keyOfArm = new Int32Array(columns.arms.length);
  const designs: CampaignDesign[] = [];
  const skipped: { campaign: string; reason: UpliftMessage }[] = [];

  for (let c = 0; c < columns.campaigns.length; c++) {
    if (c === globalNumber) continue;
    const campaign = columns.campaigns[c];
    // key 0 is control, 1.. are arms in order of appearance
    const arms: string[] = [];
    keyOfArm.fill(0);
    const touched = new Int32Array(start[c + 1] - start[c]);
    let touchedCount = 0;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const i = order[k];
      let key = 0;
      if (!columns.control[i]) {
        const arm = columns.arm[i];
        if (keyOfArm[arm] === 0) {
          arms.push(columns.arms[arm]);
          keyOfArm[arm] = arms.length;
        }
        key = keyOfArm[arm];
      }
      const customer = columns.customer[i];
      const kept = keyOf[customer];
      if (kept === NONE) {
        keyOf[customer] = key;
        keptContact[customer] = i;
        touched[touchedCount++] = customer;
      } else if (kept !== CROSSOVER && kept !== key) keyOf[customer] = CROSSOVER;
      else if (kept === key && columns.date[i] < columns.date[keptContact[customer]])
        keptContact[customer] = i;
    }
    let units = unitsWithRoom(touchedCount);
    let crossoverCustomers = 0;
    let controlCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const customer = touched[t];
      const key = keyOf[customer];
      keyOf[customer] = NONE;
      if (key === CROSSOVER) {
        crossoverCustomers++;
        continue;
      }
      const contact = keptContact[customer];
      if (key === 0) controlCount++;
      addUnit(units, contact, customer, key - 1, columns.day[contact]);
    }
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
      const withHoldout = withGlobalControl(units, globalControl, columns);
      units = withHoldout.units;
      crossoverCustomers += withHoldout.crossovers;
    }
    designs.push({ campaign, campaignNumber: c, arms, controlSource, units, crossoverCustomers });
  }
  return { designs, skipped };
}

/**
 * The units of a campaign with the global holdout as its control, the holdout's window starting
 * on the campaign's first contact day; holdout customers the campaign treated anyway are
 * crossovers, left out of both groups (returned with their count).
 */
function withGlobalControl(
  treated: CampaignUnits,
  globalControl: readonly number[],
  columns: ContactColumns
): { units: CampaignUnits; crossovers: number } {
  let firstDay = Infinity;
  for (let u = 0; u < treated.count; u++) firstDay = Math.min(firstDay, treated.day[u]);
  const customerCount = columns.customerCount;
  const inHoldout = new Uint8Array(customerCount);
  for (const i of globalControl) inHoldout[columns.customer[i]] = 1;
  // Customers already placed: treated by the campaign (kept or not), then holdout customers added.
  const placed = new Uint8Array(customerCount);
  const units = unitsWithRoom(treated.count + globalControl.length);
  for (let u = 0; u < treated.count; u++) {
    const customer = treated.customer[u];
    placed[customer] = 1;
    if (!inHoldout[customer])
      addUnit(units, treated.contact[u], customer, treated.group[u], treated.day[u]);
  }
  const crossovers = treated.count - units.count;
  for (const i of globalControl) {
    const customer = columns.customer[i];
    if (placed[customer]) continue;
    placed[customer] = 1;
    addUnit(units, i, customer, -1, firstDay);
  }
  return { units, crossovers };
}
