import fc from "fast-check";
import type { ChartBlock, ReportModel, TableBlock } from "../../src/report/model";
import {
  blockEnd,
  blockRangeA1,
  cellA1,
  columnBodyA1,
  columnHeaderA1,
  columnLetters,
  columnsBodyA1,
  excelSerialFromInstant,
  findTable,
  quoteSheetName,
  sheetExtentA1,
  sheetRangeRef,
  structuredRef,
  tableRangeA1,
  tileValuePosition,
} from "../../src/report/ranges";

/** A 3-column table at B3 (row 2, col 1) with 4 rows and a totals row. */
function sampleTable(overrides: Partial<TableBlock> = {}): TableBlock {
  return {
    kind: "table",
    anchor: { row: 2, col: 1 },
    name: "Segments",
    style: "TableStyleMedium2",
    columns: [
      { id: "segment", header: "Segment", type: "text", format: "@", total: { label: "Total" } },
      {
        id: "customers",
        header: "Customers",
        type: "integer",
        format: "#,##0",
        total: { fn: "sum" },
      },
      {
        id: "revenue",
        header: "Revenue",
        type: "currency",
        format: "#,##0.00",
        total: { fn: "sum" },
      },
    ],
    rows: [
      ["Champions", 10, 1000],
      ["Loyal", 20, 800],
      ["At risk", 5, 100],
      ["Lost", 40, 50],
    ],
    ...overrides,
  };
}

describe("columnLetters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it("is one-to-one: distinct columns never share letters (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 16383 }), (a, b) =>
        a === b ? true : columnLetters(a) !== columnLetters(b)
      )
    );
  });

  it("rejects columns past XFD and negative ones", () => {
    expect(() => columnLetters(16384)).toThrow(RangeError);
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });
});

describe("cellA1 and sheetRangeRef", () => {
  it("converts zero-based positions, relative and absolute", () => {
    expect(cellA1({ row: 0, col: 0 })).toBe("A1");
    expect(cellA1({ row: 2, col: 1 }, true)).toBe("$B$3");
  });

  it("quotes sheet names and doubles inner apostrophes", () => {
    expect(quoteSheetName("Data quality")).toBe("'Data quality'");
    expect(quoteSheetName("Qualité d'entrée")).toBe("'Qualité d''entrée'");
    expect(sheetRangeRef("RFM", { row: 3, col: 2 }, { row: 6, col: 2 })).toBe("'RFM'!$C$4:$C$7");
  });
});

describe("table ranges", () => {
  // Header on row 3 (B3:D3), body rows 4..7, totals on row 8.
  it("covers header, body and totals row", () => {
    expect(tableRangeA1(sampleTable())).toBe("B3:D8");
  });

  it("has no totals row when no column has a total", () => {
    const table = sampleTable({
      columns: sampleTable().columns.map((c) => ({ ...c, total: undefined })),
    });
    expect(tableRangeA1(table)).toBe("B3:D7");
  });

  it("gives a column's body (header and totals excluded) and header cell", () => {
    expect(columnBodyA1(sampleTable(), "revenue")).toBe("D4:D7");
    expect(columnBodyA1(sampleTable(), "customers", true)).toBe("$C$4:$C$7");
    expect(columnHeaderA1(sampleTable(), "segment")).toBe("B3");
  });

  it("gives the body of adjacent columns as one range, and refuses gaps", () => {
    expect(columnsBodyA1(sampleTable(), ["revenue", "customers"])).toBe("C4:D7");
    expect(() => columnsBodyA1(sampleTable(), ["segment", "revenue"])).toThrow(/adjacent/);
  });

  it("throws on an unknown column id", () => {
    expect(() => columnBodyA1(sampleTable(), "nope")).toThrow(/no column "nope"/);
  });

  it("finds a table by name across sheets", () => {
    const table = sampleTable();
    const model: Pick<ReportModel, "sheets"> = {
      sheets: [
        { key: "dashboard", name: "Dashboard", blocks: [], print: printA4 },
        { key: "segments", name: "Segments", blocks: [table], print: printA4 },
      ],
    };
    expect(findTable(model, "Segments")?.sheet.name).toBe("Segments");
    expect(findTable(model, "Missing")).toBeUndefined();
  });
});

const printA4 = {
  orientation: "landscape",
  fitToPage: { wide: true, tall: false },
  paper: "A4",
} as const;

describe("block extents", () => {
  it("places a chart over its size in cells", () => {
    const chart: ChartBlock = {
      kind: "chart",
      anchor: { row: 4, col: 6 },
      type: "column",
      title: "t",
      table: "Segments",
      categoryColumn: "segment",
      seriesBy: "columns",
      series: [{ column: "revenue", name: "Revenue" }],
      legend: "none",
      size: { rows: 15, cols: 8 },
    };
    // rows 5..19, columns G..N
    expect(blockRangeA1(chart)).toBe("G5:N19");
  });

  it("puts KPI tile values on the second row of the block, one tile every tileCols", () => {
    expect(cellA1(tileValuePosition({ anchor: { row: 3, col: 0 }, tileCols: 2 }, 2))).toBe("E5");
  });

  it("edge case: a table without rows still has one body row", () => {
    const table = sampleTable({ rows: [] });
    expect(tableRangeA1(table)).toBe("B3:D5");
    expect(blockEnd(table)).toEqual({ row: 4, col: 3 });
  });
});

describe("excelSerialFromInstant", () => {
  it("matches Excel's serial numbers", () => {
    // Excel: =DATE(1970,1,1) is 25569 and =DATE(2024,1,15) is 45306.
    expect(excelSerialFromInstant(0)).toBe(25569);
    expect(excelSerialFromInstant(Date.UTC(2024, 0, 15))).toBe(45306);
    // noon is half a day
    expect(excelSerialFromInstant(Date.UTC(2024, 0, 15, 12))).toBe(45306.5);
  });
});

describe("structuredRef", () => {
  it("names a column by its header and escapes [ ] # ' with an apostrophe", () => {
    const table = sampleTable();
    expect(structuredRef(table, "revenue")).toBe("Segments[Revenue]");
    table.columns[1].header = "Clients [#] d'abord";
    expect(structuredRef(table, "customers")).toBe("Segments[Clients '['#'] d''abord]");
    expect(() => structuredRef(table, "nope")).toThrow(/no column/);
  });
});

describe("sheetExtentA1", () => {
  it("spans from A1 to the farthest row and column of any block", () => {
    // table B3:D8 and a chart anchored at G5 over 15 rows x 8 columns (G5:N19)
    const chart: ChartBlock = {
      kind: "chart",
      anchor: { row: 4, col: 6 },
      type: "column",
      title: "t",
      table: "Segments",
      categoryColumn: "segment",
      seriesBy: "columns",
      series: [],
      legend: "none",
      size: { rows: 15, cols: 8 },
    };
    expect(sheetExtentA1([sampleTable(), chart])).toBe("A1:N19");
  });

  it("edge case: no block is just A1", () => {
    expect(sheetExtentA1([])).toBe("A1:A1");
  });
});
