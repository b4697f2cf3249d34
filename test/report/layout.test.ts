import fc from "fast-check";
import { layoutRows } from "../../src/report/layout";
import type { UnplacedBlock } from "../../src/report/model";
import { blockEnd } from "../../src/report/ranges";

const title: UnplacedBlock = {
  kind: "title",
  title: "Report",
  subtitle: ["as of 2024-01-31", "x"],
};
const note = (paragraphs: number, widthCols: number): UnplacedBlock => ({
  kind: "note",
  paragraphs: Array.from({ length: paragraphs }, (_, i) => `p${i}`),
  widthCols,
});
const chart = (rows: number, cols: number): UnplacedBlock => ({
  kind: "chart",
  type: "column",
  title: "c",
  table: "T",
  categoryColumn: "a",
  seriesBy: "columns",
  series: [],
  legend: "none",
  size: { rows, cols },
});

describe("layoutRows", () => {
  it("stacks rows with one empty row between them and puts row blocks side by side", () => {
    const [t, a, b, n] = layoutRows([[title], [chart(10, 6), chart(12, 4)], [note(2, 5)]]);
    // Title: 3 rows (0..2); gap row 3; charts start on row 4.
    expect(t.anchor).toEqual({ row: 0, col: 0 });
    expect(a.anchor).toEqual({ row: 4, col: 0 });
    // First chart spans columns 0..5, one gap column, so the second starts at column 7.
    expect(b.anchor).toEqual({ row: 4, col: 7 });
    // The chart row is 12 rows tall (the taller chart): 4 + 12 + 1 gap = 17.
    expect(n.anchor).toEqual({ row: 17, col: 0 });
  });

  it("honours start and gaps", () => {
    const [a, b] = layoutRows([[note(1, 1)], [note(1, 1)]], {
      start: { row: 2, col: 1 },
      gapRows: 0,
    });
    expect(a.anchor).toEqual({ row: 2, col: 1 });
    expect(b.anchor).toEqual({ row: 3, col: 1 });
  });

  it("never overlaps two blocks (property)", () => {
    const block = fc
      .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 10 }))
      .map(([r, c]) => chart(r, c));
    fc.assert(
      fc.property(fc.array(fc.array(block, { maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const placed = layoutRows(rows);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            const a = placed[i];
            const b = placed[j];
            const ea = blockEnd(a);
            const eb = blockEnd(b);
            const disjoint =
              ea.row < b.anchor.row ||
              eb.row < a.anchor.row ||
              ea.col < b.anchor.col ||
              eb.col < a.anchor.col;
            if (!disjoint) return false;
          }
        }
        return true;
      })
    );
  });

  it("edge case: no rows, or empty rows, place nothing", () => {
    expect(layoutRows([])).toEqual([]);
    expect(layoutRows([[], []])).toEqual([]);
  });
});
