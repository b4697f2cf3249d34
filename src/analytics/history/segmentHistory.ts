import { MS_PER_DAY } from "../domain";
import { linesOf, type TransactionsInput } from "../transactionLines";
import { analyzeRfm, segmentMapFor, type RfmOptions } from "../rfm";
import type { CustomerLines } from "./customerLines";
import { monthEnds, monthStart } from "./monthEnds";
import { segmentsAtDays, type SegmentsAtDays } from "./segmentsAtDays";
import type { SegmentHistory } from "./types";

/**
 * Segment sizes at each of the last `months` month-ends, and the month's net revenue by the
 * segment its customers were in at that month-end: the view of how the base moves, computed
 * from the data alone (no stored snapshots). The segments are those `analyzeRfm` gives as of
 * each month-end, from one pass over the lines (`segmentsAtDays`) rather than one RFM run a
 * month; a trailing window, which that pass does not cover, falls back to those runs.
 * `lines` are the transactions' columns when the caller already has them (`linesOf`).
 */
export function segmentHistory(
  transactions: TransactionsInput,
  rfmOptions: Omit<RfmOptions, "asOf">,
  asOfDay: number,
  months = 12,
  lines: CustomerLines = linesOf(transactions)
): SegmentHistory {
  const ends = monthEnds(asOfDay, months);
  const segmentIds = segmentMapFor(rfmOptions).segments.map((s) => s.id);
  const days = ends.map((e) => e.asOfDay);
  const snapshots =
    segmentsAtDays(lines, rfmOptions, days) ??
    segmentsByRuns(transactions, lines, rfmOptions, segmentIds, days);

  const customers = ends.map(() => new Array<number>(segmentIds.length).fill(0));
  const revenue = ends.map(() => new Array<number>(segmentIds.length).fill(0));
  const unscored = ends.map(() => 0);
  snapshots.segments.forEach((segments, m) => {
    for (const segment of segments) if (segment >= 0) customers[m][segment]++;
  });

  // The month's revenue by the segment at its end, summed in line order: each day of the
  // table maps to its month.
  const firstDay = ends.length > 0 ? monthStart(ends[0].lastDay) : 0;
  const endDay = ends.length > 0 ? ends[ends.length - 1].asOfDay : 0;
  const monthOfDay = new Int32Array(Math.max(0, endDay - firstDay));
  ends.forEach((e, m) =>
    monthOfDay.fill(m, monthStart(e.lastDay) - firstDay, e.asOfDay - firstDay)
  );
  const { customer, day, amount } = lines;
  for (let i = 0; i < customer.length; i++) {
    const c = customer[i];
    const d = day[i];
    if (c < 0 || d < firstDay || d >= endDay) continue;
    const m = monthOfDay[d - firstDay];
    const segment = snapshots.segments[m][c];
    if (segment >= 0) revenue[m][segment] += amount[i];
    else unscored[m] += amount[i];
  }

  const record = (values: number[]) =>
    Object.fromEntries(segmentIds.map((id, s) => [id, values[s]]));
  return {
    segments: segmentIds,
    months: ends.map((end, m) => ({
      ...end,
      customers: record(customers[m]),
      revenue: record(revenue[m]),
      unscoredRevenue: unscored[m],
    })),
  };
}

/** The same segments from one RFM run a day, for a trailing window. */
function segmentsByRuns(
  transactions: TransactionsInput,
  lines: CustomerLines,
  rfmOptions: Omit<RfmOptions, "asOf">,
  segmentIds: string[],
  days: number[]
): SegmentsAtDays {
  const indexOf = new Map(lines.ids.map((id, c) => [id, c]));
  const segmentIndex = new Map(segmentIds.map((id, s) => [id, s]));
  const segments = days.map((day) => {
    const out = new Int16Array(lines.ids.length).fill(-1);
    for (const c of analyzeRfm(transactions, { ...rfmOptions, asOf: day * MS_PER_DAY }, lines)
      .customers) {
      out[indexOf.get(c.id)!] = segmentIndex.get(c.segment)!;
    }
    return out;
  });
  return { segmentIds, days, segments };
}
