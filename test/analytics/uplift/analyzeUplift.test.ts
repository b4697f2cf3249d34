import type { Contact, ContactGroup, Transaction } from "../../../src/analytics/domain";
import { analyzeUplift } from "../../../src/analytics/uplift/analyzeUplift";
import { planTest } from "../../../src/analytics/uplift/testPlanner";
import { wilsonInterval } from "../../../src/analytics/stats/wilsonInterval";
import type { UpliftOptions } from "../../../src/analytics/uplift/types";
import { createI18n } from "../../../src/i18n";

const DAY = 86_400_000;
const MAY_1 = Date.UTC(2025, 4, 1);

/** `n` contacts of one group, the first `conversions` converted with `revenueEach` revenue. */
function group(
  campaign: string,
  g: ContactGroup,
  prefix: string,
  n: number,
  conversions: number,
  extra: Partial<Contact> & { revenueEach?: number } = {}
): Contact[] {
  const { revenueEach = 10, ...rest } = extra;
  return Array.from({ length: n }, (_, i) => ({
    customerId: `${prefix}${i}`,
    campaign,
    group: g,
    contactDate: MAY_1,
    converted: i < conversions,
    revenue: i < conversions ? revenueEach : 0,
    source: { sheet: "Contacts", row: i + 2 },
    ...rest,
  }));
}

const only = (contacts: Contact[], options: UpliftOptions = {}) => {
  const analysis = analyzeUplift(contacts, null, options);
  expect(analysis.campaigns).toHaveLength(1);
  return analysis.campaigns[0];
};

