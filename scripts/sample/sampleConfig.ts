/**
 * The fixed ingredients of the sample workbook: period, campaigns, categories, names. Everything
 * random is drawn from these with the seeded generator (random.ts).
 */
import { MS_PER_DAY } from "../../src/analytics/domain";

/** Day number (days since 1970-01-01) of a calendar date. */
export function day(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/** ISO yyyy-mm-dd of a day number. */
export function isoDay(d: number): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export const PERIOD = { first: day(2023, 1, 1), last: day(2024, 12, 31) };
/** Sign-ups stop two months before the end so every customer has some history. */
export const LAST_SIGNUP = day(2024, 10, 31);

/**
 * Outcome window of a contact, as the uplift engine counts it: the contact day and the 29 days
 * after (30 days). Planted extra purchases fall strictly inside it (days 1..28 after contact) and
 * suppressed purchases are removed from days 0..30, so a window counted from the day after
 * contact sees the same effect.
 */
export const WINDOW_DAYS = 30;

export interface CampaignPlan {
  name: string;
  /** Email is sent on this day; SMS two days later; the control group's date is this day. */
  emailDay: number;
  smsDay: number;
  costEmail: number;
  costSms: number;
}

export const CAMPAIGNS: readonly CampaignPlan[] = [
  {
    name: "Printemps 2024",
    emailDay: day(2024, 3, 12),
    smsDay: day(2024, 3, 14),
    costEmail: 0.05,
    costSms: 0.12,
  },
  {
    name: "Rentrée 2024",
    emailDay: day(2024, 9, 10),
    smsDay: day(2024, 9, 12),
    costEmail: 0.05,
    costSms: 0.12,
  },
  {
    name: "Noël 2024",
    emailDay: day(2024, 11, 26),
    smsDay: day(2024, 11, 28),
    costEmail: 0.06,
    costSms: 0.13,
  },
];

/** Intended split of each campaign, drawn per customer and campaign. */
export const SPLIT = { email: 0.45, sms: 0.45, control: 0.1 };

/**
 * BG/NBD-like purchase process (Fader, Hardie & Lee 2005), in days: each buyer has a purchase
 * rate lambda ~ Gamma(r, alpha) and, after each purchase, drops out for good with probability
 * p ~ Beta(a, b).
 */
export const PROCESS = { r: 0.75, alpha: 16, a: 1.2, b: 5, neverBuyShare: 0.05 };

/**
 * Each customer's persistent spend level, a multiplier of every price they pay: gamma with mean 1
 * (shape = rate), the spend story of the Gamma-Gamma model (Fader, Hardie & Lee 2005, "RFM and
 * CLV"): some customers are big spenders on every visit, others small. Shape 3: a coefficient of
 * variation of 58 %, so the model has a spread of mean spends to find (with identical levels its
 * q and v run to infinity). Drawn from a stream of its own (seed + SPEND_SEED_OFFSET), so purchase
 * days, campaigns and messy rows are the same draws as without it.
 */
export const SPEND_LEVEL = { shape: 3 };
export const SPEND_SEED_OFFSET = 7919;

/**
 * Planted true effect of a contact on the probability of a purchase in its window, by tier, in
 * absolute points (0.08 = +8 points), the same by Email and SMS.
 */
export const EFFECTS = { best: -0.12, regular: 0.1, other: 0 };

/**
 * Tiers as of a contact day, from purchase days strictly before it:
 * best = at least BEST_MIN_PURCHASE_DAYS distinct purchase days and the last one at most
 * BEST_MAX_RECENCY days before; regular = not best, and a purchase at most REGULAR_MAX_RECENCY days
 * before; other = everyone else (lapsed, or no purchase yet).
 */
export const TIERS = { bestMinPurchaseDays: 4, bestMaxRecency: 120, regularMaxRecency: 365 };

export const CATEGORIES = [
  { value: { name: "Épicerie fine", medianPrice: 12 }, weight: 30 },
  { value: { name: "Maison", medianPrice: 35 }, weight: 20 },
  { value: { name: "Beauté", medianPrice: 22 }, weight: 18 },
  { value: { name: "Mode", medianPrice: 45 }, weight: 15 },
  { value: { name: "Jardin", medianPrice: 28 }, weight: 10 },
  { value: { name: "High-tech", medianPrice: 90 }, weight: 7 },
];

export const SALES_CHANNELS = [
  { value: "Magasin", weight: 55 },
  { value: "Web", weight: 35 },
  { value: "Téléphone", weight: 10 },
];

export const REGIONS = [
  { value: "Île-de-France", weight: 19 },
  { value: "Auvergne-Rhône-Alpes", weight: 12 },
  { value: "Nouvelle-Aquitaine", weight: 9 },
  { value: "Occitanie", weight: 9 },
  { value: "Hauts-de-France", weight: 9 },
  { value: "Grand Est", weight: 8 },
  { value: "Provence-Alpes-Côte d'Azur", weight: 8 },
  { value: "Pays de la Loire", weight: 6 },
  { value: "Normandie", weight: 5 },
  { value: "Bretagne", weight: 5 },
  { value: "Bourgogne-Franche-Comté", weight: 4 },
  { value: "Centre-Val de Loire", weight: 4 },
  { value: "Corse", weight: 1 },
];

export const AGE_BANDS = [
  { value: "18-24", weight: 8 },
  { value: "25-34", weight: 18 },
  { value: "35-44", weight: 22 },
  { value: "45-54", weight: 21 },
  { value: "55-64", weight: 17 },
  { value: "65+", weight: 14 },
];

export const FIRST_NAMES = [
  "Camille",
  "Léa",
  "Manon",
  "Chloé",
  "Emma",
  "Inès",
  "Sarah",
  "Julie",
  "Claire",
  "Anne",
  "Nathalie",
  "Isabelle",
  "Sophie",
  "Marie",
  "Élodie",
  "Lucas",
  "Hugo",
  "Thomas",
  "Nicolas",
  "Julien",
  "Maxime",
  "Antoine",
  "Pierre",
  "Louis",
  "Théo",
  "Mathieu",
  "Olivier",
  "François",
  "Stéphane",
  "Éric",
  "Karim",
  "Yasmine",
  "Mehdi",
  "Aïcha",
  "Noé",
  "Zoé",
  "Gaëlle",
  "Hélène",
];

export const LAST_NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefèvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Lefebvre",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
  "Martinez",
  "Legrand",
  "Garnier",
  "Faure",
  "Rousseau",
  "Blanc",
  "Guérin",
  "Muller",
  "Henry",
  "Roussel",
  "Nicolas",
  "Perrin",
  "Morin",
  "Mathieu",
  "Clément",
  "Gauthier",
  "Dumont",
  "Lopez",
  "Fontaine",
  "Chevalier",
  "Robin",
  "N'Diaye",
  "Benali",
  "Nguyen",
  "Le Gall",
];
