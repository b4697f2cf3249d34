/**
 * purchaseHistory + customersAsOf: the customers and repeat customers as of any day are those a
 * plain count of each customer's distinct purchase occasions before that day gives (kpiSnapshot's
 * definitions), shared invoices and lines without an invoice included.
 */
import fc from "fast-check";
import { MS_PER_DAY, type Transaction } from "../../../src/analytics/domain";
import { lineColumns } from "../../../src/analytics/kpis/lineColumns";
import { customersAsOf, purchaseHistory } from "../../../src/analytics/kpis/purchaseHistory";
import { at, buy, generatedTransactions } from "../rfm/builders";

const BASE = "2023-01-01";
const baseDay = at(BASE) / MS_PER_DAY;

const line = fc.record({
  customer: fc.constantFrom("a", "b", "c", "d"),
  day: fc.integer({ min: 0, max: 60 }),
  amount: fc.integer({ min: -30, max: 200 }),
  invoice: fc.option(fc.constantFrom("1", "2", "3"), { nil: undefined }),
});

function plainCount(transactions: Transaction[], asOfDay: number) {
  const occasions = new Map<string, Set<string>>();
  for (const t of transactions) {
    const d = Math.floor(t.date / MS_PER_DAY);
    if (t.isReturn || d >= asOfDay) continue;
    const own = occasions.get(t.customerId) ?? new Set<string>();
    own.add(t.invoiceId ?? `day ${d}`);
    occasions.set(t.customerId, own);
  }
  const counts = [...occasions.values()].map((s) => s.size);
  return { customers: counts.length, repeatCustomers: counts.filter((n) => n >= 2).length };
}

describe("purchaseHistory", () => {
  it("a hand-checked case: a becomes a repeat customer on its second invoice's first day", () => {
    const txs = [
      buy("a", "2023-01-11", 10, "1"),
      buy("b", "2023-01-21", 5, "7"),
      buy("a", "2023-02-10", 20, "2"),
      // a second line of invoice 2, earlier: the occasion starts on 2023-01-15
      buy("a", "2023-01-15", 3, "2"),
    ];
    const history = purchaseHistory(lineColumns(txs));
    const on = (text: string) => customersAsOf(history, at(text) / MS_PER_DAY);
    expect(on("2023-01-11")).toEqual({ customers: 0, repeatCustomers: 0 });
    expect(on("2023-01-12")).toEqual({ customers: 1, repeatCustomers: 0 });
    expect(on("2023-01-15")).toEqual({ customers: 1, repeatCustomers: 0 });
    expect(on("2023-01-16")).toEqual({ customers: 1, repeatCustomers: 1 });
    expect(on("2023-01-22")).toEqual({ customers: 2, repeatCustomers: 1 });
  });

  it("equals a plain count of distinct occasions before any day", () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.integer({ min: 0, max: 62 }),
        (ls, offset) => {
          const txs = generatedTransactions(BASE, ls, 1);
          const asOfDay = baseDay + offset;
          expect(customersAsOf(purchaseHistory(lineColumns(txs)), asOfDay)).toEqual(
            plainCount(txs, asOfDay)
          );
        }
      ),
      { numRuns: 500 }
    );
  });
});
