import fc from "fast-check";
import type { RfmResult } from "../../../src/analytics/rfm/rfmResult";
import { rfmJson } from "../../../src/analytics/rfm/rfmJson";

/** An RFM result holding only customers (rfmJson's rows read their fields, nothing else). */
function resultOf(ids: readonly string[]): RfmResult {
  const customers = ids.map((id, k) => ({
    id,
    recency: k,
    frequency: 1,
    monetary: k + 0.5,
    r: 1,
    f: 1,
    m: 1,
    segment: "s",
  }));
  return {
    asOfDay: null,
    map: { segments: [] },
    customers,
    cutPoints: { recency: [], frequency: [], monetary: [] },
    segments: [],
  } as unknown as RfmResult;
}

describe("rfmJson's customers in id order", () => {
  it("are the same rows made lazily (engine sort) as built (comparator sort), ties kept in order", () => {
    // Ids with accents, astral characters and case: the order is UTF-16 code units, not locale.
    const id = fc.string({
      unit: fc.constantFrom("a", "B", "é", "É", "1", "😀", "z", "\uffff"),
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.boolean(), (ids, distinct) => {
        const list = distinct ? [...new Set(ids)] : ids;
        const built = rfmJson(resultOf(list)).customers;
        const lazy = rfmJson(resultOf(list), { lazyCustomers: true }).customers;
        expect(Array.from({ length: lazy.length }, (_, i) => lazy[i])).toEqual([...built]);
        const sorted = built.map((c) => c.id);
        expect(sorted).toEqual([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      })
    );
  });
});
