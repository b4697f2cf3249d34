import { dayNumber, MS_PER_DAY, type Transaction } from "../domain";
import { analyzeRfm, segmentMapFor, type RfmOptions } from "../rfm";
import { segmentSnapshots, type SegmentSnapshots } from "../rfm/segmentsOnDays";
import { monthEnds, monthStart } from "./monthEnds";
import type { SegmentHistory } from "./types";

/**
 * Segment sizes at each of the last `months` month-ends, and the month's net revenue by the
 * segment its customers were in at that month-end: the view of how the base moves, computed
 * from the data alone (no stored snapshots). The segments are those `analyzeRfm` gives as of
 * each month-end, from one sweep over the transactions (`segmentSnapshots`) rather than one RFM
 * run a month; options the sweep does not cover fall back to those runs.
 */
export function segmentHistory(
  transactions: readonly Transaction[],
  rfmOptions: Omit<RfmOptions, "asOf">,
  asOfDay: number,
  months = 12
): SegmentHistory {
  const ends = monthEnds(asOfDay, months);
  const segmentIds = segmentMapFor(rfmOptions).segments.map((s) => s.id);
  const snapshots =
    segmentSnapshots(
      transactions,
      rfmOptions,
      ends.map((e) => e.asOfDay)
    ) ??
    snapshotsByRuns(
      transactions,
      rfmOptions,
      segmentIds,
      ends.map((e) => e.asOfDay)
    );
  const indexOf = new Map(snapshots.ids.map((id, c) => [id, c]));

  const customers = ends.map(() => new Array<number>(segmentIds.length).fill(0));
  const revenue = ends.map(() => new Array<number>(segmentIds.length).fill(0));
  const unscored = ends.map(() => 0);
  ends.forEach((end, m) => {
    for (const segment of snapshots.byDay.get(end.asOfDay)!)
      if (segment >= 0) customers[m][segment]++;
  });

  // The month's revenue by the segment at its end: each day of the table maps to its month.
  const firstDay = ends.length > 0 ? monthStart(ends[0].lastDay) : 0;
  const endDay = ends.length > 0 ? ends[ends.length - 1].asOfDay : 0;
  const monthOfDay = new Int32Array(Math.max(0, endDay - firstDay));
  ends.forEach((e, m) =>
    monthOfDay.fill(m, monthStart(e.lastDay) - firstDay, e.asOfDay - firstDay)
  );
  const segmentAt = ends.map((e) => snapshots.byDay.get(e.asOfDay)!);
  for (const t of transactions) {
    const day = dayNumber(t.date);
    if (!(day >= firstDay && day < endDay) || !Number.isFinite(t.amount)) continue;
    const m = monthOfDay[day - firstDay];
    const segment = segmentAt[m][indexOf.get(t.customerId) ?? -1] ?? -1;
    if (segment >= 0) revenue[m][segment] += t.amount;
    else unscored[m] += t.amount;
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

/** The same snapshots from one RFM run a day, for options the sweep does not cover. */
function snapshotsByRuns(
  transactions: readonly Transaction[],
  rfmOptions: Omit<RfmOptions, "asOf">,
  segmentIds: string[],
  days: number[]
): SegmentSnapshots {
  const ids = [...new Set(transactions.map((t) => t.customerId))];
  const indexOf = new Map(ids.map((id, c) => [id, c]));
  const segmentIndex = new Map(segmentIds.map((id, s) => [id, s]));
  const byDay = new Map<number, Int16Array>();
  for (const day of days) {
    const segments = new Int16Array(ids.length).fill(-1);
    for (const c of analyzeRfm(transactions, { ...rfmOptions, asOf: day * MS_PER_DAY }).customers) {
      segments[indexOf.get(c.id)!] = segmentIndex.get(c.segment)!;
    }
    byDay.set(day, segments);
  }
  return { ids, segmentIds, byDay };
}
