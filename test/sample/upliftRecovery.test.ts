/**
 * The engine recovers the sample's planted effects from the transactions alone: the pipeline
 * reads the French sample, the uplift engine computes conversions in the 30-day window, broken
 * down by the truth file's tiers (as of each contact day). Its counts must equal the truth file's
 * exactly (same window, same tiers), and its verdicts the truth file's expected ones.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dayNumber } from "../../src/analytics/domain";
import { loadAndClean, type CleanData } from "../../src/analytics/pipeline";
import { analyzeUplift } from "../../src/analytics/uplift/analyzeUplift";
import { isoDay } from "../../scripts/sample/sampleConfig";
import type { SampleTruth } from "../../scripts/sample/generateSample";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";

const ROOT = path.resolve(__dirname, "../..");
const truth: SampleTruth = JSON.parse(
  readFileSync(path.join(ROOT, "assets/sample/crm-sample.truth.json"), "utf8")
);

describe("uplift on the sample workbook", () => {
  let data: CleanData;
  beforeAll(async () => {
    const result = await loadAndClean(
      await XlsxWorkbookSource.load(readFileSync(path.join(ROOT, "assets/sample/crm-sample.xlsx")))
    );
    if (!result.ok) throw new Error(result.error.code);
    data = result.data;
  }, 120_000);

  it("finds the planted effect of each campaign in each tier", () => {
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
      const byTier = campaign.breakdowns.find((b) => b.arm === null && b.dimension === "rfm");
      expect(byTier).toBeDefined();
      for (const tier of planted.tiers.filter((t) => t.tier !== "other")) {
        const row = byTier!.rows.find((r) => r.breakdown?.value === tier.tier)!;
        expect([
          row.treated.n,
          row.treated.conversions,
          row.control.n,
          row.control.conversions,
        ]).toEqual([
          tier.treated.n,
          tier.treated.conversions,
          tier.control.n,
          tier.control.conversions,
        ]);
        expect(Math.sign(row.upliftAbs)).toBe(Math.sign(tier.plantedUplift));
        const verdict =
          row.newcombe.low > 0 ? "positive" : row.newcombe.high < 0 ? "negative" : "not-proven";
        expect([planted.name, tier.tier, verdict]).toEqual([
          planted.name,
          tier.tier,
          tier.expectedVerdict,
        ]);
      }
    }
    expect(dayNumber(data.asOf!)).toBe(dayNumber(Date.UTC(2025, 0, 1)));
  });
});
