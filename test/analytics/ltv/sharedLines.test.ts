/**
 * historicalLtv and summarizeCustomers read the transactions' shared columns
 * (src/analytics/transactionLines.ts). Checked here against their definitions read literally,
 * one customer at a time, on lines whose customers and invoices repeat, interleave and are
 * shared (an invoice id used by two customers is an order of each), out of date order.
 */
import fc from "fast-check";
import {
  dayNumber,
  MS_PER_DAY,
  roundedMoney,
  type Transaction,
} from "../../../src/analytics/domain";
import { summarizeCustomers } from "../../../src/analytics/ltv/customerSummary";
import { historicalLtv } from "../../../src/analytics/ltv/historicalLtv";
import { transactionLines } from "../../../src/analytics/transactionLines";

const BASE = Date.UTC(2024, 0, 1);

const linesOf = (
  customers: string[],
  minLength: number,
  maxLength: number
): fc.Arbitrary<Transaction[]> =>
  fc
    .array(
      fc.record({
        customerId: fc.constantFrom(...customers),
        dayOffset: fc.integer({ min: 0, max: 60 }),
        hour: fc.integer({ min: 0, max: 23 }),
        cents: fc.integer({ min: 1, max: 50_000 }),
        invoiceId: fc.option(fc.constantFrom("1", "2", "3", "4", "5"), { nil: undefined }),
        isReturn: fc.boolean(),
      }),
      { minLength, maxLength }
    )
    .map((rows) =>
      rows.map((r, i) => ({
        customerId: r.customerId,
        date: BASE + r.dayOffset * MS_PER_DAY + r.hour * 3_600_000,
        amount: ((r.isReturn ? -1 : 1) * r.cents) / 100,
        invoiceId: r.invoiceId,
        isReturn: r.isReturn,
        source: { sheet: "T", row: i + 2 },
      }))
    );

const lines = linesOf(["a", "b", "c", "d"], 0, 60);
// Over 64 lines a customer, out of date order: the grouping's sort of many lines.
const manyLines = linesOf(["a", "b"], 140, 300);

/** Customers in order of first appearance among `kept` lines. */
const idsOf = (kept: Transaction[]) => [...new Set(kept.map((t) => t.customerId))];

describe("historicalLtv on shared columns", () => {
  it("gives each customer's revenue, orders and purchase days as the definitions say", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 70 }), (transactions, asOfOffset) => {
        const asOfDay = dayNumber(BASE) + asOfOffset;
        const h = historicalLtv(transactions, { asOfDay });
        const kept = transactions.filter((t) => dayNumber(t.date) <= asOfDay);
        const expected = idsOf(kept).flatMap((id) => {
          const own = kept.filter((t) => t.customerId === id);
          const purchases = own.filter((t) => !t.isReturn);
          if (purchases.length === 0) return [];
          const days = purchases.map((t) => dayNumber(t.date));
          const orders = new Set(
            purchases.map((t) =>
              t.invoiceId ? `invoice ${t.invoiceId}` : `day ${dayNumber(t.date)}`
            )
          );
          return [
            [
              id,
              own.reduce((s, t) => s + t.amount, 0),
              orders.size,
              Math.min(...days),
              Math.max(...days),
            ],
          ];
        });
        expect(
          h.customers.map((c) => [
            c.customerId,
            c.netRevenue,
            c.orders,
            c.firstPurchaseDay,
            c.lastPurchaseDay,
          ])
        ).toEqual(expected);
      })
    );
  });

  it("gives the same result with the columns passed in as built inside", () => {
    fc.assert(
      fc.property(lines, (transactions) => {
        const asOfDay = dayNumber(BASE) + 30;
        expect(historicalLtv(transactions, { asOfDay }, transactionLines(transactions))).toEqual(
          historicalLtv(transactions, { asOfDay })
        );
      })
    );
  });
});

describe("summarizeCustomers on shared columns", () => {
  it("groups each customer's purchase days and sums their values in line order", () => {
    fc.assert(
      fc.property(
        fc.oneof(lines, manyLines),
        fc.integer({ min: 0, max: 60 }),
        (transactions, calibrationOffset) => {
          const calibrationEnd = BASE + calibrationOffset * MS_PER_DAY;
          const endDay = dayNumber(calibrationEnd);
          const holdoutEnd = BASE + 60 * MS_PER_DAY;
          const summary = summarizeCustomers(transactions, {
            timeUnit: "day",
            calibrationEnd,
            holdoutEnd,
          });
          const expected = idsOf(transactions).flatMap((id) => {
            const own = transactions.filter((t) => t.customerId === id);
            const days = [...new Set(own.filter((t) => !t.isReturn).map((t) => dayNumber(t.date)))];
            days.sort((p, q) => p - q);
            if (days.length === 0 || days[0] > endDay) return [];
            // a day's value: its lines' amounts (returns included) added in line order
            const value = (d: number) =>
              own
                .filter((t) => dayNumber(t.date) === d)
                .reduce((s, t, i) => (i === 0 ? t.amount : s + t.amount), 0);
            const repeats = days.slice(1).filter((d) => d <= endDay);
            const later = days.slice(1).filter((d) => d > endDay);
            const repeatValue = repeats.reduce((s, d) => s + value(d), 0);
            return [
              [
                id,
                repeats.length,
                (repeats.length > 0 ? repeats[repeats.length - 1] : days[0]) - days[0],
                endDay - days[0],
                repeats.length > 0 ? roundedMoney(repeatValue) / repeats.length : 0,
                later.length,
                roundedMoney(later.reduce((s, d) => s + value(d), 0)),
              ],
            ];
          });
          const ours = summary.customerIds.map((id, k) => [
            id,
            summary.frequency[k],
            summary.recency[k],
            summary.T[k],
            summary.monetary[k],
            summary.holdout!.frequency[k],
            summary.holdout!.value[k],
          ]);
          expect(ours).toEqual(expected);
        }
      )
    );
  });
});
