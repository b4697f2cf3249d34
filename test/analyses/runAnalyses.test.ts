import type { Contact, Transaction } from "../../src/analytics/domain";
import type { CleanData } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisStage } from "../../src/analytics/runAnalyses";
import { at, buy } from "../analytics/rfm/builders";

const contact = (customerId: string, group: Contact["group"], when: string): Contact => ({
  customerId,
  campaign: "Spring",
  group,
  contactDate: at(when),
  channel: group === "treated" ? "Email" : undefined,
  source: { sheet: "Contacts", row: 0 },
});

function cleanData(transactions: Transaction[], contacts: Contact[], asOf?: string): CleanData {
  return {
    transactions,
    customers: [],
    contacts,
    dataQuality: {} as CleanData["dataQuality"],
    problems: [],
    sheets: [],
    asOf: asOf === undefined ? undefined : at(asOf),
  };
}

/*
 * Four customers on the three-tier map. "a" and "b" bought often and lately before the
 * 1 March contact; "c" once long ago; "d" first buys ON the contact day, "e" the day after. With
 * the tiers3 map, a purchase on the contact day must not count for the segment as of that day
 * (data strictly before it): "d" and "e" both have no segment then (the "" cell of the breakdown,
 * d treated and e control), though both are scored at the end. Were d's purchase leaked, d would
 * sit in a segment and the "" cell would hold e alone.
 */
const history: Transaction[] = [
  ...["2024-01-05", "2024-01-20", "2024-02-02", "2024-02-20"].map((d) => buy("a", d, 100)),
  ...["2024-01-06", "2024-01-21", "2024-02-03", "2024-02-21"].map((d) => buy("b", d, 90)),
  buy("c", "2023-03-01", 20),
  buy("d", "2024-03-01", 50),
  buy("e", "2024-03-02", 40),
  buy("a", "2024-03-04", 80),
];
const contacts = [
  contact("a", "treated", "2024-03-01"),
  contact("b", "control", "2024-03-01"),
  contact("c", "treated", "2024-03-01"),
  contact("d", "treated", "2024-03-01"),
  contact("e", "control", "2024-03-01"),
];

describe("runAnalyses", () => {
  it("runs every analysis in stage order, as of the day after the last purchase", () => {
    const stages: AnalysisStage[] = [];
    const results = runAnalyses(
      cleanData(history, contacts, "2024-03-05"),
      { rfm: { map: "tiers3" } },
      (s) => stages.push(s)
    );
    expect(stages).toEqual([
      "rfm",
      "migration",
      "kpis",
      "history",
      "ltv",
      "holdout",
      "uplift",
      "campaigns",
    ]);
    expect(results.asOf).toBe(at("2024-03-05"));
    expect(results.rfm!.customers.map((c) => c.id).sort()).toEqual(["a", "b", "c", "d", "e"]);
    // Migration starts one calendar month earlier: on 5 February only a, b and c had bought.
    expect(results.migration!.from.asOfDay).toBe(at("2024-02-05") / 86_400_000);
    expect(results.migration!.from.customers.map((c) => c.id).sort()).toEqual(["a", "b", "c"]);
    // LTV calibrates on the days strictly before the as-of date: up to 4 March.
    expect(results.ltv!.settings.calibrationEndDay).toBe(at("2024-03-04") / 86_400_000);
    expect(results.notes).toEqual([]);
  });

  it("takes segments as of the contact day from data strictly before it (no leakage)", () => {
    const results = runAnalyses(cleanData(history, contacts, "2024-03-05"), {
      rfm: { map: "tiers3" },
    });
    const rfmBreakdown = results.uplift!.campaigns[0].breakdowns.find(
      (b) => b.dimension === "rfm"
    )!;
    const withoutHistory = rfmBreakdown.rows.find((r) => r.breakdown!.value === "")!;
    expect([withoutHistory.treated.n, withoutHistory.control.n]).toEqual([1, 1]);
    // d bought on the contact day (inside the conversion window), e the day after.
    expect([withoutHistory.treated.conversions, withoutHistory.control.conversions]).toEqual([
      1, 1,
    ]);
    // At the end of the data d is scored like everyone else.
    expect(results.rfm!.customers.find((c) => c.id === "d")!.segment).not.toBe("");
  });

  it("skips what the data cannot support, with a note, and never throws", () => {
    const onlyTransactions = runAnalyses(cleanData(history, [], "2024-03-05"));
    expect(onlyTransactions.uplift).toBeNull();
    expect(onlyTransactions.campaigns).toBeNull();
    expect(onlyTransactions.notes.map((n) => n.code)).toEqual([
      "common:analysis.skipped.noContacts",
    ]);
    const onlyContacts = runAnalyses(cleanData([], contacts));
    expect(onlyContacts.rfm).toBeNull();
    expect(onlyContacts.ltv).toBeNull();
    expect(onlyContacts.asOf).toBeNull();
    expect(onlyContacts.notes.map((n) => n.code)).toEqual([
      "common:analysis.skipped.noTransactions",
    ]);
    // Contacts without transactions or outcome columns: the campaign is skipped with a reason.
    expect(onlyContacts.uplift!.campaigns).toEqual([]);
    expect(onlyContacts.uplift!.skipped[0].reason.code).toBe("uplift:errors.noOutcome");
  });
});

