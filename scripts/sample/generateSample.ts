import { MS_PER_DAY } from "../../src/analytics/domain";
import { buildTransactionLines, type SampleLine } from "./buildTransactionLines";
import {
  compareGroups,
  plantCampaignEffects,
  type Arm,
  type CampaignTruth,
  type GroupComparison,
  type GroupOutcome,
  type SimContact,
  type Tier,
} from "./plantCampaignEffects";
import { Random } from "./random";
import {
  CAMPAIGNS,
  EFFECTS,
  isoDay,
  PERIOD,
  PROCESS,
  SPEND_SEED_OFFSET,
  SPLIT,
  TIERS,
  WINDOW_DAYS,
} from "./sampleConfig";
import { drawSpendLevels, simulateCustomers } from "./simulateCustomers";

/** A cell of the sample: a Date is written as an Excel date, a string as text. */
export type SampleCell = string | number | Date | null;

export interface SampleSheet {
  name: string;
  headers: string[];
  rows: SampleCell[][];
}

export interface SampleOptions {
  seed: number;
  customers: number;
  /** Give customers persistent spend levels (SPEND_LEVEL) [true]; false: everyone pays list prices. */
  spendLevels?: boolean;
}

export const DEFAULT_SAMPLE: SampleOptions = { seed: 20240101, customers: 5000 };

/** The sample's sheets (French headers) and the truth file describing what was planted. */
export interface Sample {
  sheets: SampleSheet[];
  truth: SampleTruth;
}

export interface SampleTruth {
  generator: { seed: number; customers: number; period: { first: string; last: string } };
  process: typeof PROCESS & { unit: "day" };
  split: typeof SPLIT;
  conversionWindow: { days: number; definition: string };
  tierDefinition: typeof TIERS & { text: string };
  plantedEffects: typeof EFFECTS & { text: string };
  expected: { regular: string; best: string };
  /** Each tier over the three campaigns together (a customer counts once per campaign). */
  pooled: (GroupComparison & { tier: Tier; plantedUplift: number })[];
  counts: {
    customers: number;
    buyers: number;
    transactionRows: number;
    purchaseLines: number;
    returnLines: number;
    invoices: number;
    noCustomerIdRows: number;
    textDateRows: number;
    duplicateRows: number;
    contactRows: number;
  };
  /** Excel row numbers (header on row 1) of the planted messy rows of the Transactions sheet. */
  messyRows: { noCustomerId: number[]; textDate: number[]; duplicate: number[] };
  campaigns: (Omit<CampaignTruth, "emailDay" | "smsDay"> & {
    emailDate: string;
    smsDate: string;
  })[];
}

const CONTACT_CHANNEL: Record<Arm, string | null> = { email: "Email", sms: "SMS", control: null };
const CONTACT_GROUP: Record<Arm, string> = { email: "Ciblé", sms: "Ciblé", control: "Témoin" };

const asDate = (d: number) => new Date(d * MS_PER_DAY);
/** dd/mm/yyyy, as a French export writes a date it did not format as a date. */
const frenchText = (d: number) => {
  const [y, m, dd] = isoDay(d).split("-");
  return `${dd}/${m}/${y}`;
};

/**
 * Generates the sample workbook's content, deterministically from the seed: customers with a
 * BG/NBD-like purchase process, three campaigns whose planted effects are realised in the
 * purchases, then invoice lines with returns and messy rows. Counts of messy rows scale with the
 * number of customers (30 without a customer id, 40 text dates, 25 duplicates for 5,000).
 */
