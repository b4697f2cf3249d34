/**
 * Issue 5, "Done when": on the sample workbook the engine recovers the planted effects. First
 * given the truth file's own tiers (the uplift engine must count exactly the planted conversions
 * and reach the truth file's verdicts), then through its one entry point, with the segments a
 * user would pick: loadAndClean -> runAnalyses with the
 * three-tier RFM map (VIP / Regular / At risk), each contact's tier computed as of its contact day
 * from data strictly before it (runAnalyses wires segmentAsOf).
 *
 * What was planted (assets/sample/README.md, crm-sample.truth.json): +10 points of conversion for
 * "regular" customers (not best, a purchase within 365 days), -12 points for "best" ones (4 or more
 * purchase days, the last within 120 days: cannibalisation), 0 for the others.
 *
 * How the RFM tiers relate to the planted tiers (asserted below, from the score cut points):
 * - At risk = R score 1-2, i.e. a last purchase longer ago than the 60 % quantile of recency (156
 *   to 244 days in these campaigns). That is beyond the 120 days of "best", so At risk holds no
 *   best customer: it holds planted regular customers who last bought 5-12 months ago, and
 *   lapsed ones.
 *   Its planted effect is therefore positive.
 * - VIP = R 3-5 and F 4-5 and M 4-5: recent, frequent, big spenders. Mostly planted best, plus
 *   some regular customers who buy often but not in the last 120 days: the -12 points come diluted.
 * - Regular = the other recent customers: mostly planted regular, a few best ones with a low F or
 *   M score; the +10 points come slightly diluted.
 * The expected uplift of an RFM tier is the mix of the planted effects of its customers. Whether
 * the engine can *prove* it depends on the control group: 10 % of a tier is 60 to 180 customers.
 * The engine reports the minimum detectable effect (80 % power) of each cell; where the planted
 * mix is below it, "not proven" is the right answer, and the engine says what sample would settle
 * it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dayNumber, MS_PER_DAY, type Contact, type Transaction } from "../../src/analytics/domain";
import { loadAndClean, type CleanData } from "../../src/analytics/pipeline";
import { analyzeRfm, type RfmResult } from "../../src/analytics/rfm";
import { isoDay } from "../../src/analytics/rfm/calendar";
import { analyzeUplift } from "../../src/analytics/uplift/analyzeUplift";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import type { UpliftComparison, Verdict } from "../../src/analytics/uplift/types";
import type { SampleTruth } from "../../scripts/sample/generateSample";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";

const ROOT = path.resolve(__dirname, "../..");
const truth: SampleTruth = JSON.parse(
  readFileSync(path.join(ROOT, "assets/sample/crm-sample.truth.json"), "utf8")
);
const WINDOW_DAYS = 30;
const PLANTED: Record<string, number> = { best: -0.12, regular: 0.1, other: 0 };
type Tier = "vip" | "regular" | "tierAtRisk";
const TIERS: Tier[] = ["vip", "regular", "tierAtRisk"];

/**
 * The verdict expected in each campaign and tier (all arms pooled against the control group),
 * and why. "mix" is the planted effect averaged over the tier's contacted customers (computed in
 * the test below from the truth file); "MDE" the engine's minimum detectable effect of the cell.
 */
const EXPECTED: Record<string, Record<Tier, Verdict>> = {
  // VIP: control groups of 62 / 94 / 109; mix -10.0 / -7.1 / -6.5 points, MDE 18 / 15 / 14
  // points: negative in sign, too small a sample to prove it -> not proven in every campaign.
  // Regular: control 111 / 128 / 170; mix +8.9 / +8.5 / +6.9, MDE 12.6 / 10.3 / 9.7. All three
  // are under-powered (about 50-65 % power); Rentrée's realised +12.0 clears its interval
  // (positive), Printemps' and Noël's do not (not proven).
  // At risk: control 120 / 182 / 180 with a low base rate (1-2 %), so a small MDE: 6.0 / 4.5 / 4.9;
  // mix +8.4 / +4.7 / +3.6: proven positive in Printemps and Rentrée, not proven in Noël.
  "Printemps 2024": { vip: "not-proven", regular: "not-proven", tierAtRisk: "positive" },
  "Rentrée 2024": { vip: "not-proven", regular: "positive", tierAtRisk: "positive" },
  "Noël 2024": { vip: "not-proven", regular: "not-proven", tierAtRisk: "not-proven" },
};

