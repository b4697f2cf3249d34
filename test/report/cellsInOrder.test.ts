/**
 * cellsInOrder (src/report/lazyRows.ts): rows read back from the columns they were copied into
 * are the maker's rows in the given order, cell for cell (Object.is: -0 and NaN kept, strings,
 * nulls and formula objects as they were), whatever the mix of kinds in a column.
 */
import fc from "fast-check";
import { cellsInOrder, type RowMaker } from "../../src/report/lazyRows";
import type { TableCell } from "../../src/report/model";

const cell: fc.Arbitrary<TableCell> = fc.oneof(
  fc.double(),
  fc.constantFrom(-0, 0, Number.NaN, Infinity, -Number.MAX_VALUE),
  fc.integer(),
  fc.constant(null),
  fc.string(),
  fc.record({ formula: fc.constantFrom("A1+1", "SUM(B:B)"), value: fc.double() })
) as fc.Arbitrary<TableCell>;

describe("cellsInOrder", () => {
  it("reads a small table back in the given order (hand case)", () => {
    const source: TableCell[][] = [
      ["a", 1, null],
      ["b", -0, 2.5],
      ["c", Number.NaN, "x"],
    ];
    const make = cellsInOrder([2, 0, 1], (i, row) => {
      source[i].forEach((v, j) => (row[j] = v));
      return row;
    });
    expect(make(0, [])).toEqual(["c", Number.NaN, "x"]);
    expect(make(1, [])).toEqual(["a", 1, null]);
    const second = make(2, []);
    expect(second[0]).toBe("b");
    expect(Object.is(second[1], -0)).toBe(true);
    expect(second[2]).toBe(2.5);
  });

  it("gives every row of any table, in any order, cell for cell", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 40 })
          ),
        fc.infiniteStream(fc.nat()),
        (rows, picks) => {
          // a permutation of the row indices from the random stream
          const order = rows.map((_, i) => i);
          for (let i = order.length - 1; i > 0; i--) {
            const j = picks.next().value % (i + 1);
            [order[i], order[j]] = [order[j], order[i]];
          }
          const maker: RowMaker = (i, row) => {
            rows[i].forEach((v, j) => (row[j] = v));
            return row;
          };
          const read = cellsInOrder(order, maker);
          const reused: TableCell[] = [];
          order.forEach((i, k) => {
            const row = read(k, reused);
            expect(row).toBe(reused);
            expect(row.length).toBe(rows[i].length);
            rows[i].forEach((v, j) => expect(Object.is(row[j], v)).toBe(true));
          });
        }
      )
    );
  });
});
