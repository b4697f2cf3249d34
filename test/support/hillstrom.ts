/**
 * Reads the MineThatData e-mail challenge (Hillstrom 2008, ../shared/data/hillstrom.csv.gz) into
 * Contacts carrying their own outcomes: one campaign "Hillstrom", arms "Mens E-Mail" and
 * "Womens E-Mail" (as the channel), control "No E-Mail"; converted = conversion, revenue = spend.
 * Also hands back each customer's attributes and pre-campaign recency (months) / history ($) for
 * breakdown and balance tests. Customer ids are "H<data row>", contact date 2008-03-01.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import Papa from "papaparse";
import type { Contact } from "../../src/analytics/domain";

export const HILLSTROM_PATH = path.resolve(__dirname, "../../../shared/data/hillstrom.csv.gz");
export const HILLSTROM_CONTACT_DATE = Date.UTC(2008, 2, 1);

export interface HillstromData {
  contacts: Contact[];
  attributes: Map<string, Record<string, string>>;
  /** Pre-campaign recency in months and history (spend in the past year, $) per customer. */
  history: Map<string, { recency: number; monetary: number }>;
}

let cached: HillstromData | undefined;

export function loadHillstrom(): HillstromData {
  if (cached) return cached;
  const text = zlib.gunzipSync(fs.readFileSync(HILLSTROM_PATH)).toString("utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const contacts: Contact[] = [];
  const attributes = new Map<string, Record<string, string>>();
  const history = new Map<string, { recency: number; monetary: number }>();
  parsed.data.forEach((row, i) => {
    const customerId = `H${i + 2}`;
    const treated = row.segment !== "No E-Mail";
    contacts.push({
      customerId,
      campaign: "Hillstrom",
      group: treated ? "treated" : "control",
      contactDate: HILLSTROM_CONTACT_DATE,
      channel: treated ? row.segment : undefined,
      converted: row.conversion === "1",
      revenue: Number(row.spend),
      source: { sheet: "hillstrom", row: i + 2 },
    });
    attributes.set(customerId, {
      zip_code: row.zip_code,
      history_segment: row.history_segment,
      newbie: row.newbie,
      channel: row.channel,
    });
    history.set(customerId, { recency: Number(row.recency), monetary: Number(row.history) });
  });
  cached = { contacts, attributes, history };
  return cached;
}
