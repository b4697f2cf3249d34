import type { Instant, Transaction } from "../domain";
import { analyzeRfm, type RfmOptions } from "./analyzeRfm";
import type { RfmResult } from "./rfmResult";

/** How customers moved between the segments of two as-of dates. */
export interface MigrationMatrix {
  fromAsOfDay: number | null;
  toAsOfDay: number | null;
  /** Segment ids in the map's presentation order: the rows and columns. */
  segments: string[];
  /** counts[i][j] = customers in segments[i] at `from` and segments[j] at `to`. */
  counts: number[][];
  /**
   * Row percentages as fractions: counts[i][j] / customers of segments[i] at `from`. With
   * leavingShares[i] a row sums to 1 (0 for an empty row).
   */
  rowShares: number[][];
  /** Per segment at `to`: customers scored at `to` but not at `from` (new, or back in the window). */
  entering: number[];
  /** Per segment at `from`: customers not scored at `to` (no purchase in the `to` window). */
  leaving: number[];
  leavingShares: number[];
}

/**
 * Migration matrix between two RFM results of the same map: who was in which segment at the first
 * as-of date and where they are at the second, with customers entering and leaving. With the
 * default all-history window nobody ever leaves; use a window (e.g. 12 months) to see customers
 * drop out.
 */
export function migrationMatrix(from: RfmResult, to: RfmResult): MigrationMatrix {
  if (from.map.id !== to.map.id) throw new RangeError("both periods need the same segment map");
  const segments = from.map.segments.map((s) => s.id);
  const indexOf = new Map(segments.map((id, i) => [id, i]));
  const size = segments.length;
  const counts = segments.map(() => new Array<number>(size).fill(0));
  const entering = new Array<number>(size).fill(0);
  const leaving = new Array<number>(size).fill(0);
  // Each `from` customer by id (the last one of an id, which its segment stands for) and a flag
  // a position: one hashed look-up a customer each way, no set of the ids seen at `to`.
  const fromCustomers = from.customers;
  const positionOf = new Map<string, number>();
  const segmentAtFrom = new Int32Array(fromCustomers.length);
  for (let k = 0; k < fromCustomers.length; k++) {
    const c = fromCustomers[k];
    segmentAtFrom[k] = indexOf.get(c.segment) ?? -1;
    positionOf.set(c.id, k);
  }
  const seenAtTo = new Uint8Array(fromCustomers.length);
  for (const c of to.customers) {
    const j = indexOf.get(c.segment) ?? -1;
    const k = positionOf.get(c.id);
    if (k === undefined) entering[j]++;
    else {
      seenAtTo[k] = 1;
      counts[segmentAtFrom[k]][j]++;
    }
  }
  for (const k of positionOf.values()) if (seenAtTo[k] === 0) leaving[segmentAtFrom[k]]++;
  const rowTotal = counts.map((row, i) => row.reduce((a, b) => a + b, 0) + leaving[i]);
  const share = (x: number, i: number): number => (rowTotal[i] > 0 ? x / rowTotal[i] : 0);
  return {
    fromAsOfDay: from.asOfDay,
    toAsOfDay: to.asOfDay,
    segments,
    counts,
    rowShares: counts.map((row, i) => row.map((x) => share(x, i))),
    entering,
    leaving,
    leavingShares: leaving.map((x, i) => share(x, i)),
  };
}

/**
 * RFM at two as-of dates with the same options (e.g. the end of last month and of this month)
 * and the migration between them.
 */
export function analyzeMigration(
  transactions: readonly Transaction[],
  fromAsOf: Instant,
  toAsOf: Instant,
  options: Omit<RfmOptions, "asOf"> = {}
): { from: RfmResult; to: RfmResult; matrix: MigrationMatrix } {
  const from = analyzeRfm(transactions, { ...options, asOf: fromAsOf });
  const to = analyzeRfm(transactions, { ...options, asOf: toAsOf });
  return { from, to, matrix: migrationMatrix(from, to) };
}
