import { lazyArray } from "../lazyArray";
import { isoDay } from "./calendar";
import type { RfmResult } from "./rfmResult";
import type { SegmentDefinition } from "./segmentMaps";

/** The `rfm` section of the CLI's JSON (DESIGN.md, "The command line"). */
export interface RfmJson {
  asOf: string | null;
  cutPoints: { recency: number[]; frequency: number[]; monetary: number[] };
  segments: { name: string; customers: number; revenue: number }[];
  customers: {
    id: string;
    recency: number;
    frequency: number;
    monetary: number;
    r: number;
    f: number;
    m: number;
    segment: string;
  }[];
}

export interface RfmJsonOptions {
  /** A segment's display name (e.g. from i18n). Default: its stable id ("champions", "band3"). */
  segmentName?: (segment: SegmentDefinition) => string;
  /**
   * The customers made as a writer reads them (lazyArray.ts), for the command line's file: a
   * million customers are never held twice, as results and as their JSON rows.
   */
  lazyCustomers?: boolean;
}

/**
 * The JSON `rfm` section of an RFM result: as-of date as YYYY-MM-DD, cut points per metric,
 * segments in the map's order with customers and revenue, and one row per scored customer sorted
 * by id (code-unit order) so the file does not depend on the order of the input rows. Amounts are
 * rounded to 6 decimals to drop floating-point dust.
 */
export function rfmJson(result: RfmResult, options: RfmJsonOptions = {}): RfmJson {
  const name = options.segmentName ?? ((s: SegmentDefinition) => s.id);
  const nameOf = new Map(result.map.segments.map((s) => [s.id, name(s)]));
  const row = (c: RfmResult["customers"][number]) => ({
    id: c.id,
    recency: c.recency,
    frequency: c.frequency,
    monetary: clean(c.monetary),
    r: c.r,
    f: c.f,
    m: c.m,
    segment: nameOf.get(c.segment) ?? c.segment,
  });
  const all = result.customers;
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // lazily: the customers' order by id (a stable sort, as the rows' own), each row made when read
  // the ids read once, side by side: the sort compares them ~n log n times
  const ids = options.lazyCustomers ? all.map((c) => c.id) : null;
  const order = ids ? Array.from(ids.keys()).sort((a, b) => byId(ids[a], ids[b])) : null;
  const customers = order
    ? lazyArray(order.length, (i) => row(all[order[i]]))
    : all.map(row).sort((a, b) => byId(a.id, b.id));
  return {
    asOf: result.asOfDay === null ? null : isoDay(result.asOfDay),
    cutPoints: {
      recency: result.cutPoints.recency.map(clean),
      frequency: result.cutPoints.frequency.map(clean),
      monetary: result.cutPoints.monetary.map(clean),
    },
    segments: result.segments.map((row) => ({
      name: name(row.segment),
      customers: row.customers,
      revenue: clean(row.revenue),
    })),
    customers,
  };
}

function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
