/**
 * migrationMatrix against a count done by hand on random customer lists: every customer scored at
 * `from` lands in one cell of its row or in `leaving`, every customer scored at `to` in one cell
 * of its column or in `entering`, and each cell holds exactly the customers in both segments.
 */
import fc from "fast-check";
import { classicMap, migrationMatrix, type RfmResult } from "../../../src/analytics/rfm";

const SEGMENTS = classicMap.segments.map((s) => s.id);

/** A result holding only what migrationMatrix reads: the map, the day and each id's segment. */
function result(customers: { id: string; segment: string }[], asOfDay: number): RfmResult {
  return { map: classicMap, asOfDay, customers } as unknown as RfmResult;
}

const customerList = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 0, max: 60 }).map((n) => `C${n}`),
    segment: fc.constantFrom(...SEGMENTS),
  }),
  { selector: (c) => c.id, maxLength: 50 }
);

describe("migrationMatrix", () => {
  it("puts every customer in the cell of its two segments, or entering, or leaving", () => {
    fc.assert(
      fc.property(customerList, customerList, (from, to) => {
        const m = migrationMatrix(result(from, 10), result(to, 20));
        const toById = new Map(to.map((c) => [c.id, c.segment]));
        const fromIds = new Set(from.map((c) => c.id));
        SEGMENTS.forEach((a, i) => {
          SEGMENTS.forEach((b, j) => {
            const both = from.filter((c) => c.segment === a && toById.get(c.id) === b).length;
            expect(m.counts[i][j]).toBe(both);
          });
          const gone = from.filter((c) => c.segment === a && !toById.has(c.id)).length;
          expect(m.leaving[i]).toBe(gone);
          const fresh = to.filter((c) => c.segment === a && !fromIds.has(c.id)).length;
          expect(m.entering[i]).toBe(fresh);
          const row = from.filter((c) => c.segment === a).length;
          expect(m.counts[i].reduce((s, x) => s + x, 0) + m.leaving[i]).toBe(row);
        });
      })
    );
  });
});
