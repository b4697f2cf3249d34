import { dayNumber, type Contact } from "../domain";
import { CustomerNumbering } from "./customerNumbering";
import type { UpliftOptions } from "./types";

/**
 * The contacts read once, in input order, into flat parallel columns (index = position in the
 * contacts list). At 300,000 contacts, every pass over the contact objects costs cache misses and
 * every object kept per contact costs garbage collection; reading each object once and indexing
 * typed arrays afterwards is what keeps the uplift analysis fast.
 */
export interface ContactColumns {
  count: number;
  /** Customer number of each contact: ids numbered 0, 1, 2, ... in order of first appearance. */
  customer: Int32Array;
  /** Customer id -> number (the transaction index shares it, so a customer's slot is their number). */
  numbering: CustomerNumbering;
  /** How many customers the contacts have: numbers 0 .. customerCount - 1. */
  customerCount: number;
  /** Campaign of each contact, as an index into `campaigns` (order of first appearance). */
  campaign: Int32Array;
  campaigns: string[];
  /** 1 for a control contact, 0 for a treated one. */
  control: Uint8Array;
  /** Treated arm of each treated contact (see armOfContact) as an index into `arms`; -1 for control. */
  arm: Int32Array;
  arms: string[];
  date: Float64Array;
  /** dayNumber of the date (a float column, so an invalid date stays NaN rather than becoming day 0). */
  day: Float64Array;
  /** Cost of a treated contact: its own, else its channel's from the options; NaN when unknown or control. */
  cost: Float64Array;
  /** 1 when the contact carries its own outcome (a converted or revenue value on the contacts sheet). */
  ownOutcome: Uint8Array;
}

/** The treated arm of a contact: the caller's rule, else its channel ("" when it has none). */
export function armOfContact(contact: Contact, options: UpliftOptions): string {
  return options.armOf ? options.armOf(contact) : (contact.channel ?? "");
}

/** Numbers a label: the same label always gets the same index into `labels`. */
function codeOf(label: string, codes: Map<string, number>, labels: string[]): number {
  let code = codes.get(label);
  if (code === undefined) {
    code = labels.length;
    codes.set(label, code);
    labels.push(label);
  }
  return code;
}

/**
 * Reads every contact once into columns: customer and campaign numbers, group, arm, date and
 * day, cost, and whether the contact has its own outcome. Campaigns and arms get numbers in
 * order of first appearance, so iterating them by number keeps the input's order.
 */
export function readContactColumns(
  contacts: readonly Contact[],
  options: UpliftOptions
): ContactColumns {
  const count = contacts.length;
  const columns: ContactColumns = {
    count,
    customer: new Int32Array(count),
    numbering: new CustomerNumbering(count),
    customerCount: 0,
    campaign: new Int32Array(count),
    campaigns: [],
    control: new Uint8Array(count),
    arm: new Int32Array(count),
    arms: [],
    date: new Float64Array(count),
    day: new Float64Array(count),
    cost: new Float64Array(count),
    ownOutcome: new Uint8Array(count),
  };
  const campaignCodes = new Map<string, number>();
  const armCodes = new Map<string, number>();
  const costOfChannel = options.costPerContact;
  for (let i = 0; i < count; i++) {
    const contact = contacts[i];
    columns.customer[i] = columns.numbering.numberOf(contact.customerId);
    columns.campaign[i] = codeOf(contact.campaign, campaignCodes, columns.campaigns);
    const isControl = contact.group === "control";
    columns.control[i] = isControl ? 1 : 0;
    columns.arm[i] = isControl
      ? -1
      : codeOf(armOfContact(contact, options), armCodes, columns.arms);
    columns.date[i] = contact.contactDate;
    columns.day[i] = dayNumber(contact.contactDate);
    columns.cost[i] = isControl
      ? NaN
      : (contact.costPerContact ?? costOfChannel?.[contact.channel ?? ""] ?? NaN);
    columns.ownOutcome[i] =
      contact.converted !== undefined || contact.revenue !== undefined ? 1 : 0;
  }
  columns.customerCount = columns.numbering.size;
  return columns;
}
