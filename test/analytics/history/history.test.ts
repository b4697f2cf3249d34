/**
 * The month in context: month-ends, segment history, new vs returning buyers and cohorts, on
 * hand-checked cases and on the English sample fixture against a plain recomputation (one RFM
 * run per month-end, customer by customer, and the month's revenue summed by those segments; each customer's purchases listed and counted month by month).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dayNumber, MS_PER_DAY, type Transaction } from "../../../src/analytics/domain";
import {
  customerLines,
  customerMonths,
  historyJson,
  monthEnds,
  segmentHistory,
} from "../../../src/analytics/history";
import { segmentsAtDays } from "../../../src/analytics/history/segmentsAtDays";
import { loadAndClean } from "../../../src/analytics/pipeline";
import { analyzeRfm, isoDay, tiers3Map } from "../../../src/analytics/rfm";
import { XlsxWorkbookSource } from "../../../src/xlsx/workbookSourceXlsx";
import { buy, day, giveBack } from "../rfm/builders";

describe("monthEnds", () => {
  it("lists complete months before the as-of date, oldest first", () => {
    expect(
      monthEnds(day("2025-01-01"), 3).map((e) => [e.month, isoDay(e.lastDay), isoDay(e.asOfDay)])
    ).toEqual([
      ["2024-10", "2024-10-31", "2024-11-01"],
      ["2024-11", "2024-11-30", "2024-12-01"],
      ["2024-12", "2024-12-31", "2025-01-01"],
    ]);
    // Mid-month, the month in progress is not a month-end yet.
    expect(monthEnds(day("2024-03-15"), 2).map((e) => e.month)).toEqual(["2024-01", "2024-02"]);
  });
});

describe("customerMonths (hand-checked)", () => {
  const transactions = [
    buy("a", "2024-01-05", 10),
    buy("a", "2024-01-20", 5),
    buy("b", "2024-02-03", 20),
    buy("a", "2024-03-01", 7),
    giveBack("b", "2024-03-02", -4),
    buy("c", "2024-03-09", 30),
    buy("b", "2024-04-10", 1), // April is in progress on 2024-04-15: not counted
    buy("d", "2024-04-11", 9), // nor is a first purchase in it
  ];
  const { buyers, cohorts } = customerMonths(transactions, day("2024-04-15"), 3);

  it("counts new and returning buyers and their revenue month by month", () => {
    expect(buyers).toEqual([
      {
        month: "2024-01",
        newCustomers: 1,
        returningCustomers: 0,
        newRevenue: 15,
        returningRevenue: 0,
      },
      {
        month: "2024-02",
        newCustomers: 1,
        returningCustomers: 0,
        newRevenue: 20,
        returningRevenue: 0,
      },
      // a buys again (returning); b only returns (revenue -4, not a buyer); c is new
      {
        month: "2024-03",
        newCustomers: 1,
        returningCustomers: 1,
        newRevenue: 30,
        returningRevenue: 3,
      },
    ]);
  });

  it("builds the cohorts: customers by first month, active k months later", () => {
    expect(cohorts).toEqual([
      { month: "2024-01", customers: 1, active: [1, 0, 1] },
      { month: "2024-02", customers: 1, active: [1, 0] },
      { month: "2024-03", customers: 1, active: [1] },
    ]);
  });
});

describe("on the English sample", () => {
  let transactions: Transaction[];
  let asOfDay: number;
  beforeAll(async () => {
    const file = path.resolve(__dirname, "../../../test/fixtures/sample-en/crm-sample-en.xlsx");
    const result = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(file)));
    if (!result.ok) throw new Error(result.error.code);
    transactions = result.data.transactions;
    asOfDay = dayNumber(result.data.asOf!);
  }, 120_000);

  it.each([
    ["all history (one pass), 12 month-ends", {}, 12],
    ["all history (one pass), 24 month-ends", {}, 24],
    ["a 6-month window (one RFM run a month-end)", { windowMonths: 6 }, 12],
    ["value bands", { map: "bands" as const }, 12],
    ["equal groups, 3 tiers", { rule: "equalGroups" as const, map: "tiers3" as const }, 12],
  ])(
    "gives at each month-end the segments of an RFM run as of that day: %s",
    (_, options, months) => {
      const history = segmentHistory(transactions, options, asOfDay, months);
      expect(history.months).toHaveLength(months);
      for (const month of history.months) {
        const run = analyzeRfm(transactions, { ...options, asOf: month.asOfDay * MS_PER_DAY });
        const segmentOf = new Map(run.customers.map((c) => [c.id, c.segment]));
        const sizes = Object.fromEntries(run.segments.map((s) => [s.segment.id, s.customers]));
        // The month's revenue by the segment each customer is in at its end, summed plainly.
        const revenue: Record<string, number> = {};
        let unscored = 0;
        for (const t of transactions) {
          const d = dayNumber(t.date);
          if (!isoDay(d).startsWith(month.month) || !Number.isFinite(t.amount)) continue;
          const segment = segmentOf.get(t.customerId);
          if (segment === undefined) unscored += t.amount;
          else revenue[segment] = (revenue[segment] ?? 0) + t.amount;
        }
        for (const segment of history.segments) {
          expect(month.customers[segment]).toBe(sizes[segment] ?? 0);
          expect(month.revenue[segment]).toBe(revenue[segment] ?? 0);
        }
        expect(month.unscoredRevenue).toBe(unscored);
      }
      expect(history.months.some((m) => Object.values(m.customers).some((n) => n > 0))).toBe(true);
    }
  );

  it("gives every customer, at every month-end, the segment of an RFM run as of that day", () => {
    const lines = customerLines(transactions);
    const days = monthEnds(asOfDay, 24).map((e) => e.asOfDay);
    const result = segmentsAtDays(lines, {}, days)!;
    days.forEach((d, k) => {
      const run = analyzeRfm(transactions, { asOf: d * MS_PER_DAY });
      const expected = new Map(run.customers.map((c) => [c.id, c.segment]));
      const got = new Map<string, string>();
      result.segments[k].forEach((s, c) => {
        if (s >= 0) got.set(lines.ids[c], result.segmentIds[s]);
      });
      expect(got).toEqual(expected);
    });
  });

  it("counts buyers and cohorts as a plain listing of each customer's purchase months does", () => {
    const months = 12;
    const { buyers, cohorts } = customerMonths(transactions, asOfDay, months);
    const purchaseMonths = new Map<string, Set<string>>();
    for (const t of transactions) {
      if (t.isReturn || dayNumber(t.date) >= asOfDay) continue;
      const key = isoDay(dayNumber(t.date)).slice(0, 7);
      purchaseMonths.set(t.customerId, (purchaseMonths.get(t.customerId) ?? new Set()).add(key));
    }
    const labels = buyers.map((b) => b.month);
    for (const [i, label] of labels.entries()) {
      let fresh = 0;
      let again = 0;
      for (const set of purchaseMonths.values()) {
        if (!set.has(label)) continue;
        const first = [...set].sort()[0];
        if (first === label) fresh++;
        else again++;
      }
      expect([buyers[i].newCustomers, buyers[i].returningCustomers]).toEqual([fresh, again]);
      const cohort = [...purchaseMonths.values()].filter((s) => [...s].sort()[0] === label);
      expect(cohorts[i].customers).toBe(cohort.length);
      labels.slice(i).forEach((later, k) => {
        expect(cohorts[i].active[k]).toBe(cohort.filter((s) => s.has(later)).length);
      });
    }
    expect(buyers.reduce((a, b) => a + b.newCustomers + b.returningCustomers, 0)).toBeGreaterThan(
      0
    );
  });
});

describe("historyJson", () => {
  it("names segments as the rfm section does and keeps every month", () => {
    const transactions = [buy("a", "2024-01-05", 10), buy("b", "2024-02-03", 20)];
    const segments = segmentHistory(transactions, { map: "tiers3" }, day("2024-03-01"), 2);
    const json = historyJson(
      segments,
      customerMonths(transactions, day("2024-03-01"), 2),
      tiers3Map.segments,
      (s) => `name of ${s.id}`,
      isoDay
    );
    expect(json.monthEnds.map((m) => [m.month, m.asOf])).toEqual([
      ["2024-01", "2024-02-01"],
      ["2024-02", "2024-03-01"],
    ]);
    expect(Object.keys(json.monthEnds[0].customers)).toEqual(
      tiers3Map.segments.map((s) => `name of ${s.id}`)
    );
    const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(json.monthEnds.map((m) => total(m.customers))).toEqual([1, 2]);
    expect(json.monthEnds.map((m) => total(m.revenue))).toEqual([10, 20]);
    expect(json.buyers.map((b) => b.newCustomers)).toEqual([1, 1]);
  });
});
