/**
 * LTV through the engine's entry point (loadAndClean -> runAnalyses) on the 500-customer English
 * sample, made by the same generator as the French workbook. The generator draws every order's
 * lines from one price list for everyone (scripts/sample/buildTransactionLines.ts): customers
 * differ in how often they buy, not in what they spend. So their mean spends differ no more than
 * chance makes means of a few orders differ, and Gamma-Gamma's likelihood is highest in its limit
 * q, v -> infinity (src/analytics/ltv/homogeneousSpend.ts), where every customer's expected spend
 * is the mean spend per repeat purchase. The engine must say so and still give every customer a
 * CLV (it used to leave CLV null for everyone on the sample).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dayNumber, type Transaction } from "../../src/analytics/domain";
import { ltvJson, type LtvResult } from "../../src/analytics/ltv";
import { loadAndClean, type CleanData } from "../../src/analytics/pipeline";
import { runAnalyses } from "../../src/analytics/runAnalyses";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Total value and count of repeat purchase occasions up to `lastDay`, read literally from the
 * BG/NBD convention: an occasion is a calendar day with a purchase line, its value the day's net
 * amount; the first occasion of each customer is not a repeat. Customers whose repeat occasions
 * are worth nothing net are left out, as the spend model leaves them out.
 */
function repeatOccasions(
  transactions: readonly Transaction[],
  lastDay: number
): {
  value: number;
  count: number;
} {
  const days = new Map<string, Map<number, { value: number; purchase: boolean }>>();
  for (const t of transactions) {
    const day = dayNumber(t.date);
    if (day > lastDay) continue;
    const byDay = days.get(t.customerId) ?? new Map<number, { value: number; purchase: boolean }>();
    const entry = byDay.get(day) ?? { value: 0, purchase: false };
    entry.value += t.amount;
    entry.purchase = entry.purchase || !t.isReturn;
    byDay.set(day, entry);
    days.set(t.customerId, byDay);
  }
  let value = 0;
  let count = 0;
  for (const byDay of days.values()) {
    const occasions = [...byDay]
      .filter(([, e]) => e.purchase)
      .sort(([a], [b]) => a - b)
      .slice(1);
    const total = occasions.reduce((s, [, e]) => s + e.value, 0);
    if (occasions.length > 0 && total > 0) {
      value += total;
      count += occasions.length;
    }
  }
  return { value, count };
}

describe("runAnalyses on the English sample: LTV when customers' spends do not differ", () => {
  let data: CleanData;
  let ltv: LtvResult;
  beforeAll(async () => {
    const loaded = await loadAndClean(
      await XlsxWorkbookSource.load(
        readFileSync(path.join(ROOT, "test/fixtures/sample-en/crm-sample-en.xlsx"))
      )
    );
    if (!loaded.ok) throw new Error(loaded.error.code);
    data = loaded.data;
    ltv = runAnalyses(data).ltv!;
  }, 60_000);

  it("fits Gamma-Gamma's limit without heterogeneity, and says so", () => {
    const fit = ltv.gammaGamma!;
    expect(fit.homogeneous).not.toBeNull();
    expect(fit.converged).toBe(true);
    // the customers' mean spends spread no more than chance: the limit is the maximum
    expect(fit.homogeneous!.dispersionRatio).toBeLessThanOrEqual(1);
    expect([fit.params.q, fit.params.v]).toEqual([Infinity, Infinity]);
    expect(ltv.warnings).toContainEqual({
      code: "ltv:warnings.spendHomogeneous",
      params: {
        meanSpend: Math.round(fit.populationMeanSpend * 100) / 100,
        dispersion: Number(fit.homogeneous!.dispersionRatio.toPrecision(2)),
      },
    });
    expect(ltv.warnings.map((w) => w.code)).not.toContain("ltv:warnings.notConverged");
  });

  it("gives every customer the mean spend per repeat purchase, recomputed from the lines", () => {
    // The calibration ends the day before the analysis date (runAnalyses).
    const { value, count } = repeatOccasions(data.transactions, dayNumber(data.asOf!) - 1);
    expect(count).toBeGreaterThan(300);
    const meanSpend = value / count;
    expect(ltv.gammaGamma!.populationMeanSpend).toBeCloseTo(meanSpend, 8);
    for (const c of ltv.customers) expect(c.expectedSpend).toBeCloseTo(meanSpend, 8);
  });

  it("has a finite CLV for every customer, and the JSON names the limit", () => {
    expect(ltv.customers.length).toBeGreaterThan(400);
    for (const c of ltv.customers) {
      expect(c.clv).not.toBeNull();
      expect(Number.isFinite(c.clv!)).toBe(true);
      // CLV = spend x discounted expected purchases: zero only for a customer believed gone
      expect(c.clv!).toBeGreaterThanOrEqual(0);
    }
    expect(ltvJson(ltv).gammaGamma).toEqual({
      p: ltv.gammaGamma!.params.p,
      q: null,
      v: null,
      meanSpend: ltv.gammaGamma!.populationMeanSpend,
      limit: "homogeneous",
    });
  });
});