describe("analyzeUplift: hand-worked cases", () => {
  it("computes the economics of a campaign by hand", () => {
    // treated 20/100 at 10 each, control 10/100 at 10 each, 0.50 per e-mail:
    // uplift 0.1, incremental conversions 0.1 x 100 = 10, ARPU 2 vs 1 -> incremental revenue 100,
    // cost 50, net 50, iROAS 2, ROI 1, cost per incremental conversion 5, conversions x basket 10 x 10 = 100.
    const c = only(
      [
        ...group("Spring", "treated", "t", 100, 20, { channel: "Email" }),
        ...group("Spring", "control", "c", 100, 10),
      ],
      {
        costPerContact: { Email: 0.5 },
      }
    );
    const r = c.results[0];
    expect(c.arms).toEqual(["Email"]);
    expect(r.upliftAbs).toBeCloseTo(0.1, 12);
    expect(r.incrementalConversions.value).toBeCloseTo(10, 10);
    expect(r.incrementalRevenue!.value).toBeCloseTo(100, 10);
    expect(r.conversionsTimesTreatedBasket).toBeCloseTo(100, 10);
    expect(r.economics).toEqual({
      cost: 50,
      netIncrementalRevenue: expect.closeTo(50, 10),
      iroas: expect.closeTo(2, 10),
      roi: expect.closeTo(1, 10),
      costPerIncrementalConversion: expect.closeTo(5, 10),
    });
    expect(r.upliftRel).toBeCloseTo(1, 12); // 0.2 / 0.1 - 1
    // n = 100 each: smallest expected conversions = 100 x 30 / 200 = 15 >= 5 -> z-test.
    // z = 0.1 / sqrt(0.15 x 0.85 x 0.02) = 1.980295 by hand
    expect(r.conversionTest.test).toBe("z-test");
    expect(r.conversionTest.statistic).toBeCloseTo(1.980295, 6);
  });

  it("takes a contact's own cost over the channel's", () => {
    const treated = group("S", "treated", "t", 10, 5, { channel: "SMS", costPerContact: 0.2 });
    const r = only([...treated, ...group("S", "control", "c", 10, 1)], {
      costPerContact: { SMS: 9 },
    }).results[0];
    expect(r.economics!.cost).toBeCloseTo(2, 12);
  });

  it("gives no cost per incremental conversion when the campaign lost conversions", () => {
    const r = only(
      [
        ...group("S", "treated", "t", 100, 5, { channel: "Email" }),
        ...group("S", "control", "c", 100, 10),
      ],
      {
        costPerContact: { Email: 1 },
      }
    ).results[0];
    expect(r.incrementalConversions.value).toBeCloseTo(-5, 10);
    expect(r.economics!.costPerIncrementalConversion).toBeNull();
  });

  describe("verdicts", () => {
    it("is positive, negative or not proven from the Newcombe interval", () => {
      const verdict = (xt: number, xc: number, options: UpliftOptions = {}) =>
        only(
          [
            ...group("V", "treated", "t", 1000, xt, { channel: "Email" }),
            ...group("V", "control", "c", 1000, xc),
          ],
          options
        ).results[0];
      expect(verdict(150, 100).verdict).toBe("positive");
      expect(verdict(100, 150).verdict).toBe("negative");
      expect(verdict(150, 100).beyondReach).toBe(false);
      // A customer base of 50,000 puts 29,502 customers within reach.
      const unsure = verdict(110, 100, { customerBase: 50_000 });
      expect(unsure.verdict).toBe("not-proven");
      // the sample that would settle it: the observed 1-point uplift over 10 % at 80 % power, 50/50,
      // R power.prop.test(p1 = .10, p2 = .11, power = .8): n = 14750.79 per group (scipy closed form, same formula)
      expect(unsure.settlingSample).toMatchObject({ nTreated: 14751, nControl: 14751 });
      expect(unsure.beyondReach).toBe(false);
    });

    it("calls a not-proven uplift too small to matter past realistic reach, with the test's MDE", () => {
      const unsure = only([
        ...group("V", "treated", "t", 1000, 110, { channel: "Email" }),
        ...group("V", "control", "c", 1000, 100),
      ]).results[0];
      // 29,502 customers would settle it; the base is the 2,000 contacted customers and ten times
      // the test is 20,000: beyond reach.
      expect(unsure.verdict).toBe("not-proven");
      expect(unsure.settlingSample).toBeNull();
      expect(unsure.beyondReach).toBe(true);
      // MDE at 80 % power, 5 % two-sided, 1,000 vs 1,000 over 10 %: 4.0745 points (bisection on
      // the power.prop.test power function, worked in Python).
      expect(unsure.minimumDetectableEffect! * 100).toBeCloseTo(4.0745, 3);
      // The reach is the larger bound: a base of 29,501 still falls one customer short.
      const justShort = only(
        [
          ...group("V", "treated", "t", 1000, 110, { channel: "Email" }),
          ...group("V", "control", "c", 1000, 100),
        ],
        { customerBase: 29_501 }
      ).results[0];
      expect(justShort.beyondReach).toBe(true);
    });
  });

  describe("edge cases", () => {
    it("handles zero conversions in the control group", () => {
      // treated 5/20, control 0/20. Expected count 20 x 5 / 40 = 2.5 < 5 -> Fisher.
      // Fisher by hand: P(a = 5) = C(20,5) C(20,0) / C(40,5) = 15504 / 658008; the only other table
      // as unlikely is a = 0 (symmetric margins): p = 2 x 15504 / 658008 = 0.0471241
      const r = only([
        ...group("Z", "treated", "t", 20, 5, { channel: "Email" }),
        ...group("Z", "control", "c", 20, 0),
      ]).results[0];
      expect(r.conversionTest).toEqual({
        test: "fisher-exact",
        statistic: null,
        pValue: expect.closeTo(31008 / 658008, 12),
      });
      // Newcombe: low = 0.25 - sqrt((0.25 - l(5/20))² + u(0/20)²), high = 0.25 + (u(5/20) - 0.25)
      const w = wilsonInterval(5, 20);
      expect(r.newcombe.low).toBeCloseTo(
        0.25 - Math.hypot(0.25 - w.low, wilsonInterval(0, 20).high),
        12
      );
      expect(r.newcombe.high).toBeCloseTo(w.high, 12);
      expect(r.upliftRel).toBeNull();
      expect(r.upliftRelInterval).toBeNull();
      expect(r.warnings).toEqual([
        { code: "uplift:warnings.smallControl", params: { n: 20, conversions: 0 } },
      ]);
    });

    it("handles everyone converting", () => {
      // 10/10 vs 10/10: uplift 0, Newcombe ± (1 - l(10/10)) = ± z²/(10 + z²) = ± 0.2775, Fisher p = 1
      const r = only([
        ...group("A", "treated", "t", 10, 10, { channel: "Email" }),
        ...group("A", "control", "c", 10, 10),
      ]).results[0];
      expect(r.upliftAbs).toBe(0);
      expect(r.newcombe.low).toBeCloseTo(-0.2775, 4);
      expect(r.newcombe.high).toBeCloseTo(0.2775, 4);
      expect(r.conversionTest.pValue).toBe(1);
      expect(r.wald).toMatchObject({ low: 0, high: 0 });
      expect(r.verdict).toBe("not-proven");
      expect(r.settlingSample).toBeNull(); // no effect observed and no target: nothing would settle it
      expect(r.revenueTest!.pValue).toBe(1); // revenue 10 each in both groups
    });

    it("has one result and no pooled row for a single arm", () => {
      const c = only([
        ...group("O", "treated", "t", 50, 5, { channel: "Email" }),
        ...group("O", "control", "c", 50, 5),
      ]);
      expect(c.results.map((r) => r.arm)).toEqual(["Email"]);
    });

    it("skips a campaign without a control group with a typed message", () => {
      const analysis = analyzeUplift(
        group("NoCtl", "treated", "t", 10, 2, { channel: "Email" }),
        null
      );
      expect(analysis.campaigns).toEqual([]);
      expect(analysis.skipped).toEqual([
        {
          campaign: "NoCtl",
          reason: { code: "uplift:errors.noControlGroup", params: { campaign: "NoCtl" } },
        },
      ]);
    });

    it("skips a campaign with only control customers", () => {
      expect(analyzeUplift(group("C", "control", "c", 10, 2), null).skipped[0].reason.code).toBe(
        "uplift:errors.noTreatedGroup"
      );
    });

    it("uses the global holdout for a campaign without its own control", () => {
      const contacts = [
        ...group("Promo", "treated", "t", 30, 6, { channel: "Email" }),
        ...group("Holdout", "control", "h", 40, 4),
        ...group("Holdout", "control", "t", 1, 0), // t0 is treated by Promo: left out as a crossover
      ];
      const c = only(contacts, { globalControlCampaign: "Holdout" });
      expect(c.controlSource).toBe("global");
      expect(c.results[0].control.n).toBe(40);
      expect(c.results[0].treated.n).toBe(29);
      expect(c.checks.crossoverCustomers).toBe(1);
    });

    it("leaves out a customer found in two arms, and counts them", () => {
      const contacts = [
        ...group("X", "treated", "e", 10, 2, { channel: "Email" }),
        ...group("X", "treated", "s", 10, 2, { channel: "SMS" }),
        { ...group("X", "treated", "e", 1, 1, { channel: "SMS" })[0] }, // e0 also in SMS
        ...group("X", "control", "c", 10, 1),
      ];
      const c = only(contacts);
      expect(c.checks.crossoverCustomers).toBe(1);
      expect(c.results.find((r) => r.arm === "Email")!.treated.n).toBe(9);
      expect(c.results.find((r) => r.arm === "SMS")!.treated.n).toBe(10);
      expect(c.results.find((r) => r.arm === null)!.treated.n).toBe(19);
      expect(c.warnings).toContainEqual({
        code: "uplift:warnings.crossover",
        params: { campaign: "X", customers: 1 },
      });
    });

    it("counts a customer contacted twice in the same arm once", () => {
      const c = only([
        ...group("D", "treated", "t", 5, 1, { channel: "Email" }),
        ...group("D", "treated", "t", 5, 1, { channel: "Email" }),
        ...group("D", "control", "c", 5, 1),
      ]);
      expect(c.results[0].treated.n).toBe(5);
      expect(c.checks.crossoverCustomers).toBe(0);
    });

    it("has no revenue figures when the sheet has a converted column but no revenue", () => {
      const strip = (cs: Contact[]) => cs.map(({ revenue: _revenue, ...rest }) => rest as Contact);
      const c = only(
        strip([
          ...group("R", "treated", "t", 40, 8, { channel: "Email" }),
          ...group("R", "control", "c", 40, 4),
        ])
      );
      expect(c.outcome.revenueKnown).toBe(false);
      expect(c.results[0].incrementalRevenue).toBeNull();
      expect(c.results[0].treated.revenuePerCustomer).toBeNull();
    });
  });
});

