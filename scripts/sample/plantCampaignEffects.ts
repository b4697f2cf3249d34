import type { Random } from "./random";
import { EFFECTS, PERIOD, SPLIT, TIERS, WINDOW_DAYS, type CampaignPlan } from "./sampleConfig";
import type { SimCustomer } from "./simulateCustomers";

export type Tier = "best" | "regular" | "other";
export type Arm = "email" | "sms" | "control";

export interface SimContact {
  customerId: string;
  campaign: string;
  arm: Arm;
  day: number;
  cost: number;
}

export interface GroupOutcome {
  n: number;
  conversions: number;
  rate: number;
}

/** What one tier of one campaign looks like once the effect is realised in the purchases. */
export interface TierOutcome extends GroupComparison {
  tier: Tier;
  plantedUplift: number;
  /** Conversion rate of the tier's contacted customers before the effect was applied. */
  baselineRate: number;
  /** Probability a treated customer's outcome was switched to reach plantedUplift. */
  switchProbability: number;
}

/** Treated vs control as realised in the generated data. */
export interface GroupComparison {
  treated: GroupOutcome;
  control: GroupOutcome;
  /** Treated rate - control rate in the generated data, with Newcombe's 95 % interval. */
  realisedUplift: number;
  ci95: [number, number];
  /** "positive" if the interval is above 0, "negative" if below, else "not-proven". */
  expectedVerdict: "positive" | "negative" | "not-proven";
}

export interface CampaignTruth {
  name: string;
  emailDay: number;
  smsDay: number;
  contacted: number;
  arms: Record<Arm, number>;
  tiers: TierOutcome[];
  /** Customer ids of each tier as of their contact day (all arms). */
  tierMembers: Record<Tier, string[]>;
}

/** The tier of a customer as of a day, from purchase days strictly before it (see TIERS). */
export function tierAsOf(purchaseDays: readonly number[], asOfDay: number): Tier {
  let count = 0;
  let last = -Infinity;
  for (const d of purchaseDays) {
    if (d >= asOfDay) break;
    count++;
    last = d;
  }
  const recency = asOfDay - last;
  if (count >= TIERS.bestMinPurchaseDays && recency <= TIERS.bestMaxRecency) return "best";
  if (count >= 1 && recency <= TIERS.regularMaxRecency) return "regular";
  return "other";
}

function convertedIn(purchaseDays: readonly number[], contactDay: number): boolean {
  return purchaseDays.some((d) => d >= contactDay && d < contactDay + WINDOW_DAYS);
}

/**
 * Runs one campaign over the customers signed up before it: draws each customer's arm
 * (45 % Email / 45 % SMS / 10 % control), computes tiers as of each contact day, and realises
 * the planted effect in the purchase days themselves:
 * - a treated customer of a tier with a positive effect who would not have bought in the window
 *   buys once, 1..28 days after contact, with probability effect / (1 - baseline rate);
 * - a treated customer of a tier with a negative effect who would have bought loses every
 *   purchase of days 0..30 after contact with probability |effect| / baseline rate.
 * The baseline rate is the tier's rate over all its contacted customers before the effect, so the
 * expected treated - control difference is the planted effect. Mutates purchaseDays.
 */