export function generateSample(options: SampleOptions = DEFAULT_SAMPLE): Sample {
  const random = new Random(options.seed);
  const customers = simulateCustomers(random, options.customers);
  if (options.spendLevels !== false) {
    drawSpendLevels(new Random(options.seed + SPEND_SEED_OFFSET), customers);
  }
  const contacts: SimContact[] = [];
  const campaigns: CampaignTruth[] = [];
  for (const plan of CAMPAIGNS) {
    const out = plantCampaignEffects(random, customers, plan);
    contacts.push(...out.contacts);
    campaigns.push(out.truth);
  }
  const scale = options.customers / 5000;
  const lines = buildTransactionLines(random, customers, {
    returnShare: 0.02,
    noCustomerId: Math.max(3, Math.round(30 * scale)),
    textDates: Math.max(3, Math.round(40 * scale)),
    duplicates: Math.max(3, Math.round(25 * scale)),
  });

  const rowsOf = (pred: (l: SampleLine) => boolean) =>
    lines.map((l, i) => (pred(l) ? i + 2 : -1)).filter((r) => r > 0);

  const sheets: SampleSheet[] = [
    {
      name: "Clients",
      headers: ["N° client", "Nom", "Date d'inscription", "Région", "Tranche d'âge"],
      rows: customers.map((c) => [c.id, c.name, asDate(c.signupDay), c.region, c.ageBand]),
    },
    {
      name: "Transactions",
      headers: [
        "N° facture",
        "N° client",
        "Date",
        "Catégorie",
        "Canal de vente",
        "Quantité",
        "Prix unitaire",
        "Montant",
      ],
      rows: lines.map((l) => [
        l.invoice,
        l.customerId,
        l.dateAsText ? frenchText(l.day) : asDate(l.day),
        l.category,
        l.channel,
        l.quantity,
        l.unitPrice,
        l.amount,
      ]),
    },
    {
      name: "Contacts",
      headers: ["N° client", "Campagne", "Canal", "Groupe", "Date de contact", "Coût par contact"],
      rows: contacts.map((c) => [
        c.customerId,
        c.campaign,
        CONTACT_CHANNEL[c.arm],
        CONTACT_GROUP[c.arm],
        asDate(c.day),
        c.cost,
      ]),
    },
  ];

  const truth: SampleTruth = {
    generator: {
      seed: options.seed,
      customers: options.customers,
      period: { first: isoDay(PERIOD.first), last: isoDay(PERIOD.last) },
    },
    process: { ...PROCESS, unit: "day" },
    split: SPLIT,
    conversionWindow: {
      days: WINDOW_DAYS,
      definition:
        "A contact converts when its customer has a purchase (not a return) on the contact day or the 29 days after it. The control group's contact day is the campaign's Email day.",
    },
    tierDefinition: {
      ...TIERS,
      text: `Tiers as of each customer's contact day, from purchase days strictly before it (several lines on one day are one purchase day; returns are not purchases): best = at least ${TIERS.bestMinPurchaseDays} purchase days and the last at most ${TIERS.bestMaxRecency} days before contact; regular = not best and a purchase at most ${TIERS.regularMaxRecency} days before contact; other = everyone else (lapsed, or no purchase yet).`,
    },
    plantedEffects: {
      ...EFFECTS,
      text: "Absolute change in the probability of converting in the window for treated (Email or SMS, same effect) vs control customers of each tier, realised in the Transactions sheet: extra purchases for treated regular customers, purchases removed for treated best customers (cannibalisation).",
    },
    expected: {
      regular:
        "positive: the regular tier is large enough (about 200 control customers a campaign) for the planted effect to be detected in each campaign and pooled; each campaign's realised interval and verdict are given.",
      best: "negative (cannibalisation) in sign in each campaign; with 60-110 control customers a campaign the verdict may be not-proven in a campaign (see its expectedVerdict: a Newcombe 95 % interval on the generated data), and is negative pooled over the three campaigns.",
    },
    pooled: (["best", "regular", "other"] as const).map((tier) => {
      const sum = (pick: (t: CampaignTruth["tiers"][number]) => GroupOutcome): GroupOutcome => {
        const parts = campaigns.map((c) => pick(c.tiers.find((t) => t.tier === tier)!));
        const n = parts.reduce((s, g) => s + g.n, 0);
        const conversions = parts.reduce((s, g) => s + g.conversions, 0);
        return { n, conversions, rate: n ? conversions / n : 0 };
      };
      return {
        tier,
        plantedUplift: EFFECTS[tier],
        ...compareGroups(
          sum((t) => t.treated),
          sum((t) => t.control)
        ),
      };
    }),
    counts: {
      customers: customers.length,
      buyers: customers.filter((c) => c.purchaseDays.length > 0).length,
      transactionRows: lines.length,
      purchaseLines: lines.filter((l) => l.kind === "purchase").length,
      returnLines: lines.filter((l) => l.kind === "return").length,
      invoices: new Set(lines.filter((l) => l.kind !== "return").map((l) => l.invoice)).size,
      noCustomerIdRows: lines.filter((l) => l.kind === "noCustomerId").length,
      textDateRows: lines.filter((l) => l.dateAsText).length,
      duplicateRows: lines.filter((l) => l.kind === "duplicate").length,
      contactRows: contacts.length,
    },
    messyRows: {
      noCustomerId: rowsOf((l) => l.kind === "noCustomerId"),
      textDate: rowsOf((l) => l.dateAsText),
      duplicate: rowsOf((l) => l.kind === "duplicate"),
    },
    campaigns: campaigns.map(({ emailDay, smsDay, ...rest }) => ({
      ...rest,
      emailDate: isoDay(emailDay),
      smsDate: isoDay(smsDay),
    })),
  };
  return { sheets, truth };
}
