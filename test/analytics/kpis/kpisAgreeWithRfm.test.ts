/**
 * The Dashboard's formulas over the RFM tables rely on these agreements: the KPI module and RFM
 * count the same customers, the same repeat customers and the same active customers.
 */
import fc from "fast-check";
import { MS_PER_DAY } from "../../../src/analytics/domain";
import { analyzeKpis } from "../../../src/analytics/kpis";
import { analyzeRfm } from "../../../src/analytics/rfm";
import { runAnalyses } from "../../../src/analytics/runAnalyses";
import type { CleanData } from "../../../src/analytics/pipeline";
import { at, buy, day, generatedTransactions } from "../rfm/builders";

const line = fc.record({
  customer: fc.constantFrom("a", "b", "c", "d", "e", "f"),
  day: fc.integer({ min: 0, max: 900 }),
  amount: fc.integer({ min: -30, max: 200 }),
  invoice: fc.option(fc.constantFrom("1", "2", "3"), { nil: undefined }),
});

describe("analyzeKpis agrees with analyzeRfm", () => {
  it("customers, repeat customers (frequency >= 2) and active customers (recency <= window)", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (ls) => {
        const txs = generatedTransactions("2022-01-01", ls);
        const asOf = at("2024-07-01");
        const k = analyzeKpis(txs, [], { asOf });
        const rfm = analyzeRfm(txs, { asOf });
        const windowDays = day("2024-07-01") - day(k.current.windowStart);
        expect(k.current.customers).toBe(rfm.customers.length);
        expect(k.current.repeatCustomers).toBe(
          rfm.customers.filter((c) => c.frequency >= 2).length
        );
        expect(k.current.activeCustomers).toBe(
          rfm.customers.filter((c) => c.recency <= windowDays).length
        );
      })
    );
  });
});

describe("runAnalyses", () => {
  it("adds the KPIs as of the as-of date and the migration's start", () => {
    const data: CleanData = {
      transactions: [buy("a", "2024-01-05", 10, "1"), buy("a", "2024-02-20", 30, "2")],
      customers: [],
      contacts: [],
      dataQuality: {
        rowsRead: 2,
        rowsUsed: 2,
        sheets: [],
        excluded: [],
        flagged: [],
        warnings: [],
      },
      problems: [],
      sheets: [],
      asOf: at("2024-03-15"),
    };
    const results = runAnalyses(data);
    expect(results.kpis?.current).toMatchObject({ asOf: "2024-03-15", customers: 1, revenue: 40 });
    expect(results.kpis?.previous).toMatchObject({ asOf: "2024-02-15", revenue: 10 });
    expect(results.kpis?.previous.asOf).toBe(
      new Date(results.migration!.from.asOfDay! * MS_PER_DAY).toISOString().slice(0, 10)
    );
  });

  it("has no KPIs without transactions", () => {
    const data: CleanData = {
      transactions: [],
      customers: [],
      contacts: [],
      dataQuality: {
        rowsRead: 0,
        rowsUsed: 0,
        sheets: [],
        excluded: [],
        flagged: [],
        warnings: [],
      },
      problems: [],
      sheets: [],
    };
    expect(runAnalyses(data).kpis).toBeNull();
  });
});
