import fc from "fast-check";
import { historicalLtv } from "../../../src/analytics/ltv/historicalLtv";
import { observedYearlyRetention } from "../../../src/analytics/ltv/retention";
import { dayNumber, type Transaction } from "../../../src/analytics/domain";
import { translator } from "../../../src/i18n";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
function tx(customerId: string, iso: string, amount: number, invoiceId?: string): Transaction {
  return {
    customerId,
    date: day(iso),
    amount,
    isReturn: amount < 0,
    invoiceId,
    source: { sheet: "T", row: 2 },
  };
}

describe("historicalLtv", () => {
  // a: 2 orders (100, 50) over a tenure 2023-01-01 .. 2024-12-30 = 730 days = 1.9986 years
  // b: 1 order of 40 and a 10 refund, tenure 2024-07-01 .. 2024-12-30 = 183 days
  const txs = [
    tx("a", "2023-01-01", 100, "I1"),
    tx("a", "2024-06-01", 50, "I2"),
    tx("b", "2024-07-01", 40, "I3"),
    tx("b", "2024-08-01", -10, "C3"),
  ];
  const asOfDay = dayNumber(day("2024-12-30"));

  it("works out revenue, orders, AOV, frequency and tenure per customer", () => {
    const h = historicalLtv(txs, { asOfDay, expectedLifetimeYears: 3, margin: 0.3 });
    const a = h.customers.find((c) => c.customerId === "a")!;
    expect([a.netRevenue, a.orders, a.averageOrderValue, a.tenureDays]).toEqual([150, 2, 75, 730]);
    expect(a.purchasesPerYear).toBeCloseTo(2 / (730 / 365.25), 12);
    // simple formula: 0.3 x 75 x (2 / 1.9986) x 3 = 67.546...
    expect(a.simpleLtv).toBeCloseTo(0.3 * 75 * (2 / (730 / 365.25)) * 3, 10);
    const b = h.customers.find((c) => c.customerId === "b")!;
    expect([b.netRevenue, b.orders, b.averageOrderValue, b.tenureDays]).toEqual([30, 1, 30, 183]);
  });

  it("writes the simple formula's inputs out for the whole base", () => {
    const h = historicalLtv(txs, { asOfDay, expectedLifetimeYears: 3, margin: 0.3 });
    // revenue 180 over 3 orders: AOV 60; orders per customer-year: 3 / ((730 + 183) / 365.25)
    const perYear = 3 / ((730 + 183) / 365.25);
    expect(h.overall.simple).toEqual({
      margin: 0.3,
      averageOrderValue: 60,
      purchasesPerYear: perYear,
      lifetimeYears: 3,
      value: 0.3 * 60 * perYear * 3,
    });
    expect(h.overall.customers).toBe(2);
  });

  it("computes the retention-based formula m x r / (1 + d - r)", () => {
    // margin 0.5, r = 0.8, d = 0.1: multiple 0.8 / 0.3 = 2.6667 of the yearly margin
    const h = historicalLtv(txs, {
      asOfDay,
      margin: 0.5,
      retentionRate: 0.8,
      yearlyDiscountRate: 0.1,
    });
    const yearly = h.overall.averageOrderValue * h.overall.purchasesPerYear;
    expect(h.overall.retention!.value).toBeCloseTo((0.5 * yearly * 0.8) / 0.3, 10);
    // without a lifetime, the simple formula uses 1 / (1 - r) = 5 years
    expect(h.overall.simple!.lifetimeYears).toBeCloseTo(5, 12);
  });

  it("hands the report formula objects whose fields fill the ltv:formula.* texts", () => {
    const h = historicalLtv(txs, {
      asOfDay,
      margin: 0.5,
      retentionRate: 0.8,
      yearlyDiscountRate: 0.1,
    });
    for (const lang of ["en", "fr"] as const) {
      const t = translator(lang);
      const simple = t("ltv:formula.simple", { ...h.overall.simple! });
      const retention = t("ltv:formula.retention", { ...h.overall.retention! });
      expect(simple).not.toMatch(/\{\{|undefined/);
      expect(retention).not.toMatch(/\{\{|undefined/);
      expect(simple).toContain(String(h.overall.simple!.lifetimeYears));
    }
  });

  it("groups customers by the caller's segments, unmapped ones under null", () => {
    const h = historicalLtv([...txs, tx("c", "2024-12-01", 20)], {
      asOfDay,
      segmentOf: new Map([
        ["a", "VIP"],
        ["b", "Regular"],
      ]),
    });
    expect(h.segments.map((s) => [s.segment, s.customers, s.netRevenue])).toEqual([
      ["VIP", 1, 150],
      ["Regular", 1, 30],
      [null, 1, 20],
    ]);
  });

  it("segment totals add up to the overall totals (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom("a", "b", "c", "d"),
            offset: fc.integer({ min: 0, max: 700 }),
            amount: fc.integer({ min: 1, max: 500 }),
          }),
          { minLength: 1, maxLength: 40 }
        ),
        (rows) => {
          const t = rows.map((r) =>
            tx(
              r.id,
              new Date(day("2023-01-01") + r.offset * 86_400_000).toISOString().slice(0, 10),
              r.amount
            )
          );
          const h = historicalLtv(t, {
            segmentOf: new Map([
              ["a", "X"],
              ["b", "Y"],
            ]),
          });
          const revenue = h.segments.reduce((s, g) => s + g.netRevenue, 0);
          const orders = h.segments.reduce((s, g) => s + g.orders, 0);
          return Math.abs(revenue - h.overall.netRevenue) < 1e-9 && orders === h.overall.orders;
        }
      )
    );
  });

  describe("edge cases", () => {
    it("leaves the formulas null without a lifetime or retention rate", () => {
      const h = historicalLtv(txs, { asOfDay });
      expect(h.overall.simple).toBeNull();
      expect(h.overall.retention).toBeNull();
      expect(h.customers.every((c) => c.simpleLtv === null)).toBe(true);
    });
    it("gives zeros for no transactions", () => {
      const h = historicalLtv([]);
      expect(h.customers).toEqual([]);
      expect([h.overall.averageOrderValue, h.overall.purchasesPerYear]).toEqual([0, 0]);
    });
    it("counts purchase days as orders when there are no invoice ids, and skips returns-only customers", () => {
      const h = historicalLtv([
        tx("a", "2024-01-01", 5),
        tx("a", "2024-01-01", 5),
        tx("a", "2024-01-02", 5),
        tx("z", "2024-01-02", -5),
      ]);
      expect(h.customers.map((c) => [c.customerId, c.orders, c.tenureDays])).toEqual([["a", 2, 2]]);
    });
    it("counts lines without an invoice id as one order a day next to invoiced ones", () => {
      const h = historicalLtv([
        tx("a", "2024-01-01", 5, "I1"),
        tx("a", "2024-01-01", 5, "I1"),
        tx("a", "2024-01-01", 5),
        tx("a", "2024-01-03", 5),
      ]);
      expect(h.customers[0].orders).toBe(3); // I1, 2024-01-01 without id, 2024-01-03
    });
    it("ignores a retention rate of 1 or more (the formula diverges)", () => {
      expect(historicalLtv(txs, { asOfDay, retentionRate: 1 }).overall.retention).toBeNull();
    });
  });
});

describe("observedYearlyRetention", () => {
  it("is the share of last-but-one year's buyers who bought again in the last year", () => {
    // a, b, c, d, x bought in 2023; a, b, c again in 2024 (e is new in 2024): 3 / 5
    const t = ["a", "b", "c", "d"].map((id) => tx(id, "2023-03-01", 10));
    t.push(
      tx("a", "2024-03-01", 10),
      tx("b", "2024-05-01", 10),
      tx("c", "2024-12-31", 10),
      tx("e", "2024-06-01", 10)
    );
    t.push(tx("x", "2023-01-02", 1)); // a fifth 2023 buyer, on the first day of the window
    expect(observedYearlyRetention(t, dayNumber(day("2024-12-31")))).toBeCloseTo(3 / 5, 12);
  });
  it("is undefined when the data does not span two years", () => {
    expect(
      observedYearlyRetention([tx("a", "2024-01-01", 1)], dayNumber(day("2024-12-31")))
    ).toBeUndefined();
  });
});
