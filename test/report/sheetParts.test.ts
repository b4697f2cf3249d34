import { chartBlock } from "../../src/report/chartBlock";
import { layoutRows, sectionHeading } from "../../src/report/layout";
import type { ReportBlock } from "../../src/report/model";
import { palette } from "../../src/report/palette";
import { createReportContext, ownedSheet } from "../../src/report/reportContext";
import { tableBlock } from "../../src/report/tableBlock";

const ctxEn = createReportContext({ language: "en", generatedAt: 0, version: "1" });
const ctxFr = createReportContext({ language: "fr", generatedAt: 0, version: "1" });

describe("sectionHeading", () => {
  it("is a heading note with no paragraph that keeps its block right below it", () => {
    const [heading, note] = layoutRows([
      sectionHeading("Exclusions"),
      [{ kind: "note", paragraphs: ["x"], widthCols: 3 }],
    ]);
    expect(heading).toEqual({
      kind: "note",
      heading: "Exclusions",
      paragraphs: [],
      widthCols: 4,
      anchor: { row: 0, col: 0 },
    });
    // The heading takes one row (row 0) and no gap row follows: the note starts on row 1.
    expect(note.anchor).toEqual({ row: 1, col: 0 });
  });

  it("spans the columns it is given", () => {
    expect(sectionHeading("Counts", 6)).toEqual({
      blocks: [{ kind: "note", heading: "Counts", paragraphs: [], widthCols: 6 }],
      gapAfter: 0,
    });
  });
});

describe("ownedSheet", () => {
  const blocks: ReportBlock[] = [
    { kind: "title", title: "T", subtitle: [], anchor: { row: 0, col: 0 } },
  ];

  it("names the sheet in the report's language, prints landscape A4 one page wide, tab coloured", () => {
    expect(ownedSheet(ctxEn, "dataQuality", blocks)).toStrictEqual({
      key: "dataQuality",
      name: "Data quality",
      blocks,
      print: { orientation: "landscape", paper: "A4", fitToPage: { wide: true, tall: false } },
      tabColor: palette.tab,
    });
    expect(ownedSheet(ctxFr, "dataQuality", blocks).name).toBe(ctxFr.t("report:sheet.dataQuality"));
  });

  it("adds frozen rows and column widths, and takes another print setup", () => {
    const print = {
      orientation: "portrait" as const,
      paper: "A4" as const,
      fitToPage: { wide: false, tall: false },
    };
    const sheet = ownedSheet(ctxEn, "rfm", blocks, { freezeRows: 3, columnWidths: [10], print });
    expect(sheet.freezeRows).toBe(3);
    expect(sheet.columnWidths).toEqual([10]);
    expect(sheet.print).toBe(print);
  });

  describe("edge cases", () => {
    it("keeps an empty sheet and adds no key it was not given", () => {
      expect(Object.keys(ownedSheet(ctxEn, "method", [])).sort()).toEqual([
        "blocks",
        "key",
        "name",
        "print",
        "tabColor",
      ]);
    });
  });
});

describe("tableBlock", () => {
  const columns = [{ id: "a", header: "A", type: "integer" as const, format: "#,##0" }];

  it("gives a table its kind, the report's one table style and wrapped headers", () => {
    expect(tableBlock("Counts", { columns, rows: [[1], [2]] })).toStrictEqual({
      kind: "table",
      name: "Counts",
      style: "TableStyleMedium2",
      wrapHeaders: true,
      columns,
      rows: [[1], [2]],
    });
  });

  it("keeps its conditional formats", () => {
    const conditionalFormats = [{ kind: "dataBar" as const, columns: ["a"], color: palette.bar }];
    expect(tableBlock("T", { columns, rows: [], conditionalFormats }).conditionalFormats).toBe(
      conditionalFormats
    );
  });

  describe("edge cases", () => {
    it("adds no conditionalFormats key when given none, and keeps an empty table", () => {
      expect(Object.keys(tableBlock("Empty", { columns: [], rows: [] })).sort()).toEqual([
        "columns",
        "kind",
        "name",
        "rows",
        "style",
        "wrapHeaders",
      ]);
    });
  });
});

describe("chartBlock", () => {
  it("binds a chart to a table and its category column, series by columns", () => {
    const series = [{ column: "rows", name: "Rows" }];
    expect(
      chartBlock("ByReason", "reason", {
        type: "bar",
        title: "Excluded rows",
        series,
        legend: "none",
        size: { rows: 12, cols: 7 },
      })
    ).toStrictEqual({
      kind: "chart",
      table: "ByReason",
      categoryColumn: "reason",
      seriesBy: "columns",
      type: "bar",
      title: "Excluded rows",
      series,
      legend: "none",
      size: { rows: 12, cols: 7 },
    });
  });

  describe("edge cases", () => {
    it("adds no optional key it was not given (axis titles, formats, data labels)", () => {
      const chart = chartBlock("T", "c", {
        type: "pie",
        title: "",
        series: [],
        legend: "right",
        size: { rows: 1, cols: 1 },
      });
      expect(Object.keys(chart).sort()).toEqual([
        "categoryColumn",
        "kind",
        "legend",
        "series",
        "seriesBy",
        "size",
        "table",
        "title",
        "type",
      ]);
    });
  });
});
