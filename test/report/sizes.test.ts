import { sheetColumnWidths, fittedColumnWidth } from "../../src/report/columnWidths";
import type { TableBlock } from "../../src/report/model";
import { LINE_HEIGHT, tableRowHeights, wrappedLines } from "../../src/report/rowHeights";

function table(overrides: Partial<TableBlock> = {}): TableBlock {
  return {
    kind: "table",
    anchor: { row: 4, col: 1 },
    name: "T",
    style: "TableStyleMedium2",
    columns: [
      { id: "name", header: "Name", type: "text", format: "@" },
      { id: "amount", header: "Amount", type: "decimal", format: "#,##0.00" },
      { id: "note", header: "Note", type: "text", format: "@", width: 20, wrap: true },
    ],
    rows: [
      ["A rather long customer name", 1234567.891, "short"],
      ["B", 5, "x".repeat(50)],
    ],
    ...overrides,
  };
}

describe("fittedColumnWidth", () => {
  it("fits the longest value or the header with its filter button, within 8..50", () => {
    // "A rather long customer name" is 27 characters: ceil(27 x 1.1) + 1 = 31
    expect(fittedColumnWidth(table(), 0)).toBe(31);
    // 1,234,567.89: 7 digits + 2 separators + 3 (".89") = 12 -> ceil(13.2) + 1 = 15
    expect(fittedColumnWidth(table(), 1)).toBe(15);
    // explicit width wins
    expect(fittedColumnWidth(table(), 2)).toBe(20);
  });

  it("edge case: never below 8 nor above 50", () => {
    const narrow = table({
      columns: [{ id: "a", header: "A", type: "text", format: "@" }],
      rows: [["x"]],
    });
    expect(fittedColumnWidth(narrow, 0)).toBe(8);
    const wide = table({
      columns: [{ id: "a", header: "A", type: "text", format: "@" }],
      rows: [["y".repeat(200)]],
    });
    expect(fittedColumnWidth(wide, 0)).toBe(50);
  });
});

describe("sheetColumnWidths", () => {
  it("places table widths at the table's columns, sheet widths override", () => {
    // table at column B: widths [0 (A), 31, 15, 20]; the sheet forces column C to 9
    expect(sheetColumnWidths({ blocks: [table()], columnWidths: [0, 0, 9] })).toEqual([
      0, 31, 9, 20,
    ]);
  });
});

describe("tableRowHeights", () => {
  it("grows only the rows whose wrapped text needs more lines", () => {
    // 50 characters in a 20-wide column: ceil(55 / 19) = 3 lines; the row is sheet row 4 + 1 + 1
    expect(wrappedLines("x".repeat(50), 20)).toBe(3);
    expect(tableRowHeights(table())).toEqual(new Map([[6, 3 * LINE_HEIGHT]]));
  });

  it("edge case: no wrapping column, no heights", () => {
    const t = table();
    t.columns = t.columns.map((c) => ({ ...c, wrap: false }));
    expect(tableRowHeights(t).size).toBe(0);
  });
});
