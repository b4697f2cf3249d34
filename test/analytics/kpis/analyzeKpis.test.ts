import fc from "fast-check";
import type { Contact, Transaction } from "../../../src/analytics/domain";
import {
  activeCustomerIds,
  analyzeKpis,
  kpiSnapshot,
  monthlyRevenue,
} from "../../../src/analytics/kpis";
import { at, buy, day, generatedTransactions, giveBack } from "../rfm/builders";

const treated = (customerId: string, when: string): Contact => ({
  customerId,
  campaign: "Spring",
  group: "treated",
  contactDate: at(when),
  channel: "Email",
  source: { sheet: "Contacts", row: 2 },
});

// A small world worked by hand, as of 2024-04-01 (active window 2023-04-01 .. 2024-03-31):
// a: invoice A1 on 2024-01-05 (two lines, 60 + 40), A2 on 2024-03-01 (50), a return of 20 on
//    2024-03-05: two occasions (the return is none), a repeat customer.
// b: 30 on 2023-01-10 without an invoice id: a customer, but before the window: not active.
// c: two lines without invoice id on 2023-04-01 (10 + 5): one occasion, on the window's first day.
// d: 200 on the as-of day itself: excluded (only days strictly before the as-of date count).
// e: only a return of 15 on 2024-02-10: not a customer, but the refund is window revenue.
const transactions: Transaction[] = [
  buy("a", "2024-01-05", 60, "A1"),
  buy("a", "2024-01-05", 40, "A1"),
  buy("a", "2024-03-01", 50, "A2"),
  giveBack("a", "2024-03-05", 20, "CA2"),
  buy("b", "2023-01-10", 30),
  buy("c", "2023-04-01 09:00", 10),
  buy("c", "2023-04-01 17:00", 5),
  buy("d", "2024-04-01", 200),
  giveBack("e", "2024-02-10", 15),
];