describe("analyzeUplift: outcomes from transactions", () => {
  const contact = (id: string, g: ContactGroup, campaign = "May", hour = 15): Contact => ({
    customerId: id,
    campaign,
    group: g,
    contactDate: MAY_1 + hour * 3_600_000,
    channel: g === "treated" ? "Email" : undefined,
    source: { sheet: "Contacts", row: 2 },
  });
  const tx = (
    id: string,
    daysAfter: number,
    amount: number,
    isReturn = false,
    hour = 9
  ): Transaction => ({
    customerId: id,
    date: MAY_1 + daysAfter * DAY + hour * 3_600_000,
    amount,
    isReturn,
    source: { sheet: "Transactions", row: 2 },
  });

  it("counts purchases from the contact day (any time) to day + window - 1, net of returns", () => {
    const contacts = [
      contact("a", "treated"),
      contact("b", "treated"),
      contact("c", "treated"),
      contact("d", "treated"),
      contact("x", "control"),
      contact("y", "control"),
    ];
    const transactions = [
      tx("a", 0, 50), // 09:00 on the contact day, before the 15:00 contact: inside the window
      tx("a", 3, -20, true), // a return inside the window: revenue 50 - 20 = 30
      tx("b", 13, 40, false, 23), // day 14 of a 14-day window: inside
      tx("c", 14, 70), // day 15: outside
      tx("d", -1, 80), // the day before: outside (and counts as pre-campaign history)
      tx("x", 5, 25),
    ];
    const c = analyzeUplift(contacts, transactions, { conversionWindowDays: 14 }).campaigns[0];
    expect(c.outcome).toEqual({ source: "transactions", windowDays: 14, revenueKnown: true });
    const r = c.results[0];
    expect([r.treated.conversions, r.treated.n, r.control.conversions, r.control.n]).toEqual([
      2, 4, 1, 2,
    ]);
    expect(r.treated.revenue).toBe(70); // 30 + 40
    expect(r.treated.aovAmongBuyers).toBe(35);
    expect(r.control.revenuePerCustomer).toBe(12.5);
    // pre-campaign features from transactions before the contact day: d bought on day -1
    const recency = c.checks.balance.find((b) => b.covariate === "recency")!;
    expect(recency.treatedMean).toBe(1);
  });

  it("passes the contact day to segmentAsOf, so segments use data strictly before it", () => {
    const seen: [string, number][] = [];
    analyzeUplift([contact("a", "treated"), contact("x", "control")], [tx("a", 1, 10)], {
      segmentAsOf: (id, day) => {
        seen.push([id, day]);
        return "Champions";
      },
    });
    expect(seen).toEqual([
      ["a", MAY_1 / DAY],
      ["x", MAY_1 / DAY],
    ]);
  });

  it("flags control customers treated by another campaign within the window", () => {
    const contacts = [
      contact("a", "treated"),
      contact("x", "control"),
      contact("y", "control"),
      { ...contact("x", "treated", "Other"), contactDate: MAY_1 + 10 * DAY },
    ];
    const c = analyzeUplift(contacts, [tx("a", 1, 10)]).campaigns.find(
      (k) => k.campaign === "May"
    )!;
    expect(c.checks.contaminatedControl).toEqual({ customers: 1, share: 0.5 });
    expect(c.warnings.map((w) => w.code)).toContain("uplift:warnings.contaminatedControl");
  });

  it("skips a campaign with no outcome columns and no transactions", () => {
    const analysis = analyzeUplift([contact("a", "treated"), contact("x", "control")], []);
    expect(analysis.skipped[0].reason.code).toBe("uplift:errors.noOutcome");
  });
});

