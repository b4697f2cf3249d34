import fc from "fast-check";
import { dayNumber, MS_PER_DAY, type Transaction } from "../../../src/analytics/domain";
import {
  analyzeRfm,
  type ScoreBins,
  type ScoringRule,
  type SegmentMapId,
} from "../../../src/analytics/rfm";
import { computeRfmFeatures } from "../../../src/analytics/rfm/features";

const BASE = Date.UTC(2024, 0, 1);

interface Line {
  customerId: string;
  dayOffset: number;
  hour: number;
  amount: number;
  invoiceId: string | undefined;
  isReturn: boolean;
}

/** Random lines: few customers and invoices so ids repeat, interleave and get shared. */
const lines: fc.Arbitrary<Line[]> = fc.array(
  fc.record({
    customerId: fc.constantFrom("a", "b", "c", "d"),
    dayOffset: fc.integer({ min: 0, max: 40 }),
    hour: fc.integer({ min: 0, max: 23 }),
    amount: fc.integer({ min: 1, max: 500 }),
    invoiceId: fc.option(fc.constantFrom("1", "2", "3", "4", "5"), { nil: undefined }),
    isReturn: fc.boolean(),
  }),
  { maxLength: 60 }
);

function toTransactions(rows: Line[]): Transaction[] {
  return rows.map((r, i) => ({
    customerId: r.customerId,
    date: BASE + r.dayOffset * MS_PER_DAY + r.hour * 3_600_000,
    amount: r.isReturn ? -r.amount : r.amount,
    invoiceId: r.invoiceId,
    isReturn: r.isReturn,
    source: { sheet: "T", row: i + 2 },
  }));
}

/** The definitions read literally, one customer at a time. */
function reference(transactions: Transaction[], asOfDay: number, startDay: number) {
  const inWindow = transactions.filter((t) => {
    const d = dayNumber(t.date);
    return d < asOfDay && d >= startDay;
  });
  const out: Record<string, [number, number, number]> = {};
  for (const id of new Set(inWindow.map((t) => t.customerId))) {
    const own = inWindow.filter((t) => t.customerId === id);
    const purchases = own.filter((t) => !t.isReturn);
    if (purchases.length === 0) continue;
    const occasions = new Set(purchases.map((t) => t.invoiceId ?? `day ${dayNumber(t.date)}`));
    const net = own.reduce((a, t) => a + t.amount, 0);
    out[id] = [
      asOfDay - Math.max(...purchases.map((t) => dayNumber(t.date))),
      occasions.size,
      Math.max(0, net),
    ];
  }
  return out;
}

describe("computeRfmFeatures against the definitions read literally", () => {
  it("gives the same recency, frequency and monetary for any lines, as-of date and window", () => {
    fc.assert(
      fc.property(
        lines,
        fc.integer({ min: 0, max: 45 }),
        fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
        (rows, asOfOffset, windowMonths) => {
          const transactions = toTransactions(rows);
          const asOf = BASE + asOfOffset * MS_PER_DAY;
          const features = computeRfmFeatures(transactions, { asOf, windowMonths });
          const ours: Record<string, [number, number, number]> = {};
          features.ids.forEach((id, i) => {
            ours[id] = [features.recency[i], features.frequency[i], features.monetary[i]];
          });
          const start = features.windowStartDay ?? -Infinity;
          expect(ours).toEqual(reference(transactions, dayNumber(asOf), start));
        }
      )
    );
  });

  it("puts every scored customer in exactly one segment of the map, and the summary adds up", () => {
    fc.assert(
      fc.property(
        lines,
        fc.constantFrom<SegmentMapId[]>("classic", "tiers3", "bands"),
        fc.constantFrom<ScoreBins[]>(3, 4, 5, 10),
        fc.constantFrom<ScoringRule[]>("quantiles", "equalGroups"),
        (rows, map, bins, rule) => {
          const result = analyzeRfm(toTransactions(rows), { map, bins, rule });
          const ids = new Set(result.map.segments.map((s) => s.id));
          for (const c of result.customers) expect(ids.has(c.segment)).toBe(true);
          const n = result.segments.reduce((a, s) => a + s.customers, 0);
          expect(n).toBe(result.customers.length);
          for (const counts of Object.values(result.counts)) {
            expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(n);
          }
        }
      )
    );
  });
});