describe("runAnalyses: the LTV model check", () => {
  /*
   * 40 customers; customer i buys every 20 + i days from 2023-01-01 while the day is at most
   * 360 (2023-12-27). The history spans 360 days, so without a calibration end the check fits on
   * all but the last third (120 days): calibration up to 2023-08-29 (day 240), holdout
   * 2023-08-30 .. 2023-12-27 (days 241 .. 360).
   */
  const DAY = 86_400_000;
  const start = at("2023-01-01");
  const purchaseDays = (i: number) =>
    Array.from({ length: Math.floor(360 / (20 + i)) + 1 }, (_, k) => k * (20 + i));
  const steady: Transaction[] = Array.from({ length: 40 }, (_, i) =>
    purchaseDays(i).map((d) => ({
      ...buy(`c${i}`, "2023-01-01", 10 + (d % 7)),
      date: start + d * DAY,
    }))
  ).flat();
  const purchasesBetween = (from: number, to: number) =>
    Array.from(
      { length: 40 },
      (_, i) => purchaseDays(i).filter((d) => d > from && d <= to).length
    ).reduce((a, b) => a + b, 0);

  it("adds a validation fit on the first two thirds when no calibration end is given", () => {
    const results = runAnalyses(cleanData(steady, [], "2023-12-28"));
    const holdout = results.ltv!.holdout!;
    expect(holdout.validationFit).toEqual({
      calibrationEndDay: at("2023-08-29") / DAY,
      holdoutEndDay: at("2023-12-27") / DAY,
    });
    expect(holdout.actualTotal).toBe(purchasesBetween(240, 360));
    // The CLV fit itself is on all the data.
    expect(results.ltv!.settings.calibrationEndDay).toBe(at("2023-12-27") / DAY);
  });

  it("uses the user's own calibration end instead, with no separate fit", () => {
    const results = runAnalyses(cleanData(steady, [], "2023-12-28"), {
      ltv: { calibrationEnd: at("2023-10-31") },
    });
    expect(results.ltv!.holdout!.validationFit).toBeUndefined();
    // 2023-10-31 is day 303.
    expect(results.ltv!.holdout!.actualTotal).toBe(purchasesBetween(303, 360));
  });

  it("skips the check on a history under three months", () => {
    const short = steady.filter((t) => t.date < at("2023-03-15"));
    expect(runAnalyses(cleanData(short, [], "2023-03-15")).ltv!.holdout).toBeNull();
  });
});