describe("analyzeKpis", () => {
  const kpis = analyzeKpis(transactions, [], { asOf: at("2024-04-01") });

  it("counts customers, active customers and repeat customers as of the date", () => {
    // customers a, b, c (d's purchase is on the as-of day, e only returned); active a, c;
    // repeat: a (A1 and A2); c's two lines are one occasion.
    expect(kpis.current).toMatchObject({
      asOf: "2024-04-01",
      windowStart: "2023-04-01",
      customers: 3,
      activeCustomers: 2,
      repeatCustomers: 1,
      coverage: null,
    });
    expect(kpis.current.repeatRate).toBeCloseTo(1 / 3, 12);
  });

  it("takes revenue, orders and AOV over the active window", () => {
    // revenue: a 60 + 40 + 50 - 20 = 130, c 10 + 5 = 15, e -15 -> 130
    // orders: a's A1 and A2, c's day -> 3; AOV 130 / 3
    expect(kpis.current.revenue).toBe(130);
    expect(kpis.current.orders).toBe(3);
    expect(kpis.current.aov).toBeCloseTo(130 / 3, 12);
  });

  it("computes the previous period one calendar month earlier", () => {
    // As of 2024-03-01 (window 2023-03-01 .. 2024-02-29): a has only A1 (100), b, c (15), e -15.
    expect(kpis.previous).toMatchObject({
      asOf: "2024-03-01",
      windowStart: "2023-03-01",
      customers: 3,
      activeCustomers: 2,
      repeatCustomers: 0,
      repeatRate: 0,
      revenue: 100,
      orders: 2,
      aov: 50,
    });
  });

  it("splits the active window into calendar months whose revenue adds up to the KPI", () => {
    expect(kpis.monthly.map((m) => m.month)).toEqual([
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
      "2023-08",
      "2023-09",
      "2023-10",
      "2023-11",
      "2023-12",
      "2024-01",
      "2024-02",
      "2024-03",
    ]);
    const byMonth = Object.fromEntries(kpis.monthly.map((m) => [m.month, m]));
    expect(byMonth["2023-04"]).toEqual({
      month: "2023-04",
      from: "2023-04-01",
      days: 30,
      revenue: 15,
      orders: 1,
      buyers: 1,
    });
    expect(byMonth["2024-01"]).toMatchObject({ revenue: 100, orders: 1, buyers: 1 });
    // e's refund alone: negative revenue, no order, no buyer
    expect(byMonth["2024-02"]).toMatchObject({ days: 29, revenue: -15, orders: 0, buyers: 0 });
    expect(byMonth["2024-03"]).toMatchObject({ revenue: 30, orders: 1, buyers: 1 });
    expect(byMonth["2023-07"]).toMatchObject({ revenue: 0, orders: 0, buyers: 0 });
  });

  it("takes coverage from the campaigns module, over the tiles' one definition of active", () => {
    // Active (kpis/activeCustomers.ts): a purchase in the 12 calendar months before the as-of
    // date, the as-of date excluded: 2023-04-01 .. 2024-03-31 -> a and c (c's 2023-04-01 is the
    // window's first day; d's purchase is on the as-of date itself, not yet data); a contacted
    // -> 1 of 2. (Coverage used to count 365 days, 2023-04-02 .. 2024-03-31 in this leap year,
    // and left c out: the Dashboard's active customers and coverage's differed.)
    // As of 2024-03-01 (2023-03-01 .. 2024-02-29): a and c active, a not yet contacted -> 0.
    const withContacts = analyzeKpis(transactions, [treated("a", "2024-03-10")], {
      asOf: at("2024-04-01"),
    });
    expect(withContacts.current.coverage).toEqual({
      year: 2024,
      activeCustomers: 2,
      contactedActive: 1,
      share: 0.5,
    });
    expect(withContacts.current.coverage?.activeCustomers).toBe(
      withContacts.current.activeCustomers
    );
    expect(withContacts.previous.coverage).toEqual({
      year: 2024,
      activeCustomers: 2,
      contactedActive: 0,
      share: 0,
    });
    expect(withContacts.previous.coverage?.activeCustomers).toBe(
      withContacts.previous.activeCustomers
    );
  });

  it("takes coverage's year from the last day of data: as of 1 January, the year before", () => {
    // Data up to 2023-12-31: a bought on 5 December and was contacted on 10 December.
    const k = analyzeKpis([buy("a", "2023-12-05", 10)], [treated("a", "2023-12-10")], {
      asOf: at("2024-01-01"),
    });
    expect(k.current.coverage).toEqual({
      year: 2023,
      activeCustomers: 1,
      contactedActive: 1,
      share: 1,
    });
  });

  it("accepts its own previous date and active window length", () => {
    // Six months before 2024-04-01 is 2023-10-01: c's April purchase is no longer active.
    const k = analyzeKpis(transactions, [], {
      asOf: at("2024-04-01"),
      previousAsOf: at("2024-01-01"),
      activeMonths: 6,
    });
    expect(k.current).toMatchObject({
      windowStart: "2023-10-01",
      activeCustomers: 1,
      revenue: 115,
    });
    expect(k.previous).toMatchObject({ asOf: "2024-01-01", customers: 2, activeCustomers: 0 });
    expect(k.monthly).toHaveLength(6);
  });

  describe("edge cases", () => {
    it("returns zeros and nulls without transactions", () => {
      const k = analyzeKpis([], [], { asOf: at("2024-04-01") });
      expect(k.current).toMatchObject({
        customers: 0,
        activeCustomers: 0,
        revenue: 0,
        orders: 0,
        aov: null,
        repeatRate: null,
      });
      expect(k.monthly.every((m) => m.revenue === 0)).toBe(true);
    });

    it("cuts partial months at the window's ends (as of the 10th)", () => {
      // 2011-12-10: window 2010-12-10 .. 2011-12-09: 22 days of December 2010, 9 of December 2011
      const months = monthlyRevenue([], day("2010-12-10"), day("2011-12-10"));
      expect(months).toHaveLength(13);
      expect(months[0]).toMatchObject({ month: "2010-12", from: "2010-12-10", days: 22 });
      expect(months[12]).toMatchObject({ month: "2011-12", from: "2011-12-01", days: 9 });
      expect(months.reduce((n, m) => n + m.days, 0)).toBe(365);
    });

    it("counts an invoice whose lines span two months once, in its first month", () => {
      const lines = [buy("a", "2024-02-01", 5, "X"), buy("a", "2024-01-31", 10, "X")];
      const months = monthlyRevenue(lines, day("2024-01-01"), day("2024-03-01"));
      expect(months.map((m) => [m.month, m.revenue, m.orders, m.buyers])).toEqual([
        ["2024-01", 10, 1, 1],
        ["2024-02", 5, 0, 1],
      ]);
    });

    it("counts an invoice id two customers share as one occasion each, as RFM does", () => {
      const lines = [buy("a", "2024-01-02", 10, "X"), buy("b", "2024-01-03", 20, "X")];
      const s = kpiSnapshot(lines, [], day("2024-02-01"), 12);
      expect(s).toMatchObject({ customers: 2, orders: 2, repeatCustomers: 0, revenue: 30 });
    });

    it("counts a line without invoice id and an invoiced line on the same day as two occasions", () => {
      // RFM's rule: the invoice is one occasion, the day of the line without an id another
      const lines = [buy("a", "2024-01-02", 10, "X"), buy("a", "2024-01-02", 5)];
      const s = kpiSnapshot(lines, [], day("2024-02-01"), 12);
      expect(s).toMatchObject({ orders: 2, repeatCustomers: 1 });
    });

    it("leaves the month-end clamp to the calendar: 31 March's previous period is 29 February", () => {
      const k = analyzeKpis(transactions, [], { asOf: at("2024-03-31") });
      expect(k.previous.asOf).toBe("2024-02-29");
    });

    it("skips lines with an unreadable date or amount", () => {
      const bad = { ...buy("z", "2024-01-01", 1), amount: Number.NaN };
      const s = kpiSnapshot([...transactions, bad], [], day("2024-04-01"), 12);
      expect(s.customers).toBe(3);
      expect(s.revenue).toBe(130);
    });

    it("does not change its inputs", () => {
      const frozen = Object.freeze(transactions.map((t) => Object.freeze({ ...t })));
      expect(() => analyzeKpis(frozen, [], { asOf: at("2024-04-01") })).not.toThrow();
    });
  });

  describe("properties", () => {
    const line = fc.record({
      customer: fc.constantFrom("a", "b", "c", "d", "e"),
      day: fc.integer({ min: 0, max: 800 }),
      amount: fc.integer({ min: -50, max: 200 }),
      invoice: fc.option(fc.constantFrom("1", "2", "3", "4"), { nil: undefined }),
    });
    // A log of up to 40 lines from 2023-01-01, and an as-of date 30-800 days after that day.
    const log = fc.record({
      txs: fc.array(line, { maxLength: 40 }).map((ls) => generatedTransactions("2023-01-01", ls)),
      asOf: fc.integer({ min: 30, max: 800 }).map((d) => at("2023-01-01") + d * 86_400_000),
    });

    it("months add up to the window; counts stay within their bounds; order does not matter", () => {
      fc.assert(
        fc.property(log, ({ txs, asOf }) => {
          const k = analyzeKpis(txs, [], { asOf });
          const sum = (f: (m: (typeof k.monthly)[number]) => number) =>
            k.monthly.reduce((n, m) => n + f(m), 0);
          expect(sum((m) => m.revenue)).toBe(k.current.revenue);
          expect(sum((m) => m.orders)).toBe(k.current.orders);
          expect(k.current.activeCustomers).toBeLessThanOrEqual(k.current.customers);
          expect(k.current.repeatCustomers).toBeLessThanOrEqual(k.current.customers);
          expect(k.previous.customers).toBeLessThanOrEqual(k.current.customers);
          expect(analyzeKpis([...txs].reverse(), [], { asOf })).toEqual(k);
        })
      );
    });

    it("coverage is a plain count: treated contacts of the year among the active customers, lines unreadable or not", () => {
      const contact = fc.record({
        customer: fc.constantFrom("a", "b", "c", "d", "e", "f"),
        day: fc.oneof(fc.integer({ min: 0, max: 800 }), fc.constant(Number.NaN)),
        // or a day beside an edge: the as-of day, or the first day of its year
        near: fc.option(
          fc.record({
            edge: fc.constantFrom("asOf", "yearStart"),
            offset: fc.integer({ min: -2, max: 2 }),
          }),
          { nil: undefined }
        ),
        treated: fc.boolean(),
      });
      fc.assert(
        fc.property(
          log,
          fc.array(contact, { minLength: 1, maxLength: 30 }),
          fc.boolean(),
          ({ txs: readable, asOf }, cs, unreadable) => {
            // a line with no date: the KPIs' columns then leave it out (the other path)
            const txs =
              unreadable && readable.length > 0
                ? [{ ...readable[0], date: Number.NaN }, ...readable.slice(1)]
                : readable;
            const edges = {
              asOf: asOf / 86_400_000,
              yearStart: Date.UTC(new Date(asOf - 86_400_000).getUTCFullYear(), 0, 1) / 86_400_000,
            };
            const contacts = cs.map((c) => ({
              ...treated(c.customer, "2023-01-01"),
              group: c.treated ? ("treated" as const) : ("control" as const),
              contactDate: c.near
                ? (edges[c.near.edge as keyof typeof edges] + c.near.offset) * 86_400_000
                : at("2023-01-01") + c.day * 86_400_000,
            }));
            const k = analyzeKpis(txs, contacts, { asOf });
            for (const snapshot of [k.current, k.previous]) {
              const asOfDay = day(snapshot.asOf);
              const active = activeCustomerIds(txs, asOfDay, 12);
              const year = new Date((asOfDay - 1) * 86_400_000).getUTCFullYear();
              const yearStart = Date.UTC(year, 0, 1) / 86_400_000;
              const contacted = new Set(
                contacts
                  .filter((c) => c.group === "treated" && active.has(c.customerId))
                  .map((c) => [c.customerId, Math.floor(c.contactDate / 86_400_000)] as const)
                  .filter(([, cd]) => cd >= yearStart && cd < asOfDay)
                  .map(([id]) => id)
              );
              expect(snapshot.coverage).toEqual({
                year,
                activeCustomers: active.size,
                contactedActive: contacted.size,
                share: active.size > 0 ? contacted.size / active.size : null,
              });
            }
          }
        ),
        { numRuns: 300 }
      );
    });

    it("each month's orders and buyers are those a plain count by (customer, occasion) gives", () => {
      fc.assert(
        fc.property(log, ({ txs, asOf }) => {
          const { monthly } = analyzeKpis(txs, [], { asOf });
          const from = (month: string) => at(`${month}-01`);
          const monthOf = (t: number) =>
            monthly.findIndex(
              (m, i) =>
                t >= at(m.from) && (i + 1 === monthly.length || t < from(monthly[i + 1].month))
            );
          // the first day in the window of each (customer, occasion), and buyers by month
          const first = new Map<string, number>();
          const buyers = monthly.map(() => new Set<string>());
          for (const t of txs) {
            if (t.isReturn || t.date < at(monthly[0]?.from ?? "2100-01-01") || t.date >= asOf)
              continue;
            const occasion = t.invoiceId ?? `day ${Math.floor(t.date / 86_400_000)}`;
            const key = `${t.customerId}|${occasion}`;
            first.set(key, Math.min(first.get(key) ?? Infinity, t.date));
            buyers[monthOf(t.date)].add(t.customerId);
          }
          const orders = monthly.map(() => 0);
          for (const t of first.values()) orders[monthOf(t)]++;
          expect(monthly.map((m) => m.orders)).toEqual(orders);
          expect(monthly.map((m) => m.buyers)).toEqual(buyers.map((b) => b.size));
        })
      );
    });
  });
});