describe("breakdowns", () => {
  it("warns of Simpson's paradox when the stratified and pooled uplifts disagree in sign", () => {
    // segment A: treated 8/10, control 70/100 (+0.1); segment B: treated 20/100, control 1/10 (+0.1).
    // Pooled: 28/110 vs 71/110 = -0.3545. Stratified, weights 110/220 each: +0.1.
    const contacts = [
      ...group("S", "treated", "ta", 10, 8, { channel: "Email" }),
      ...group("S", "control", "ca", 100, 70),
      ...group("S", "treated", "tb", 100, 20, { channel: "Email" }),
      ...group("S", "control", "cb", 10, 1),
    ];
    const c = only(contacts, { segmentAsOf: (id) => (id[1] === "a" ? "A" : "B") });
    const b = c.breakdowns.find((x) => x.dimension === "rfm")!;
    expect(c.results[0].upliftAbs).toBeCloseTo(28 / 110 - 71 / 110, 12);
    expect(b.stratified!.estimate).toBeCloseTo(0.1, 12);
    expect(b.stratified!.simpson).toBe(true);
    // equal uplifts in both strata: Cochran's Q = 0
    expect(b.stratified!.heterogeneity!.q).toBeCloseTo(0, 12);
    expect(c.warnings).toContainEqual({
      code: "uplift:warnings.simpson",
      params: { campaign: "S", dimension: "rfm" },
    });
    expect(b.rows.map((r) => r.breakdown)).toEqual([
      { dimension: "rfm", value: "A" },
      { dimension: "rfm", value: "B" },
    ]);
  });

  it("breaks arms down by channel when arms are creatives", () => {
    const contacts = [
      ...group("K", "treated", "e", 20, 4, { channel: "Email" }),
      ...group("K", "treated", "s", 20, 2, { channel: "SMS" }),
      ...group("K", "control", "c", 20, 2, { channel: "Email" }),
    ];
    const c = only(contacts, { armOf: () => "creative A" });
    expect(c.arms).toEqual(["creative A"]);
    const b = c.breakdowns.find((x) => x.dimension === "channel")!;
    // the SMS stratum has no control customer: left out of the rows, counted in the stratified total
    expect(b.rows.map((r) => r.breakdown!.value)).toEqual(["Email"]);
    expect(b.stratified!.strataWithoutBothGroups).toBe(1);
  });
});