/** Purchase days (not returns) of each customer, for an independent recount of conversions. */
function purchaseDaysByCustomer(transactions: readonly Transaction[]): Map<string, number[]> {
  const days = new Map<string, number[]>();
  for (const t of transactions) {
    if (t.isReturn || !(t.amount > 0)) continue;
    const list = days.get(t.customerId) ?? [];
    list.push(dayNumber(t.date));
    days.set(t.customerId, list);
  }
  return days;
}

interface Tally {
  n: number;
  conversions: number;
}

// The workbook is read once for both parts (reading it is most of this file's time).
let data: CleanData;
beforeAll(async () => {
  const loaded = await loadAndClean(
    await XlsxWorkbookSource.load(readFileSync(path.join(ROOT, "assets/sample/crm-sample.xlsx")))
  );
  if (!loaded.ok) throw new Error(loaded.error.code);
  data = loaded.data;
}, 120_000);

describe("analyzeUplift on the sample workbook, by the truth file's tiers", () => {
  it("counts exactly the planted conversions of each campaign and tier, with their verdicts", () => {
    // Tier of each customer by contact day (the campaigns' days do not overlap).
    const tierByDay = new Map<string, Map<string, string>>();
    for (const c of truth.campaigns) {
      const tiers = new Map<string, string>();
      for (const [tier, ids] of Object.entries(c.tierMembers))
        for (const id of ids) tiers.set(id, tier);
      tierByDay.set(c.emailDate, tiers);
      tierByDay.set(c.smsDate, tiers);
    }
    const analysis = analyzeUplift(data.contacts, data.transactions, {
      segmentAsOf: (customerId, contactDay) => tierByDay.get(isoDay(contactDay))?.get(customerId),
      intendedSplit: { "*": { Email: 45, SMS: 45, control: 10 } },
    });
    expect(analysis.campaigns.map((c) => c.campaign).sort()).toEqual(
      truth.campaigns.map((c) => c.name).sort()
    );
    for (const planted of truth.campaigns) {
      const campaign = analysis.campaigns.find((c) => c.campaign === planted.name)!;
      expect(campaign.checks.sampleRatio?.mismatch ?? false).toBe(false);
      const byTier = campaign.breakdowns.find((b) => b.arm === null && b.dimension === "rfm")!;
      for (const tier of planted.tiers.filter((t) => t.tier !== "other")) {
        const row = byTier.rows.find((r) => r.breakdown?.value === tier.tier)!;
        expect([
          planted.name,
          tier.tier,
          row.treated.n,
          row.treated.conversions,
          row.control.n,
          row.control.conversions,
        ]).toEqual([
          planted.name,
          tier.tier,
          tier.treated.n,
          tier.treated.conversions,
          tier.control.n,
          tier.control.conversions,
        ]);
        expect(Math.sign(row.upliftAbs)).toBe(Math.sign(tier.plantedUplift));
        expect([planted.name, tier.tier, row.verdict]).toEqual([
          planted.name,
          tier.tier,
          tier.expectedVerdict,
        ]);
      }
    }
    expect(dayNumber(data.asOf!)).toBe(dayNumber(Date.UTC(2025, 0, 1)));
  });
});

