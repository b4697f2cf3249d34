/**
 * Uplift on the Hillstrom e-mail challenge against scipy.
 * Issue 5 gives the Mens figures (statsmodels/scipy). Every other expected value below was computed
 * with scipy 1.17.1 / numpy by test/analytics/uplift/hillstrom_expected.py (run it to reproduce),
 * using statsmodels' formulas written out where statsmodels is not installed.
 */
import { analyzeUplift } from "../../../src/analytics/uplift/analyzeUplift";
import { upliftJson } from "../../../src/analytics/uplift/upliftJson";
import type { UpliftComparison } from "../../../src/analytics/uplift/types";
import { loadHillstrom } from "../../support/hillstrom";

/** Relative agreement to 6 significant digits. */
function expectSig6(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(5e-6 * Math.abs(expected));
}

describe("analyzeUplift on Hillstrom", () => {
  const data = loadHillstrom();
  const analysis = analyzeUplift(data.contacts, null, {
    // Hillstrom's design: a third of the customers in each group.
    intendedSplit: { "*": { "Mens E-Mail": 1, "Womens E-Mail": 1, control: 1 } },
    attributes: ["zip_code"],
    attributeOf: (id, name) => data.attributes.get(id)?.[name],
    preCampaignFeatures: (id) => {
      const h = data.history.get(id)!;
      return { recency: h.recency, frequency: 0, monetary: h.monetary };
    },
  });
  const campaign = analysis.campaigns[0];
  const byArm = (arm: string | null) => campaign.results.find((r) => r.arm === arm)!;

  it("finds one campaign, two arms, and takes outcomes from the sheet", () => {
    expect(analysis.campaigns).toHaveLength(1);
    expect(campaign.arms.sort()).toEqual(["Mens E-Mail", "Womens E-Mail"]);
    expect(campaign.outcome).toEqual({ source: "sheet", windowDays: 30, revenueKnown: true });
    expect(campaign.results).toHaveLength(3);
  });

  it("reproduces the issue's Mens vs control figures (statsmodels / scipy)", () => {
    const mens = byArm("Mens E-Mail");
    expect([
      mens.treated.n,
      mens.treated.conversions,
      mens.control.n,
      mens.control.conversions,
    ]).toEqual([21307, 267, 21306, 122]);
    expectSig6(mens.treated.rate, 0.0125311);
    expectSig6(mens.control.rate, 0.0057261);
    expectSig6(mens.upliftAbs * 100, 0.680501);
    expectSig6(mens.newcombe.low * 100, 0.501434);
    expectSig6(mens.newcombe.high * 100, 0.864072);
    expect(mens.conversionTest.test).toBe("z-test");
    expectSig6(mens.conversionTest.statistic, 7.38511);
    expect(mens.verdict).toBe("positive");
  });

  it("reproduces the rest of Mens vs control (scipy script)", () => {
    const mens = byArm("Mens E-Mail");
    expectSig6(mens.conversionTest.pValue, 1.52322e-13);
    expectSig6(mens.wald.low, 0.00500017138);
    expectSig6(mens.wald.high, 0.00860984166);
    expectSig6(mens.upliftRel, 1.18842188);
    expectSig6(mens.upliftRelInterval!.low, 0.767984078);
    expectSig6(mens.upliftRelInterval!.high, 1.70884244);
    expectSig6(mens.treated.revenuePerCustomer, 1.42261651);
    expectSig6(mens.control.revenuePerCustomer, 0.652789355);
    expectSig6(mens.treated.aovAmongBuyers, 113.526929);
    // scipy.stats.ttest_ind(equal_var=False) and its confidence_interval()
    expectSig6(mens.revenueTest!.t, 5.30014036);
    expectSig6(mens.revenueTest!.df, 36671.158);
    expectSig6(mens.revenueTest!.pValue, 1.16381497e-7);
    expectSig6(mens.revenueTest!.interval.low, 0.485139733);
    expectSig6(mens.revenueTest!.interval.high, 1.05451458);
    // incremental = uplift x n treated, with the interval scaled the same way
    expectSig6(mens.incrementalConversions.value, 0.00680500652 * 21307);
    expectSig6(mens.incrementalConversions.low, 0.00501434467 * 21307);
    expectSig6(mens.incrementalRevenue!.value, (1.42261651 - 0.652789355) * 21307);
    expectSig6(mens.incrementalRevenue!.high, 1.05451458 * 21307);
    expectSig6(mens.conversionsTimesTreatedBasket, 0.00680500652 * 21307 * 113.526929);
    expect(mens.revenueVerdict).toBe("positive");
  });

  it.each<[string | null, Record<string, number>]>([
    [
      "Womens E-Mail",
      {
        rate: 0.00883714406,
        uplift: 0.00311105751,
        low: 0.00150165713,
        high: 0.00474547131,
        z: 3.77956096,
        welchT: 3.25637158,
        welchDf: 40064.8844,
      },
    ],
    [
      null,
      {
        rate: 0.0106806577,
        uplift: 0.00495457116,
        low: 0.00350818927,
        high: 0.00633349542,
        z: 6.24376509,
        welchT: 5.30220477,
        welchDf: 57039.5437,
      },
    ],
  ])("reproduces %s vs control (null = both arms pooled; scipy script)", (arm, e) => {
    const r: UpliftComparison = byArm(arm);
    expectSig6(r.treated.rate, e.rate);
    expectSig6(r.upliftAbs, e.uplift);
    expectSig6(r.newcombe.low, e.low);
    expectSig6(r.newcombe.high, e.high);
    expectSig6(r.conversionTest.statistic, e.z);
    expectSig6(r.revenueTest!.t, e.welchT);
    expectSig6(r.revenueTest!.df, e.welchDf);
  });

  it("finds no sample-ratio mismatch against an equal split: chi-square 0.202531, p = 0.903693", () => {
    const srm = campaign.checks.sampleRatio!;
    expectSig6(srm.statistic, 0.202531);
    expectSig6(srm.pValue, 0.903693);
    expect(srm.df).toBe(2);
    expect(srm.mismatch).toBe(false);
    expect(campaign.warnings.map((w) => w.code)).not.toContain(
      "uplift:warnings.sampleRatioMismatch"
    );
  });

  it("checks only the two e-mail arms against each other when no split is given", () => {
    // Mens 21,307 vs Womens 21,387 against 50/50: chi-square = (21307 - 21347)^2 / 21347 x 2
    // = 0.149904 (scipy.stats.chisquare([21307, 21387])), df 1, p = 0.698623.
    const noSplit = analyzeUplift(data.contacts, null).campaigns[0];
    expectSig6(noSplit.checks.sampleRatio!.statistic, 0.149904);
    expect(noSplit.checks.sampleRatio!.df).toBe(1);
    expect(noSplit.checks.sampleRatio!.groups.map((g) => g.group).sort()).toEqual([
      "Mens E-Mail",
      "Womens E-Mail",
    ]);
  });

  it("flags a mismatch against an intended 45/45/10 split (scipy chisquare: 38574.56)", () => {
    const skewed = analyzeUplift(data.contacts, null, {
      intendedSplit: { Hillstrom: { "Mens E-Mail": 45, "Womens E-Mail": 45, control: 10 } },
    }).campaigns[0];
    expectSig6(skewed.checks.sampleRatio!.statistic, 38574.5618);
    expect(skewed.checks.sampleRatio!.mismatch).toBe(true);
    expect(skewed.warnings.map((w) => w.code)).toContain("uplift:warnings.sampleRatioMismatch");
  });

  it("reads the same 45/45/10 split from a control share of 10 %", () => {
    const skewed = analyzeUplift(data.contacts, null, { controlShare: 0.1 }).campaigns[0];
    expectSig6(skewed.checks.sampleRatio!.statistic, 38574.5618);
    expect(
      Object.fromEntries(skewed.checks.sampleRatio!.groups.map((g) => [g.group, g.expectedShare]))
    ).toEqual({ control: 0.1, "Mens E-Mail": 0.45, "Womens E-Mail": 0.45 });
  });

  it("breaks Mens down by zip code with Holm-adjusted p-values (scipy script)", () => {
    const b = campaign.breakdowns.find(
      (x) => x.dimension === "zip_code" && x.arm === "Mens E-Mail"
    )!;
    expect(b.rows.map((r) => r.breakdown!.value)).toEqual(["Rural", "Surburban", "Urban"]);
    const expected = [
      { n: [3243, 44, 3139, 26], z: 2.02648262, p: 0.0427153521, holm: 0.0427153521 },
      { n: [9501, 118, 9625, 48], z: 5.54079886, p: 3.010949e-8, holm: 9.03284701e-8 },
      { n: [8563, 105, 8542, 48], z: 4.61367483, p: 3.95611196e-6, holm: 7.91222393e-6 },
    ];
    b.rows.forEach((row, i) => {
      expect([
        row.treated.n,
        row.treated.conversions,
        row.control.n,
        row.control.conversions,
      ]).toEqual(expected[i].n);
      expectSig6(row.conversionTest.statistic, expected[i].z);
      expectSig6(row.conversionTest.pValue, expected[i].p);
      expectSig6(row.pAdjusted, expected[i].holm);
    });
    // stratified total agrees in sign with the pooled uplift: no Simpson warning
    expect(b.stratified!.simpson).toBe(false);
    expect(b.stratified!.heterogeneity!.df).toBe(2);
  });

  it("adjusts with Benjamini-Hochberg on request (scipy false_discovery_control)", () => {
    const bh = analyzeUplift(data.contacts, null, {
      attributes: ["zip_code"],
      attributeOf: (id, name) => data.attributes.get(id)?.[name],
      adjustment: "bh",
    }).campaigns[0].breakdowns.find((x) => x.arm === "Mens E-Mail")!;
    expectSig6(bh.rows[2].pAdjusted, 5.93416794e-6);
    expectSig6(bh.rows[1].pAdjusted, 9.03284701e-8);
  });

  it("reports balanced pre-campaign covariates (numpy SMD, arms pooled vs control)", () => {
    const balance = campaign.checks.balance;
    expectSig6(balance.find((b) => b.covariate === "recency")!.smd, 0.00600434008);
    expectSig6(balance.find((b) => b.covariate === "monetary")!.smd, 0.00706345457);
    expect(balance.every((b) => !b.imbalanced)).toBe(true);
  });

  it("writes the DESIGN.md uplift JSON rows", () => {
    const rows = upliftJson(analysis);
    const mens = rows.find((r) => r.channel === "Mens E-Mail" && r.segment === null)!;
    expect(mens).toMatchObject({
      campaign: "Hillstrom",
      treated: { n: 21307, conversions: 267 },
      control: { n: 21306, conversions: 122 },
      verdict: "positive",
    });
    expectSig6(mens.ciLow, 0.00501434467);
    expectSig6(mens.pValue, 1.52322e-13);
    expect(rows.find((r) => r.channel === null && r.segment === null)).toBeDefined();
  });
});