describe("planTest", () => {
  it("gives customers per group for a baseline, an effect, a power and a split", () => {
    // closed form (R power.prop.test, scipy norm.ppf): 2 % -> 2.5 % at 80 %: 13808.92 per group
    expect(planTest({ baselineRate: 0.02, effect: 0.005 })).toMatchObject({
      nTreated: 13809,
      nControl: 13809,
    });
    // 90/10 split: 71319.75 treated, 7924.42 control (same formula with unequal groups, scipy)
    expect(
      planTest({ baselineRate: 0.02, effect: 0.005, split: { treated: 90, control: 10 } })
    ).toMatchObject({ nTreated: 71320, nControl: 7925 });
    // a fall of one point from 5 % at 90 % power: 9029.05 per group
    expect(planTest({ baselineRate: 0.05, effect: -0.01, power: 0.9 })).toMatchObject({
      nTreated: 9030,
    });
  });

  it("returns null for an impossible plan", () => {
    expect(
      planTest({ baselineRate: 0.02, effect: 0.005, split: { treated: 1, control: 0 } })
    ).toBeNull();
    expect(planTest({ baselineRate: 0.02, effect: 0 })).toBeNull();
  });
});

describe("messages", () => {
  it("every code the engine emits has an English and a French text", () => {
    const codes = [
      "uplift:warnings.sampleRatioMismatch",
      "uplift:warnings.crossover",
      "uplift:warnings.contaminatedControl",
      "uplift:warnings.imbalance",
      "uplift:warnings.simpson",
      "uplift:warnings.smallControl",
      "uplift:errors.noControlGroup",
      "uplift:errors.noTreatedGroup",
      "uplift:errors.noOutcome",
      "uplift:verdicts.not-proven",
      "uplift:tests.fisher-exact",
      "uplift:tests.z-test",
    ];
    for (const lang of ["en", "fr"] as const) {
      const i18n = createI18n(lang);
      for (const code of codes) expect([lang, code, i18n.exists(code)]).toEqual([lang, code, true]);
    }
  });
});
