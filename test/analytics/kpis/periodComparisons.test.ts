import fc from "fast-check";
import type { Contact, Transaction } from "../../../src/analytics/domain";
import { analyzeKpis, kpiChange, periodComparisons } from "../../../src/analytics/kpis";
import { at, buy, day, giveBack } from "../rfm/builders";

const treated = (customerId: string, when: string): Contact => ({
  customerId,
  campaign: "Spring",
  group: "treated",
  contactDate: at(when),
  channel: "Email",
  source: { sheet: "Contacts", row: 2 },
});

// Worked by hand, as of 2024-03-15 (mid-month: March is not complete, this month = February 2024):
// a: 100 (A1) 2023-02-03, 50 (A2) 2024-01-20, 30 (A3) 2024-02-10, return 10 on 2024-02-12
// b: 40 (B1) 2023-01-05, 20 (B2) 2023-02-20
// c: 70 without invoice on 2024-02-28, 25 on 2024-03-05 (after February: not in this month)
const transactions: Transaction[] = [
  buy("b", "2023-01-05", 40, "B1"),
  buy("a", "2023-02-03", 100, "A1"),
  buy("b", "2023-02-20", 20, "B2"),
  buy("a", "2024-01-20", 50, "A2"),
  buy("a", "2024-02-10", 30, "A3"),
  giveBack("a", "2024-02-12", 10, "CA3"),
  buy("c", "2024-02-28", 70),
  buy("c", "2024-03-05", 25),
];

