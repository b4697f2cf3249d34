import { analyzeLtv, analyzeLtvSummary } from "../../../src/analytics/ltv/analyzeLtv";
import { ltvJson } from "../../../src/analytics/ltv/ltvJson";
import type { CustomerSummary } from "../../../src/analytics/ltv/customerSummary";
import type { Transaction } from "../../../src/analytics/domain";
import { translator } from "../../../src/i18n";
import {
  CDNOW_CALIBRATION_END,
  CDNOW_HOLDOUT_END,
  columns,
  readCdnowSummaryWithSpend,
  readCdnowTransactions,
} from "../../support/cdnow";

const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

/** Every number anywhere in a value, to prove no NaN or Infinity leaves the analysis. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

function summaryOf(rows: ReturnType<typeof columns>): CustomerSummary {
  return {
    customerIds: rows.frequency.map((_, i) => String(i + 1)),
    ...rows,
    timeUnit: "week",
    calibrationEndDay: 0,
  };
}

describe("analyzeLtv", () => {
  const transactions = readCdnowTransactions();
  const result = analyzeLtv(transactions, {
    calibrationEnd: CDNOW_CALIBRATION_END,
    holdoutEnd: CDNOW_HOLDOUT_END,
    timeUnit: "week",
    segmentOf: new Map([["1", "A"]]),
  });

  it("runs CDNOW end to end: fits near the published values, customer 1's CLV near 36.28", () => {
    // The raw summary is unrounded (the shipped file rounds to 2 decimals), hence 2e-3 not 1e-4.
    expect(relative(result.bgnbd!.params.r, 0.242593)).toBeLessThan(2e-3);
    expect(relative(result.gammaGamma!.params.p, 6.248802)).toBeLessThan(2e-3);
    const one = result.customers.find((c) => c.id === "1")!;
    expect(relative(one.clv!, 36.278496)).toBeLessThan(2e-3);
    expect(result.customers).toHaveLength(2357);
    expect(result.settings.horizon).toBeCloseTo(52.14, 12); // 12 x 4.345 weeks
    expect(result.holdout!.actualTotal).toBe(1882);
    expect(result.newCustomerCurve).toHaveLength(12);
    expect(result.warnings).toEqual([{ code: "ltv:warnings.lifetimeUnknown" }]); // 18 months of data: no retention
    expect(result.historical.segments.map((s) => s.segment)).toEqual(["A", null]);
  });

  it("gives the published numbers from the published summary", () => {
    const models = analyzeLtvSummary(summaryOf(columns(readCdnowSummaryWithSpend())), {
      timeUnit: "week",
    });
    const one = models.customers[0];
    expect(relative(models.bgnbd!.params.alpha, 4.413532)).toBeLessThan(1e-4);
    expect(relative(one.pAlive!, 0.7266091)).toBeLessThan(1e-5);
    expect(relative(one.expectedSpend!, 24.658616)).toBeLessThan(1e-5);
    expect(relative(one.clv!, 36.278496)).toBeLessThan(1e-5);
    expect(models.spendFrequencyCorrelation).toBeCloseTo(0.1139, 4);
  });

  it("does not modify its input (frozen arrays) and does not depend on customer order", () => {
    const rows = columns(readCdnowSummaryWithSpend());
    const frozen = summaryOf(rows);
    for (const column of [
      frozen.customerIds,
      frozen.frequency,
      frozen.recency,
      frozen.T,
      frozen.monetary,
    ]) {
      Object.freeze(column);
    }
    const forward = analyzeLtvSummary(frozen, { timeUnit: "week" });
    const order = rows.frequency.map((_, i) => rows.frequency.length - 1 - i);
    const reversed = analyzeLtvSummary(
      {
        ...frozen,
        customerIds: order.map((i) => frozen.customerIds[i]),
        frequency: order.map((i) => rows.frequency[i]),
        recency: order.map((i) => rows.recency[i]),
        T: order.map((i) => rows.T[i]),
        monetary: order.map((i) => rows.monetary[i]),
      },
      { timeUnit: "week" }
    );
    expect(relative(reversed.bgnbd!.params.b, forward.bgnbd!.params.b)).toBeLessThan(1e-6);
    const one = reversed.customers.find((c) => c.id === "1")!;
    expect(relative(one.clv!, forward.customers[0].clv!)).toBeLessThan(1e-5);
  });

  it("never puts NaN or Infinity in its result", () => {
    expect(numbersIn(result).every(Number.isFinite)).toBe(true);
  });

  describe("degenerate data", () => {
    const day = (d: number) => Date.UTC(2024, 0, 1) + d * 86_400_000;
    const tx = (id: string, d: number, amount: number): Transaction => ({
      customerId: id,
      date: day(d),
      amount,
      isReturn: false,
      source: { sheet: "T", row: d + 2 },
    });

    it("with too few repeat customers: a warning, historical LTV, null predictions, no NaN", () => {
      const few = [tx("a", 0, 10), tx("a", 30, 20), tx("b", 5, 15), tx("c", 9, 8)];
      const r = analyzeLtv(few, { timeUnit: "day", expectedLifetimeYears: 2 });
      expect(r.warnings[0]).toEqual({
        code: "ltv:warnings.tooFewRepeatCustomers",
        params: { model: "BG/NBD", count: 1, minimum: 20 },
      });
      expect(r.bgnbd).toBeNull();
      expect(r.historical.overall.netRevenue).toBe(53);
      expect(r.historical.overall.simple!.value).toBeGreaterThan(0);
      expect(r.customers.every((c) => c.pAlive === null && c.clv === null)).toBe(true);
      expect(numbersIn(ltvJson(r)).every(Number.isFinite)).toBe(true);
      expect(ltvJson(r).bgnbd).toBeNull();
    });

    it("when nobody ever drops out the fit runs to the boundary and does not converge: warnings, no predictions", () => {
      // 50 customers buying every week up to the end: the dropout and rate mixtures degenerate.
      const n = 50;
      const summary: CustomerSummary = {
        customerIds: Array.from({ length: n }, (_, i) => String(i)),
        frequency: Array.from({ length: n }, (_, i) => 10 + (i % 5)),
        recency: Array(n).fill(20),
        T: Array(n).fill(20),
        monetary: Array.from({ length: n }, (_, i) => 10 + (i % 7)),
        timeUnit: "week",
        calibrationEndDay: 0,
      };
      const r = analyzeLtvSummary(summary, { timeUnit: "week" });
      const codes = r.warnings.map((w) => w.code);
      expect(codes).toContain("ltv:warnings.notConverged");
      expect(codes).toContain("ltv:warnings.parameterAtBoundary");
      expect(codes).not.toContain("ltv:warnings.nonFiniteValues");
      expect(r.bgnbd).toBeNull();
      expect(r.customers.every((c) => c.pAlive === null && c.clv === null)).toBe(true);
      expect(numbersIn(r).every(Number.isFinite)).toBe(true);
    });

    it("when every repeat customer spends the same, every expected spend is that spend, with a warning", () => {
      // No differences between customers: Gamma-Gamma's maximum is its limit q, v -> infinity
      // (homogeneousSpend.ts), where everyone's expected spend is the mean spend, here 20.
      const rows = columns(readCdnowSummaryWithSpend());
      const flat = { ...rows, monetary: rows.monetary.map((m) => (m > 0 ? 20 : 0)) };
      const r = analyzeLtvSummary(summaryOf(flat), { timeUnit: "week" });
      expect(r.gammaGamma!.homogeneous).not.toBeNull();
      expect(r.warnings).toContainEqual({
        code: "ltv:warnings.spendHomogeneous",
        params: { meanSpend: 20, dispersion: 0 },
      });
      expect(r.warnings.map((w) => w.code)).not.toContain("ltv:warnings.parameterAtBoundary");
      expect(r.customers[0].pAlive).toBeCloseTo(0.7266, 4);
      expect(r.customers[0].expectedSpend).toBeCloseTo(20, 10);
      // CLV is linear in the expected spend: customer 1's published 36.278496 at a spend of
      // 24.658616 becomes 36.278496 x 20 / 24.658616 = 29.424600 at 20 (same BG/NBD fit).
      expect(relative(r.customers[0].clv!, (36.278496 * 20) / 24.658616)).toBeLessThan(1e-5);
      const json = ltvJson(r);
      expect(json.gammaGamma).toMatchObject({
        q: null,
        v: null,
        meanSpend: 20,
        limit: "homogeneous",
      });
      expect(numbersIn(json).every(Number.isFinite)).toBe(true);
    });

    it("flags spend that rises with frequency (Gamma-Gamma assumes independence), rounded for display", () => {
      const rows = columns(readCdnowSummaryWithSpend());
      // mean spend = 5 x frequency + the customer's own zbar / 10: strongly correlated with x
      const linked = {
        ...rows,
        monetary: rows.monetary.map((m, i) => (m > 0 ? 5 * rows.frequency[i] + m / 10 : 0)),
      };
      const r = analyzeLtvSummary(summaryOf(linked), { timeUnit: "week" });
      const warning = r.warnings.find((w) => w.code === "ltv:warnings.spendFrequencyCorrelated")!;
      expect(warning.params!.correlation).toBe(
        Math.round(r.spendFrequencyCorrelation! * 100) / 100
      );
      expect(r.spendFrequencyCorrelation!).toBeGreaterThan(0.3);
    });

    it("with no transactions at all: one warning, empty tables", () => {
      const r = analyzeLtv([], { timeUnit: "week" });
      expect(r.warnings.map((w) => w.code)).toEqual([
        "ltv:warnings.noCustomers",
        "ltv:warnings.lifetimeUnknown",
      ]);
      expect(ltvJson(r)).toEqual({ bgnbd: null, gammaGamma: null, customers: [] });
    });

    it("every warning code has an English and a French text", () => {
      const en = translator("en");
      const fr = translator("fr");
      const codes = [
        "noCustomers",
        "tooFewRepeatCustomers",
        "notConverged",
        "parameterAtBoundary",
        "spendModelUnusable",
        "spendHomogeneous",
        "spendFrequencyCorrelated",
        "lifetimeUnknown",
        "nonFiniteValues",
      ];
      for (const code of codes) {
        expect(en(`ltv:warnings.${code}`)).not.toBe(`warnings.${code}`);
        expect(fr(`ltv:warnings.${code}`)).not.toBe(en(`ltv:warnings.${code}`));
      }
    });
  });
});

describe("ltvJson", () => {
  it("has exactly DESIGN.md's keys", () => {
    const models = analyzeLtvSummary(summaryOf(columns(readCdnowSummaryWithSpend())), {
      timeUnit: "week",
    });
    const json = ltvJson(models);
    expect(Object.keys(json)).toEqual(["bgnbd", "gammaGamma", "customers"]);
    expect(Object.keys(json.bgnbd!)).toEqual(["r", "alpha", "a", "b", "logLikelihood"]);
    // DESIGN.md's p, q, v, then the population mean spend and whether the fit is a limit
    expect(Object.keys(json.gammaGamma!)).toEqual(["p", "q", "v", "meanSpend", "limit"]);
    expect(json.gammaGamma!.limit).toBeNull();
    // v p / (q - 1) with the README's CDNOW values: 15.447748 x 6.248802 / 2.744588 = 35.1710
    expect(json.gammaGamma!.meanSpend).toBeCloseTo(35.171, 3);
    expect(Object.keys(json.customers[0])).toEqual([
      "id",
      "frequency",
      "recency",
      "T",
      "monetary",
      "pAlive",
      "expectedPurchases",
      "clv",
    ]);
    expect(json.bgnbd!.logLikelihood).toBeCloseTo(-9582.4256, 3);
    expect(json.customers[0]).toMatchObject({
      id: "1",
      frequency: 2,
      recency: 30.43,
      T: 38.86,
      monetary: 22.35,
    });
  });
});
