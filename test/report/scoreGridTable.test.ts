import * as column from "../../src/report/columns";
import { createReportContext } from "../../src/report/reportContext";
import {
  frequencyColumnIds,
  scoreGridHeaders,
  scoreGridTable,
} from "../../src/report/sheets/rfm/scoreGridTable";

const ctxEn = createReportContext({ language: "en", generatedAt: 0, version: "1" });

describe("scoreGridTable", () => {
  it("puts R = k..1 down the rows and F = 1..k across, each cell from cell(r, f)", () => {
    const grid = scoreGridTable({
      name: "Grid",
      bins: 3,
      headers: { r: "R", f: (score) => `F${score}` },
      scoreColumn: (id, header) => column.integer(id, header, { width: 7 }),
      // 10 r + f: the cell of R 3, F 1 is 31, so every row and column can be read back.
      cell: (r, f) => 10 * r + f,
      heatMap: true,
    });
    expect(grid.columns.map((c) => [c.id, c.header, c.width])).toEqual([
      ["r", "R", undefined],
      ["f1", "F1", 7],
      ["f2", "F2", 7],
      ["f3", "F3", 7],
    ]);
    expect(grid.rows).toEqual([
      [3, 31, 32, 33],
      [2, 21, 22, 23],
      [1, 11, 12, 13],
    ]);
    expect(grid.conditionalFormats).toEqual([
      { kind: "colorScale", columns: ["f1", "f2", "f3"], colors: expect.any(Array) },
    ]);
  });

  it("hands the cell function the grid's name and columns (for structured references)", () => {
    const seen = new Set<string>();
    scoreGridTable({
      name: "Named",
      bins: 2,
      headers: { r: "R", f: String },
      scoreColumn: column.text,
      cell: (_r, _f, grid) => {
        seen.add(`${grid.name}:${grid.columns.map((c) => c.id).join(",")}`);
        return null;
      },
      heatMap: false,
    });
    expect([...seen]).toEqual(["Named:r,f1,f2"]);
  });

  it("reads its headers from the keys <prefix>.r and <prefix>.f", () => {
    const headers = scoreGridHeaders(ctxEn, "report:segmentsSheet.grid");
    expect(headers.r).toBe("R score");
    expect(headers.f(4)).toBe("F 4");
  });

  describe("edge cases", () => {
    it("has no conditional format without a heat map, and one row and column for one score", () => {
      const grid = scoreGridTable({
        name: "One",
        bins: 1,
        headers: { r: "R", f: String },
        scoreColumn: column.text,
        cell: () => "x",
        heatMap: false,
      });
      expect(grid.conditionalFormats).toBeUndefined();
      expect(grid.rows).toEqual([[1, "x"]]);
      expect(frequencyColumnIds(1)).toEqual(["f1"]);
    });
  });
});
