import { analyzeMigration, analyzeRfm, rfmJson } from "../../../src/analytics/rfm";
import { at } from "./builders";
import { onlineRetailTransactions } from "../../support/onlineRetail";

/*
 * UCI Online Retail, cleaned as in the standard exercise (test/support/onlineRetail.ts), as of
 * 2011-12-10 (the default: the last invoice is on 2011-12-09). Every expected number below was
 * printed by test/analytics/rfm/online_retail_rfm_check.py, an independent plain-Python path
 * (csv + gzip + exact fractions, no code shared with the engine):
 *   customers 4338
 *   recency   [13.8, 33.0, 72.0, 180.0]              [861, 866, 863, 880, 868]
 *   frequency [1.0, 2.0, 3.0, 6.0]                   [1493, 835, 508, 802, 700]
 *   monetary  [250.194, 490.096, 942.276, 2058.426]  [868, 867, 868, 867, 868]
 *   12346 326 1 77183.60 | 12347 3 7 4310.00 | 14646 2 73 280206.02 | 17850 373 34 5391.21
 *   18102 1 60 259657.30
 *   segments: aboutToSleep 478, atRisk 357, cantLose 35, champions 604, hibernating 716, lost 619,
 *   loyal 688, needAttention 121, new 67, potential 484, promising 169
 */
describe("analyzeRfm on Online Retail", () => {
  const transactions = onlineRetailTransactions();
  const result = analyzeRfm(transactions);
  const json = rfmJson(result);

  it("scores the 4,338 customers of the standard exercise as of 2011-12-10", () => {
    expect(json.asOf).toBe("2011-12-10");
    expect(json.customers).toHaveLength(4338);
    expect(analyzeRfm(transactions, { asOf: at("2011-12-10") }).customers).toHaveLength(4338);
  });

  it("has the independently recomputed cut points and counts per score", () => {
    expect(json.cutPoints).toEqual({
      recency: [13.8, 33, 72, 180],
      frequency: [1, 2, 3, 6],
      monetary: [250.194, 490.096, 942.276, 2058.426],
    });
    expect(result.counts).toEqual({
      recency: [861, 866, 863, 880, 868],
      frequency: [1493, 835, 508, 802, 700],
      monetary: [868, 867, 868, 867, 868],
    });
  });

  it("has the recomputed values of named customers", () => {
    const pick = (id: string) => {
      const c = json.customers.find((x) => x.id === id);
      return c && [c.recency, c.frequency, c.monetary, c.r, c.f, c.m, c.segment];
    };
    // 12346 bought 74,215 units once on 2011-01-18 (then cancelled: the cancellation is dropped)
    // scores: 326 > 180 -> R 1; F 1; 77183.6 > 2058.426 -> M 5; R1 F1 -> lost
    expect(pick("12346")).toEqual([326, 1, 77183.6, 1, 1, 5, "lost"]);
    expect(pick("12347")).toEqual([3, 7, 4310, 5, 5, 5, "champions"]);
    expect(pick("14646")).toEqual([2, 73, 280206.02, 5, 5, 5, "champions"]);
    // 373 > 180 -> R 1; 34 > 6 -> F 5 -> cantLose
    expect(pick("17850")).toEqual([373, 34, 5391.21, 1, 5, 5, "cantLose"]);
    expect(pick("18102")).toEqual([1, 60, 259657.3, 5, 5, 5, "champions"]);
  });

  it("has the recomputed customers per classic segment", () => {
    expect(Object.fromEntries(json.segments.map((s) => [s.name, s.customers]))).toEqual({
      champions: 604,
      loyal: 688,
      potentialLoyalists: 484,
      newCustomers: 67,
      promising: 169,
      needAttention: 121,
      aboutToSleep: 478,
      atRisk: 357,
      cantLose: 35,
      hibernating: 716,
      lost: 619,
    });
    // segment revenues add up to the net revenue of all customers
    const total = json.customers.reduce((a, c) => a + c.monetary, 0);
    expect(json.segments.reduce((a, s) => a + s.revenue, 0)).toBeCloseTo(total, 4);
  });

  it("migrates customers between two as-of dates with every customer accounted for", () => {
    // 6-month windows as of 2011-09-01 and 2011-12-10: rows + leaving = the first date's
    // segment sizes; columns + entering = the second date's
    const { from, to, matrix } = analyzeMigration(
      transactions,
      at("2011-09-01"),
      at("2011-12-10"),
      { windowMonths: 6 }
    );
    matrix.segments.forEach((_, i) => {
      const row = matrix.counts[i].reduce((a, b) => a + b, 0) + matrix.leaving[i];
      expect(row).toBe(from.segments[i].customers);
      const column = matrix.counts.reduce((a, r) => a + r[i], 0) + matrix.entering[i];
      expect(column).toBe(to.segments[i].customers);
    });
    expect(matrix.leaving.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(matrix.entering.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
