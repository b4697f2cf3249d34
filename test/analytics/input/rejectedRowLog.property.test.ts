/**
 * RejectedRowLog keeps what an array of RejectedRow kept: the same rows in the same order, with
 * a column named exactly where the parser named one (undefined included), past its first
 * arrays' size and across runs of one reason.
 */
import fc from "fast-check";
import { REJECT_REASONS, type RejectedRow } from "../../../src/analytics/input/parseTypes";
import { RejectedRowLog } from "../../../src/analytics/input/rejectedRowLog";

const rejection = fc.record({
  row: fc.integer({ min: 2, max: 1_048_576 }),
  reason: fc.constantFrom(...REJECT_REASONS),
  column: fc.constantFrom(undefined, "CustomerID", "Date", ""),
  named: fc.boolean(),
});

describe("RejectedRowLog (property)", () => {
  it("gives back the RejectedRows added, in order, each visited once", () => {
    fc.assert(
      fc.property(fc.array(rejection, { maxLength: 300 }), (added) => {
        const log = new RejectedRowLog();
        const expected: RejectedRow[] = [];
        for (const { row, reason, column, named } of added) {
          if (named) {
            log.add(row, reason, column);
            expected.push({ row, reason, column });
          } else {
            log.addRow(row, reason);
            expected.push({ row, reason });
          }
        }
        expect(log.length).toBe(added.length);
        expect(log.rows()).toStrictEqual(expected);
        const visited: RejectedRow[] = [];
        log.each((row, reason, column) => visited.push({ row, reason, column }));
        expect(visited).toEqual(expected);
      })
    );
  });
});