export function plantCampaignEffects(
  random: Random,
  customers: SimCustomer[],
  plan: CampaignPlan
): { contacts: SimContact[]; truth: CampaignTruth } {
  const contacts: SimContact[] = [];
  const tiers: Tier[] = [];
  const eligible = customers.filter((c) => c.signupDay < plan.emailDay);
  for (const c of eligible) {
    const u = random.uniform();
    const arm: Arm = u < SPLIT.email ? "email" : u < SPLIT.email + SPLIT.sms ? "sms" : "control";
    const contactDay = arm === "sms" ? plan.smsDay : plan.emailDay;
    const cost = arm === "email" ? plan.costEmail : arm === "sms" ? plan.costSms : 0;
    contacts.push({ customerId: c.id, campaign: plan.name, arm, day: contactDay, cost });
    tiers.push(tierAsOf(c.purchaseDays, contactDay));
  }

  const baseline = eligible.map((c, i) => convertedIn(c.purchaseDays, contacts[i].day));
  const baselineRate = (tier: Tier) => {
    const members = tiers.map((t, i) => (t === tier ? i : -1)).filter((i) => i >= 0);
    return members.length ? members.filter((i) => baseline[i]).length / members.length : 0;
  };
  const rates: Record<Tier, number> = {
    best: baselineRate("best"),
    regular: baselineRate("regular"),
    other: baselineRate("other"),
  };
  const switchProbability = (tier: Tier) => {
    const effect = EFFECTS[tier];
    if (effect > 0) return Math.min(1, effect / (1 - rates[tier]));
    if (effect < 0) return rates[tier] > 0 ? Math.min(1, -effect / rates[tier]) : 0;
    return 0;
  };

  eligible.forEach((c, i) => {
    const contact = contacts[i];
    if (contact.arm === "control") return;
    const effect = EFFECTS[tiers[i]];
    if (effect > 0 && !baseline[i] && random.bernoulli(switchProbability(tiers[i]))) {
      const extra = Math.min(contact.day + random.int(1, WINDOW_DAYS - 2), PERIOD.last);
      c.purchaseDays = [...c.purchaseDays, extra].sort((a, b) => a - b);
    } else if (effect < 0 && baseline[i] && random.bernoulli(switchProbability(tiers[i]))) {
      c.purchaseDays = c.purchaseDays.filter(
        (d) => d < contact.day || d > contact.day + WINDOW_DAYS
      );
    }
  });

  const realised = eligible.map((c, i) => convertedIn(c.purchaseDays, contacts[i].day));
  const outcome = (tier: Tier): TierOutcome => {
    const group = (treated: boolean): GroupOutcome => {
      const idx = tiers
        .map((_, i) => i)
        .filter((i) => tiers[i] === tier && (contacts[i].arm !== "control") === treated);
      const conversions = idx.filter((i) => realised[i]).length;
      return { n: idx.length, conversions, rate: idx.length ? conversions / idx.length : 0 };
    };
    const treated = group(true);
    const control = group(false);
    return {
      tier,
      plantedUplift: EFFECTS[tier],
      baselineRate: rates[tier],
      switchProbability: switchProbability(tier),
      ...compareGroups(treated, control),
    };
  };

  const members = (tier: Tier) => eligible.filter((_, i) => tiers[i] === tier).map((c) => c.id);
  return {
    contacts,
    truth: {
      name: plan.name,
      emailDay: plan.emailDay,
      smsDay: plan.smsDay,
      contacted: contacts.length,
      arms: {
        email: contacts.filter((c) => c.arm === "email").length,
        sms: contacts.filter((c) => c.arm === "sms").length,
        control: contacts.filter((c) => c.arm === "control").length,
      },
      tiers: [outcome("best"), outcome("regular"), outcome("other")],
      tierMembers: { best: members("best"), regular: members("regular"), other: members("other") },
    },
  };
}

const Z95 = 1.959964;

/** Compares treated and control conversion: difference, Newcombe 95 % interval, verdict. */
export function compareGroups(treated: GroupOutcome, control: GroupOutcome): GroupComparison {
  const ci95 = newcombeInterval(treated, control);
  return {
    treated,
    control,
    realisedUplift: treated.rate - control.rate,
    ci95,
    expectedVerdict: ci95[0] > 0 ? "positive" : ci95[1] < 0 ? "negative" : "not-proven",
  };
}

/** Wilson's score interval for a proportion (Wilson 1927), 95 %. */
function wilsonInterval(g: GroupOutcome): [number, number] {
  if (g.n === 0) return [0, 1];
  const z2 = Z95 * Z95;
  const centre = (g.rate + z2 / (2 * g.n)) / (1 + z2 / g.n);
  const half =
    (Z95 * Math.sqrt((g.rate * (1 - g.rate)) / g.n + z2 / (4 * g.n * g.n))) / (1 + z2 / g.n);
  return [centre - half, centre + half];
}

/**
 * 95 % interval of a difference of two proportions by Newcombe's hybrid score method
 * (Newcombe 1998, "Interval estimation for the difference between independent proportions",
 * Statistics in Medicine 17, method 10): sound with zero conversions, where Wald's collapses.
 */
function newcombeInterval(a: GroupOutcome, b: GroupOutcome): [number, number] {
  const [la, ua] = wilsonInterval(a);
  const [lb, ub] = wilsonInterval(b);
  const d = a.rate - b.rate;
  return [
    d - Math.sqrt((a.rate - la) ** 2 + (ub - b.rate) ** 2),
    d + Math.sqrt((ua - a.rate) ** 2 + (b.rate - lb) ** 2),
  ];
}
