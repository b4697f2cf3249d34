/**
 * Reader for ../shared/data/synthetic_bgnbd_100k.csv.gz: 100,000 customers drawn from a
 * BG/NBD + Gamma-Gamma model (customer_id, frequency, recency, T in weeks, monetary_value).
 * Used by bench/ltv.bench.ts; tests may use a slice.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import Papa from "papaparse";

export const SYNTHETIC_FILE = path.resolve(
  __dirname,
  "../../../shared/data/synthetic_bgnbd_100k.csv.gz"
);

export interface SyntheticSummary {
  customerIds: string[];
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
}

/** Reads the file into columns (the first `limit` customers when given). */
export function readSyntheticSummary(limit = Infinity): SyntheticSummary {
  const text = gunzipSync(readFileSync(SYNTHETIC_FILE)).toString("utf8");
  const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data.slice(
    0,
    limit
  );
  return {
    customerIds: rows.map((r) => r.customer_id),
    frequency: Float64Array.from(rows, (r) => Number(r.frequency)),
    recency: Float64Array.from(rows, (r) => Number(r.recency)),
    T: Float64Array.from(rows, (r) => Number(r.T)),
    monetary: Float64Array.from(rows, (r) => Number(r.monetary_value)),
  };
}