describe("periodComparisons", () => {
  const result = periodComparisons(transactions, [], day("2024-03-15"), 365);
  const row = (comparison: string, id: string) =>
    result.comparisons.find((c) => c.id === comparison)!.kpis.find((k) => k.id === id)!;

  it("takes the last complete month and labels every period with its days", () => {
    expect(result.thisMonth).toBe("lastCompleteMonth");
    expect(result.dataFrom).toBe("2023-01-05");
    const p = result.periods;
    expect([p.thisMonth.from, p.thisMonth.to, p.thisMonth.asOf]).toEqual([
      "2024-02-01",
      "2024-02-29",
      "2024-03-01",
    ]);
    expect([p.lastMonth.from, p.lastMonth.to]).toEqual(["2024-01-01", "2024-01-31"]);
    expect([p.sameMonthLastYear.from, p.sameMonthLastYear.to]).toEqual([
      "2023-02-01",
      "2023-02-28",
    ]);
    expect([p.yearToDate.from, p.yearToDate.to]).toEqual(["2024-01-01", "2024-02-29"]);
    expect([p.lastYearToDate.from, p.lastYearToDate.to]).toEqual(["2023-01-01", "2023-02-28"]);
  });

  it("computes this month's figures by hand", () => {
    // February 2024: a 30 - 10, c 70 -> revenue 90; orders A3 + c's day = 2; buyers a, c.
    // At its end: customers a, b, c = 3, repeat a (A1, A2, A3) and b (B1, B2): 2/3.
    expect(result.periods.thisMonth.values).toEqual({
      customers: 3,
      activeCustomers: 2,
      revenue: 90,
      orders: 2,
      aov: 45,
      repeatRate: 2 / 3,
      coverage: null,
    });
  });

  it("compares with last month, the same month last year and last year to date", () => {
    // January 2024: a 50 (A2): revenue 50, orders 1, buyers 1; customers a, b; repeat a, b.
    expect(row("lastMonth", "revenue")).toMatchObject({
      current: 90,
      previous: 50,
      unit: "relative",
    });
    expect(row("lastMonth", "revenue").change).toBeCloseTo(90 / 50 - 1, 12);
    expect(row("lastMonth", "repeatRate").previous).toBe(1);
    expect(row("lastMonth", "repeatRate").unit).toBe("points");
    expect(row("lastMonth", "repeatRate").change).toBeCloseTo((2 / 3 - 1) * 100, 10);
    // February 2023: a 100, b 20 -> revenue 120, orders 2, buyers 2; customers a, b; repeat b.
    expect(row("sameMonthLastYear", "revenue").previous).toBe(120);
    expect(row("sameMonthLastYear", "customers")).toMatchObject({
      current: 3,
      previous: 2,
      change: 0.5,
    });
    expect(row("sameMonthLastYear", "repeatRate").previous).toBe(0.5);
    // YTD 2024 (Jan-Feb): 50 + 90 = 140, orders 3, buyers a, c; YTD 2023: 40 + 100 + 20 = 160.
    expect(row("yearToDate", "revenue")).toMatchObject({ current: 140, previous: 160 });
    expect(row("yearToDate", "orders")).toMatchObject({ current: 3, previous: 3, change: 0 });
    expect(row("yearToDate", "activeCustomers")).toMatchObject({ current: 2, previous: 2 });
  });

  it("gives null with a reason for a period the data does not cover, never a zero", () => {
    // The data starts 2024-01-20: February 2023 and Jan-Feb 2023 are before it.
    const short = periodComparisons(transactions.slice(3), [], day("2024-03-15"), 365);
    const yoy = short.comparisons.find((c) => c.id === "sameMonthLastYear")!;
    expect(yoy.missing).toEqual({ reason: "beforeData", dataFrom: "2024-01-20" });
    expect(yoy.kpis.every((k) => k.previous === null && k.change === null)).toBe(true);
    expect(yoy.kpis.find((k) => k.id === "revenue")!.current).toBe(90);
    expect(short.periods.lastYearToDate.values).toBeNull();
    // January 2024 starts 19 days before the data: more than the grace days, missing too.
    expect(short.periods.lastMonth.missing).not.toBeNull();
  });

  it("adds coverage at each period's end when there are contacts", () => {
    const withContacts = periodComparisons(
      transactions,
      [treated("a", "2024-02-01"), treated("c", "2023-02-01")],
      day("2024-03-15"),
      365
    );
    // end of February 2024: active (365 days) a, c; contacted in 2024: a -> 0.5.
    const coverage = withContacts.comparisons[0].kpis.find((k) => k.id === "coverage")!;
    expect(coverage.current).toBe(0.5);
    expect(coverage.unit).toBe("points");
    expect(result.comparisons[0].kpis.some((k) => k.id === "coverage")).toBe(false);
  });

  it("is part of analyzeKpis", () => {
    const kpis = analyzeKpis(transactions, [], { asOf: at("2024-03-15") });
    expect(kpis.comparisons).toEqual(result);
  });

  it("keeps a relative change undefined over a previous value of zero or less", () => {
    expect(kpiChange("relative", 10, 0)).toBeNull();
    expect(kpiChange("relative", 10, -5)).toBeNull();
    expect(kpiChange("points", 0.3, 0.25)).toBeCloseTo(5, 12);
  });

  it("sums the year to date of its months (property)", () => {
    const line = fc.record({
      customer: fc.constantFrom("a", "b", "c", "d"),
      offset: fc.integer({ min: 0, max: 700 }),
      amount: fc.integer({ min: -50, max: 300 }),
      invoice: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), (raw) => {
        const start = day("2023-01-01");
        const lines = [buy("z", "2023-01-01", 1, "Z0")].concat(
          raw.map((r) => {
            const when = new Date((start + r.offset) * 86_400_000).toISOString().slice(0, 10);
            return r.amount < 0
              ? giveBack(r.customer, when, -r.amount, `C${r.invoice}`)
              : buy(r.customer, when, r.amount, `${r.customer}${r.invoice}`);
          })
        );
        const asOf = day("2024-11-20"); // this month October 2024: YTD = January..October
        const ytd = periodComparisons(lines, [], asOf, 365).periods.yearToDate.values!;
        let revenue = 0;
        for (let m = 0; m < 10; m++) {
          const end = Date.UTC(2024, m + 1, 1) / 86_400_000;
          revenue += periodComparisons(lines, [], end + 5, 365).periods.thisMonth.values!.revenue!;
        }
        expect(ytd.revenue).toBeCloseTo(revenue, 6);
      }),
      { numRuns: 40 }
    );
  });
});