describe("runAnalyses on the sample workbook: uplift by three-tier RFM segment", () => {
  let results: AnalysisResults;
  /** RFM as of each contact day, recomputed from the transactions strictly before that day. */
  const rfmByDay = new Map<number, RfmResult>();
  const segmentsByDay = new Map<number, Map<string, string>>();
  /** Planted tier of each customer by campaign (the truth file). */
  const plantedTier = new Map<string, Map<string, string>>();

  beforeAll(() => {
    results = runAnalyses(data, {
      rfm: { map: "tiers3" },
      uplift: { intendedSplit: { "*": { Email: 45, SMS: 45, control: 10 } } },
    });
    for (const day of new Set(data.contacts.map((c) => dayNumber(c.contactDate)))) {
      const before = data.transactions.filter((t) => dayNumber(t.date) < day);
      const rfm = analyzeRfm(before, { map: "tiers3", asOf: day * MS_PER_DAY });
      rfmByDay.set(day, rfm);
      segmentsByDay.set(day, new Map(rfm.customers.map((c) => [c.id, c.segment])));
    }
    for (const c of truth.campaigns) {
      const tiers = new Map<string, string>();
      for (const [tier, ids] of Object.entries(c.tierMembers))
        for (const id of ids) tiers.set(id, tier);
      plantedTier.set(c.name, tiers);
    }
  }, 120_000);

  const tierOf = (contact: Contact): string =>
    segmentsByDay.get(dayNumber(contact.contactDate))!.get(contact.customerId) ?? "";

  const pooledByTier = (campaign: string): Map<string, UpliftComparison> => {
    const uplift = results.uplift!.campaigns.find((c) => c.campaign === campaign)!;
    const breakdown = uplift.breakdowns.find((b) => b.arm === null && b.dimension === "rfm")!;
    return new Map(breakdown.rows.map((r) => [r.breakdown!.value, r]));
  };

  /** Planted effect averaged over the contacted customers of each RFM tier of a campaign. */
  const plantedMix = (campaign: string): Map<string, number> => {
    const sums = new Map<string, { effect: number; n: number }>();
    for (const contact of data.contacts.filter((c) => c.campaign === campaign)) {
      const planted = plantedTier.get(campaign)!.get(contact.customerId)!;
      const s = sums.get(tierOf(contact)) ?? { effect: 0, n: 0 };
      s.effect += PLANTED[planted];
      s.n++;
      sums.set(tierOf(contact), s);
    }
    return new Map([...sums].map(([tier, s]) => [tier, s.effect / s.n]));
  };

  it("analyses the three campaigns, with the intended 45/45/10 split", () => {
    expect(results.uplift!.skipped).toEqual([]);
    expect(results.uplift!.campaigns.map((c) => c.campaign).sort()).toEqual(
      truth.campaigns.map((c) => c.name).sort()
    );
    for (const c of results.uplift!.campaigns) {
      expect(c.checks.sampleRatio!.mismatch).toBe(false);
      expect(c.checks.crossoverCustomers).toBe(0);
    }
  });

  it("counts each tier from segments as of the contact day and data strictly before it", () => {
    // Independent recount: the tier from an RFM run on the lines dated before the contact day
    // only (so no later purchase can leak in), the outcome from a plain scan of purchase days in
    // the 30-day window starting on the contact day.
    const purchaseDays = purchaseDaysByCustomer(data.transactions);
    for (const campaign of truth.campaigns.map((c) => c.name)) {
      const tallies = new Map<string, { treated: Tally; control: Tally }>();
      for (const contact of data.contacts.filter((c) => c.campaign === campaign)) {
        const day = dayNumber(contact.contactDate);
        const converted = (purchaseDays.get(contact.customerId) ?? []).some(
          (d) => d >= day && d < day + WINDOW_DAYS
        );
        const tier = tierOf(contact);
        const t = tallies.get(tier) ?? {
          treated: { n: 0, conversions: 0 },
          control: { n: 0, conversions: 0 },
        };
        const group = contact.group === "control" ? t.control : t.treated;
        group.n++;
        if (converted) group.conversions++;
        tallies.set(tier, t);
      }
      const engine = pooledByTier(campaign);
      expect([...engine.keys()].sort()).toEqual([...tallies.keys()].sort());
      for (const [tier, t] of tallies) {
        const row = engine.get(tier)!;
        expect([campaign, tier, row.treated.n, row.treated.conversions]).toEqual([
          campaign,
          tier,
          t.treated.n,
          t.treated.conversions,
        ]);
        expect([row.control.n, row.control.conversions]).toEqual([
          t.control.n,
          t.control.conversions,
        ]);
      }
    }
  });

  it("places the planted tiers in the RFM tiers as the recency and score cut points imply", () => {
    for (const c of truth.campaigns) {
      for (const day of [c.emailDate, c.smsDate].map((d) => dayNumber(Date.parse(d)))) {
        // Recency is scored inverted: R 1-2 = recency above the third (60 %) cut point, which
        // lies beyond the 120 days of "best" and within the 365 days of "regular".
        const cut = rfmByDay.get(day)!.cutPoints.recency[2];
        expect(cut).toBeGreaterThan(120);
        expect(cut).toBeLessThan(365);
      }
      const cross = new Map<string, Map<string, number>>();
      for (const contact of data.contacts.filter((k) => k.campaign === c.name)) {
        const row = cross.get(tierOf(contact)) ?? new Map<string, number>();
        const planted = plantedTier.get(c.name)!.get(contact.customerId)!;
        row.set(planted, (row.get(planted) ?? 0) + 1);
        cross.set(tierOf(contact), row);
      }
      const share = (tier: string, planted: string) => {
        const row = cross.get(tier)!;
        const total = [...row.values()].reduce((s, n) => s + n, 0);
        return (row.get(planted) ?? 0) / total;
      };
      expect(share("tierAtRisk", "best")).toBe(0);
      // VIP and Regular are recent (R 3-5: at most that cut): nobody lapsed for a year is there.
      expect(share("vip", "other")).toBe(0);
      expect(share("regular", "other")).toBe(0);
      // VIP is mostly best (75-91 %), Regular mostly regular (86-95 %).
      expect(share("vip", "best")).toBeGreaterThan(0.7);
      expect(share("regular", "regular")).toBeGreaterThan(0.8);
      // Customers with no purchase before the contact day have no RFM tier ("") and are planted
      // "other": no effect, and in this sample they never buy within the window.
      expect(share("", "other")).toBe(1);
      const none = pooledByTier(c.name).get("")!;
      expect([none.treated.conversions, none.control.conversions]).toEqual([0, 0]);
    }
  });

  it.each(truth.campaigns.map((c) => c.name))(
    "%s: negative on VIP, positive on Regular and At risk, with the expected verdicts",
    (campaign) => {
      const rows = pooledByTier(campaign);
      const mix = plantedMix(campaign);
      expect(mix.get("vip")!).toBeLessThan(0);
      expect(mix.get("regular")!).toBeGreaterThan(0);
      expect(mix.get("tierAtRisk")!).toBeGreaterThan(0);
      for (const tier of TIERS) {
        const row = rows.get(tier)!;
        const expected = EXPECTED[campaign][tier];
        expect([campaign, tier, Math.sign(row.upliftAbs)]).toEqual([
          campaign,
          tier,
          Math.sign(mix.get(tier)!),
        ]);
        expect([campaign, tier, row.verdict]).toEqual([campaign, tier, expected]);
        if (expected === "not-proven") {
          // Not proven because the interval spans zero, and the engine says what would settle it,
          // or, past realistic reach, that the uplift is under what this test could detect.
          expect(row.newcombe.low).toBeLessThan(0);
          expect(row.newcombe.high).toBeGreaterThan(0);
          if (row.beyondReach)
            expect(Math.abs(row.upliftAbs)).toBeLessThan(row.minimumDetectableEffect!);
          else expect(row.settlingSample!.nControl).toBeGreaterThan(row.control.n);
        } else {
          expect(row.newcombe.low).toBeGreaterThan(0);
        }
      }
      // VIP: the planted mix is smaller than what a control group this size can detect.
      const vip = rows.get("vip")!;
      expect(Math.abs(mix.get("vip")!)).toBeLessThan(vip.minimumDetectableEffect!);
    }
  );

  it("says 'not proven' on VIP because its control groups are small (60-110 customers)", () => {
    for (const campaign of truth.campaigns.map((c) => c.name)) {
      const vip = pooledByTier(campaign).get("vip")!;
      expect(vip.control.n).toBeGreaterThanOrEqual(60);
      expect(vip.control.n).toBeLessThanOrEqual(110);
      // The planted -12 points, undiluted, would still need more control customers than that.
      expect(vip.minimumDetectableEffect!).toBeGreaterThan(0.12);
    }
  });
});
