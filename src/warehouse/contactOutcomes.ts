/**
 * The contact outcomes summary (summaryContract.ts CONTACT_COLUMNS) as the uplift analysis takes
 * it: contacts as the input layer makes them, and by (customer, contact day) the outcome in the
 * conversion window, the pre-contact R, F, M and the segment as of the contact day.
 */
import { roundedMoney, type Contact } from "../analytics/domain";
import { parseContactGroup } from "../analytics/input/contactGroup";
import { parseBoolean } from "../analytics/input/values/booleanText";
import { segmentMapFor, type RfmOptions } from "../analytics/rfm";
import { placeInMap, windowYears } from "../analytics/rfm/assignSegment";
import { groupOf } from "../analytics/rfm/scoreByQuantiles";
import type { PreCampaignFeatures } from "../analytics/uplift/types";
import type { ContactColumn, SummaryRow } from "./summaryContract";

const num = (v: unknown) => v as number;

const cutsOf = (text: unknown) => (text === null ? [] : String(text).split(";").map(Number));

/**
 * The segment as of the contact day, as analyzeRfm on that day places the customer: scores by
 * the day's cut points (groupOf, recency inverted), then the map. Undefined when the customer had
 * no purchase before the day (not scored) or the summary has no cut points.
 */
function segmentOnContactDay(
  r: SummaryRow<ContactColumn>,
  options: RfmOptions
): string | undefined {
  if (num(r.pre_orders) === 0 || r.pre_last_purchase_day === null || r.recency_cuts === null)
    return undefined;
  const bins = options.bins ?? 5;
  const day = num(r.contact_day);
  const recency = day - num(r.pre_last_purchase_day);
  const monetary = Math.max(0, roundedMoney(num(r.pre_revenue)));
  const years = windowYears({ asOfDay: day, firstDataDay: num(r.first_data_day) }, undefined);
  return placeInMap(
    segmentMapFor(options),
    bins,
    bins + 1 - groupOf(recency, cutsOf(r.recency_cuts)),
    groupOf(num(r.pre_orders), cutsOf(r.frequency_cuts)),
    groupOf(monetary, cutsOf(r.monetary_cuts)),
    years > 0 ? monetary / years : 0
  ).segment;
}

/** Contacts as the input layer makes them, and their outcomes and pre-contact features by (customer, day). */
export function contactsOf(rows: readonly SummaryRow<ContactColumn>[], rfmOptions: RfmOptions) {
  const contacts: Contact[] = [];
  const outcomes = new Map<string, { converted: boolean; revenue: number }>();
  const before = new Map<string, PreCampaignFeatures>();
  const segments = new Map<string, string | undefined>();
  rows.forEach((r, i) => {
    const group = parseContactGroup(r.contact_group, false);
    if (group === null) return;
    const day = num(r.contact_day);
    const contact: Contact = {
      customerId: r.customer_id as string,
      campaign: r.campaign as string,
      group,
      contactDate: day * 86_400_000,
      source: { sheet: "contact outcomes", row: i + 2 },
    };
    if (r.channel !== null) contact.channel = r.channel as string;
    if (r.cost_per_contact !== null) contact.costPerContact = num(r.cost_per_contact);
    if (r.own_revenue !== null) contact.revenue = num(r.own_revenue);
    if (r.own_converted !== null) {
      // read as the contacts sheet's converted column is (sheetReader.optionalBoolean)
      const flag = parseBoolean(r.own_converted);
      if (flag !== null) contact.converted = flag;
    }
    contacts.push(contact);
    const key = `${contact.customerId}\u0000${day}`;
    outcomes.set(key, { converted: r.converted === true, revenue: num(r.window_revenue) });
    segments.set(key, segmentOnContactDay(r, rfmOptions));
    const frequency = num(r.pre_purchase_days);
    before.set(key, {
      recency:
        frequency > 0 && r.pre_last_purchase_day !== null
          ? day - num(r.pre_last_purchase_day)
          : undefined,
      frequency,
      monetary: num(r.pre_revenue),
    });
  });
  const scored = rows.some((r) => r.recency_cuts !== null);
  return { contacts, outcomes, before, segments: scored ? segments : null };
}
