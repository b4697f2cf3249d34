import fc from "fast-check";
import { dayNumber, MS_PER_DAY, type Transaction } from "../../../src/analytics/domain";
import { analyzeRfm, type ScoreBins, type SegmentMapId } from "../../../src/analytics/rfm";
import { CountsByRank } from "../../../src/analytics/rfm/countsByRank";
import { segmentsOnDays } from "../../../src/analytics/rfm/segmentsOnDays";
import { transactionLines } from "../../../src/analytics/transactionLines";
import { buy, day, giveBack } from "./builders";

const BASE = Date.UTC(2024, 0, 1);

/** What one RFM run per day says: the definition the sweep must reproduce. */
function perDay(
  transactions: Transaction[],
  options: { bins?: ScoreBins; map?: SegmentMapId },
  requests: Map<number, string[]>
): Map<number, Map<string, string>> {
  const out = new Map<number, Map<string, string>>();
  for (const [d, ids] of requests) {
    const result = analyzeRfm(transactions, { ...options, asOf: d * MS_PER_DAY });
    const byId = new Map(result.customers.map((c) => [c.id, c.segment]));
    const segments = new Map<string, string>();
    for (const id of ids) if (byId.has(id)) segments.set(id, byId.get(id)!);
    out.set(d, segments);
  }
  return out;
}

describe("CountsByRank", () => {
  it("answers the i-th smallest of a multiset as values come and go", () => {
    const counts = new CountsByRank(10);
    for (const v of [7, 2, 2, 9, 0]) counts.add(v, 1);
    expect([0, 1, 2, 3, 4].map((i) => counts.nth(i))).toEqual([0, 2, 2, 7, 9]);
    counts.add(2, -1);
    counts.add(7, -1);
    counts.add(5, 1);
    expect(counts.count).toBe(4);
    expect([0, 1, 2, 3].map((i) => counts.nth(i))).toEqual([0, 2, 5, 9]);
  });

  it("agrees with sorting on random multisets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 80 }),
        (values) => {
          const counts = new CountsByRank(41);
          for (const v of values) counts.add(v, 1);
          const sorted = [...values].sort((a, b) => a - b);
          return sorted.every((v, i) => counts.nth(i) === v);
        }
      ),
      { seed: 7, numRuns: 300 }
    );
  });
});

describe("segmentsOnDays: one sweep gives every day's segments", () => {
  it("gives, day by day, the segments of one RFM run as of that day (hand-sized case)", () => {
    const transactions = [
      buy("a", "2024-01-02", 100, "I1"),
      buy("b", "2024-01-03", 20),
      buy("c", "2024-01-05", 300, "I2"),
      buy("a", "2024-01-10", 50, "I3"),
      giveBack("c", "2024-01-11", -300, "C2"),
      buy("d", "2024-01-12", 10),
      buy("b", "2024-01-20", 15),
      buy("e", "2024-01-21", 0.1),
    ];
    const requests = new Map([
      [day("2024-01-04"), ["a", "b", "c"]],
      [day("2024-01-12"), ["a", "b", "c", "d"]],
      [day("2024-01-25"), ["a", "b", "c", "d", "e", "nobody"]],
    ]);
    const swept = segmentsOnDays(transactions, {}, requests)!;
    expect(swept).toEqual(perDay(transactions, {}, requests));
    // Before their purchase, d is not scored; after it, d is.
    expect(swept.get(day("2024-01-12"))!.has("d")).toBe(false);
    expect(swept.get(day("2024-01-25"))!.has("d")).toBe(true);
  });

  it("agrees with one RFM run per day on random logs, maps and bin counts", () => {
    const line = fc.record({
      customer: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      dayOffset: fc.integer({ min: 0, max: 60 }),
      cents: fc.integer({ min: 0, max: 50_000 }),
      // "" is no invoice, as undefined is
      invoice: fc.option(fc.constantFrom("1", "2", "3", "4", "5", "6", "7", ""), {
        nil: undefined,
      }),
      isReturn: fc.boolean(),
      // a line without a readable date or amount: left out by both
      unreadable: fc.constantFrom(null, null, null, null, null, null, "date", "amount"),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 80 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 70 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<ScoreBins>(3, 4, 5, 10),
        fc.constantFrom<SegmentMapId>("classic", "tiers3", "bands"),
        (rows, dayOffsets, bins, map) => {
          const transactions: Transaction[] = rows.map((r, i) => ({
            customerId: r.customer,
            date:
              r.unreadable === "date" ? Number.NaN : BASE + r.dayOffset * MS_PER_DAY + 3_600_000,
            amount:
              r.unreadable === "amount" ? Number.NaN : ((r.isReturn ? -1 : 1) * r.cents) / 100,
            invoiceId: r.invoice,
            isReturn: r.isReturn,
            source: { sheet: "T", row: i + 2 },
          }));
          const requests = new Map(
            dayOffsets.map((o) => [dayNumber(BASE) + o, ["a", "b", "c", "d", "e", "f"]])
          );
          const swept = segmentsOnDays(transactions, { bins, map }, requests);
          expect(swept).toEqual(perDay(transactions, { bins, map }, requests));
          // from the lines' columns (runAnalyses'), the same answers
          const columns = transactionLines(transactions);
          expect(segmentsOnDays(columns, { bins, map }, requests)).toEqual(swept);
        }
      ),
      { seed: 20261206, numRuns: 400 }
    );
  });

  it("declines what it does not cover (a trailing window, equal-group scores)", () => {
    const requests = new Map([[day("2024-02-01"), ["a"]]]);
    const transactions = [buy("a", "2024-01-02", 100)];
    expect(segmentsOnDays(transactions, { windowMonths: 12 }, requests)).toBeNull();
    expect(segmentsOnDays(transactions, { rule: "equalGroups" }, requests)).toBeNull();
  });
});
