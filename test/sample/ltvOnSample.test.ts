/**
 * LTV through the engine's entry point (loadAndClean -> runAnalyses) on 500-customer English
 * samples made by the same generator as the French workbook.
 *
 * With `spendLevels: false` the generator draws every order's lines from one price list for
 * everyone (scripts/sample/buildTransactionLines.ts): customers differ in how often they buy, not
 * in what they spend. So their mean spends differ no more than chance makes means of a few orders
 * differ, and Gamma-Gamma's likelihood is highest in its limit q, v -> infinity
 * (src/analytics/ltv/homogeneousSpend.ts), where every customer's expected spend is the mean spend
 * per repeat purchase. The engine must say so and still give every customer a CLV.
 *
 * The shipped sample gives each customer a persistent spend level: there the model has a spread
 * to find, a finite q and v, and each customer's expected spend is Fader, Hardie & Lee's
 * weighted mean of the population's and their own.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dayNumber, type Transaction } from "../../src/analytics/domain";
import { ltvJson, type LtvResult } from "../../src/analytics/ltv";
import { loadAndClean, type CleanData } from "../../src/analytics/pipeline";
import { runAnalyses } from "../../src/analytics/runAnalyses";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { englishVariant } from "../../scripts/sample/englishVariant";
import { DEFAULT_SAMPLE, generateSample } from "../../scripts/sample/generateSample";
import { buildSampleWorkbook } from "../../scripts/sample/writeSampleWorkbook";

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

async function analysed(bytes: Uint8Array): Promise<{ data: CleanData; ltv: LtvResult }> {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(bytes));
  if (!loaded.ok) throw new Error(loaded.error.code);
  return { data: loaded.data, ltv: runAnalyses(loaded.data).ltv! };
}

describe("runAnalyses on a sample without spend levels: LTV when customers' spends do not differ", () => {
  let data: CleanData;
  let ltv: LtvResult;
  beforeAll(async () => {
    const sample = englishVariant(
      generateSample({ seed: DEFAULT_SAMPLE.seed, customers: 500, spendLevels: false })
    );
    const bytes = await buildSampleWorkbook(sample.sheets).xlsx.writeBuffer();
    ({ data, ltv } = await analysed(new Uint8Array(bytes)));
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

describe("runAnalyses on the shipped English sample: customers with spend levels of their own", () => {
  let ltv: LtvResult;
  beforeAll(async () => {
    const file = path.join(ROOT, "test/fixtures/sample-en/crm-sample-en.xlsx");
    ({ ltv } = await analysed(readFileSync(file)));
  }, 60_000);

  it("fits a finite Gamma-Gamma, converged, with no model warning about spend", () => {
    const fit = ltv.gammaGamma!;
    expect(fit.homogeneous).toBeNull();
    expect(fit.converged).toBe(true);
    for (const x of [fit.params.p, fit.params.q, fit.params.v]) {
      expect(Number.isFinite(x)).toBe(true);
      expect(x).toBeGreaterThan(0);
    }
    // q > 1: the population's mean spend p v / (q - 1) exists.
    expect(fit.params.q).toBeGreaterThan(1);
    expect(ltv.warnings.map((w) => w.code)).not.toContain("ltv:warnings.spendHomogeneous");
  });

  it("gives each repeat customer the weighted mean of the population's and their own spend", () => {
    const { p, q, v } = ltv.gammaGamma!.params;
    const populationMean = (p * v) / (q - 1);
    let spread = 0;
    let checked = 0;
    for (const c of ltv.customers) {
      if (c.frequency === 0 || !(c.monetary > 0)) continue;
      // Fader, Hardie & Lee (2005), "RFM and CLV", eq. 5, written out here independently.
      const weight = (p * c.frequency) / (p * c.frequency + q - 1);
      const expected = (1 - weight) * populationMean + weight * c.monetary;
      expect(c.expectedSpend).toBeCloseTo(expected, 6);
      spread = Math.max(spread, Math.abs(expected - populationMean) / populationMean);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
    // The spend levels show: some customers' expected spend is far from the population's.
    expect(spread).toBeGreaterThan(0.3);
  });
});
