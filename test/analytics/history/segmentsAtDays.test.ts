/**
 * The month-end segments from one pass (featuresAtDays, segmentsAtDays) against the definition
 * they must reproduce: a fresh computeRfmFeatures / analyzeRfm run as of each day, customer by
 * customer, on a hand-sized case and on random logs (fast-check) with everything that makes the
 * pass hard: lines out of date order, invoices shared by customers or spread over days, returns,
 * unreadable lines, amounts whose float sums depend on their order.
 */
import fc from "fast-check";
import { MS_PER_DAY, type Transaction } from "../../../src/analytics/domain";
import { customerLines } from "../../../src/analytics/history/customerLines";
import { featuresAtDays } from "../../../src/analytics/history/featuresAtDays";
import { segmentsAtDays } from "../../../src/analytics/history/segmentsAtDays";
import {
  analyzeRfm,
  computeRfmFeatures,
  type RfmOptions,
  type ScoreBins,
  type SegmentMapId,
} from "../../../src/analytics/rfm";
import { buy, day, giveBack } from "../rfm/builders";

const BASE = Date.UTC(2024, 0, 1);

/** Segment id of each customer (by id) as of each day, from the history pass. */
function swept(transactions: Transaction[], options: Omit<RfmOptions, "asOf">, days: number[]) {
  const lines = customerLines(transactions);
  const result = segmentsAtDays(lines, options, days)!;
  return result.days.map((d, k) => {
    const byId = new Map<string, string>();
    result.segments[k].forEach((s, c) => {
      if (s >= 0) byId.set(lines.ids[c], result.segmentIds[s]);
    });
    return [d, byId] as const;
  });
}

/** The definition: one RFM run a day. */
function runs(transactions: Transaction[], options: Omit<RfmOptions, "asOf">, days: number[]) {
  return [...new Set(days)]
    .sort((a, b) => a - b)
    .map((d) => {
      const run = analyzeRfm(transactions, { ...options, asOf: d * MS_PER_DAY });
      return [d, new Map(run.customers.map((c) => [c.id, c.segment]))] as const;
    });
}

describe("segmentsAtDays", () => {
  it("gives each customer, day by day, the segment of an RFM run as of that day (hand-sized)", () => {
    const transactions = [
      buy("a", "2024-01-02", 100, "I1"),
      buy("b", "2024-01-03", 20),
      buy("c", "2024-01-05", 300, "I2"),
      buy("a", "2024-03-10", 50, "I3"),
      giveBack("c", "2024-02-11", -300, "C2"),
      buy("d", "2024-02-12", 10),
      buy("a", "2024-01-20", 15, "I3"), // a later line of I3 on an earlier day: I3 counts in January
      buy("e", "2024-03-21", 0.1),
      giveBack("f", "2024-01-21", -5), // only a return: never scored
    ];
    const days = [day("2024-02-01"), day("2024-03-01"), day("2024-04-01")];
    const result = swept(transactions, {}, days);
    expect(result).toEqual(runs(transactions, {}, days));
    expect([...result[0][1].keys()].sort()).toEqual(["a", "b", "c"]);
    expect(result[2][1].has("f")).toBe(false);
  });

  it("agrees with one RFM run a day on random logs, maps, bin counts and both scoring rules", () => {
    const line = fc.record({
      customer: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"),
      dayOffset: fc.integer({ min: 0, max: 150 }),
      amount: fc.oneof(
        fc.integer({ min: 0, max: 50_000 }).map((c) => c / 100),
        fc.double({ min: 0, max: 1000, noNaN: true })
      ),
      invoice: fc.option(fc.constantFrom("1", "2", "3", "4", "5", "6", "7", ""), {
        nil: undefined,
      }),
      isReturn: fc.boolean(),
      unreadable: fc.constantFrom<"date" | "amount" | null>(
        null,
        null,
        null,
        null,
        "date",
        "amount"
      ),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 80 }),
        fc.uniqueArray(fc.integer({ min: -5, max: 170 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<ScoreBins>(3, 4, 5, 10),
        fc.constantFrom<SegmentMapId>("classic", "tiers3", "bands"),
        fc.constantFrom<"quantiles" | "equalGroups">("quantiles", "equalGroups"),
        (rows, dayOffsets, bins, map, rule) => {
          const transactions: Transaction[] = rows.map((r, i) => ({
            customerId: r.customer,
            date: r.unreadable === "date" ? NaN : BASE + r.dayOffset * MS_PER_DAY + 3_600_000,
            amount: r.unreadable === "amount" ? NaN : (r.isReturn ? -1 : 1) * r.amount,
            invoiceId: r.invoice,
            isReturn: r.isReturn,
            source: { sheet: "T", row: i + 2 },
          }));
          const days = dayOffsets.map((o) => BASE / MS_PER_DAY + o);
          const options = { bins, map, rule };
          expect(swept(transactions, options, days)).toEqual(runs(transactions, options, days));

          // The features themselves, to the last binary digit.
          const lines = customerLines(transactions);
          const features = featuresAtDays(lines, days);
          features.days.forEach((d, k) => {
            const run = computeRfmFeatures(transactions, { asOf: d * MS_PER_DAY });
            const at = (id: string) => k * lines.ids.length + lines.ids.indexOf(id);
            run.ids.forEach((id, i) => {
              expect(features.occasions[at(id)]).toBe(run.frequency[i]);
              expect(features.recency[at(id)]).toBe(run.recency[i]);
              const row = lines.ids.indexOf(id) * features.days.length;
              expect(features.spend[row + k]).toBe(run.monetary[i]);
            });
            const scored = lines.ids.filter((id) => features.occasions[at(id)] > 0);
            expect(scored.sort()).toEqual([...run.ids].sort());
          });
        }
      ),
      { seed: 20261206, numRuns: 300 }
    );
  });

  describe("edge cases", () => {
    it("no transaction, or days before all of them: nobody is scored", () => {
      expect(swept([], {}, [day("2024-01-01")])).toEqual([[day("2024-01-01"), new Map()]]);
      const early = swept([buy("a", "2024-05-01", 10)], {}, [day("2024-01-01")]);
      expect(early[0][1].size).toBe(0);
    });
    it("declines a trailing window (the caller runs RFM per day)", () => {
      const transactions = [buy("a", "2024-01-02", 100)];
      const lines = customerLines(transactions);
      expect(segmentsAtDays(lines, { windowMonths: 6 }, [day("2024-02-01")])).toBe(null);
    });
  });
});
