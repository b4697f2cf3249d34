/**
 * The `ltv` section of the CLI's JSON (DESIGN.md, "The command line"): the fitted parameters and
 * one row per customer. Values the analysis could not compute are null; numbers are as computed.
 */
import { lazyArray } from "../lazyArray";
import type { LtvModels } from "./analyzeLtv";

export interface LtvJson {
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number } | null;
  /**
   * q and v are null in the limit without heterogeneity (they are infinite there); meanSpend is
   * the expected spend per purchase of a customer without repeat purchases (everyone's, in the
   * limit); limit says which.
   */
  gammaGamma: {
    p: number;
    q: number | null;
    v: number | null;
    meanSpend: number;
    limit: "homogeneous" | null;
  } | null;
  customers: {
    id: string;
    frequency: number;
    recency: number;
    T: number;
    monetary: number;
    pAlive: number | null;
    expectedPurchases: number | null;
    clv: number | null;
  }[];
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * Builds the `ltv` JSON section from an LTV result (or the models of a summary); with
 * `lazyCustomers`, the customers are made as a writer reads them (lazyArray.ts).
 */
export function ltvJson(result: LtvModels, options: { lazyCustomers?: boolean } = {}): LtvJson {
  const { bgnbd, gammaGamma } = result;
  const row = (c: LtvModels["customers"][number]) => ({
    id: c.id,
    frequency: c.frequency,
    recency: c.recency,
    T: c.T,
    monetary: c.monetary,
    pAlive: c.pAlive,
    expectedPurchases: c.expectedPurchases,
    clv: c.clv,
  });
  const all = result.customers;
  return {
    bgnbd: bgnbd ? { ...bgnbd.params, logLikelihood: bgnbd.logLikelihood } : null,
    gammaGamma: gammaGamma
      ? {
          p: gammaGamma.params.p,
          q: finiteOrNull(gammaGamma.params.q),
          v: finiteOrNull(gammaGamma.params.v),
          meanSpend: gammaGamma.populationMeanSpend,
          limit: gammaGamma.homogeneous ? "homogeneous" : null,
        }
      : null,
    customers: options.lazyCustomers ? lazyArray(all.length, (i) => row(all[i])) : all.map(row),
  };
}
