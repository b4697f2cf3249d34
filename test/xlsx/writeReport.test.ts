/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these are ExcelJS cells read from a file, not Office.js proxies */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import type { ChartBlock, ReportModel, TableBlock } from "../../src/report/model";
import { sampleModel } from "../report/sampleModel";
import { findAll, findOne, parseXml, type XmlElement } from "./xmlTree";

/*
 * Where things are in the sample model (test/report/sampleModel.ts), worked out by hand from
 * the layout rules (rows of blocks, one empty row and one empty column between blocks):
 * - "Segments & actions": title in A1 (no subtitle); gap row 2; the Segments table at A3 (7
 *   columns A..G: segment, customers, revenue, share, uplift, margin, verdict), header row 3,
 *   body rows 4..7, totals row 8; the Monthly table one empty column after G, at I3 (month I,
 *   revenue J, orders K), body rows 4..7.
 * - "Dashboard": title A1:A3 (2 subtitle lines), gap, tiles on rows 5..7 (revenue tile value in
 *   A6, customers in C6), gap, charts from row 9.
 */
const SEG = "'Segments & actions'";

/** What ExcelJS keeps on a loaded worksheet beyond its typings. */
type LoadedWorksheet = ExcelJS.Worksheet & {
  tables: Record<string, unknown>;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
};

function sheet(wb: ExcelJS.Workbook, name: string): LoadedWorksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws as LoadedWorksheet;
}

/** ExcelJS's typings want its own Buffer type; a Node Buffer is what it reads. */
function asExcelBuffer(data: Uint8Array): ExcelJS.Buffer {
  return Buffer.from(data) as unknown as ExcelJS.Buffer;
}

let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  bytes = await writeReportXlsx(sampleModel());
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(asExcelBuffer(bytes));
  zip = await JSZip.loadAsync(bytes);
});

async function xmlPart(path: string): Promise<XmlElement> {
  const file = zip.file(path);
  if (file === null) throw new Error(`missing part ${path}`);
  return parseXml(await file.async("string"));
}

/** Target of each relationship of a .rels part, by id, resolved against `base` ("xl/"). */
async function relationships(path: string, base: string): Promise<Map<string, string>> {
  const rels = await xmlPart(path);
  return new Map(
    findAll(rels, "Relationship").map((r) => {
      const target = r.attributes.Target;
      const resolved = target.startsWith("../")
        ? base.replace(/[^/]+\/$/, "") + target.slice(3)
        : base + target;
      return [r.attributes.Id, resolved];
    })
  );
}

/** Chart part paths of a sheet, in anchor order, following workbook -> sheet -> drawing rels. */
async function chartPartsOfSheet(sheetName: string): Promise<string[]> {
  const wb = await xmlPart("xl/workbook.xml");
  const sheetEntry = findAll(wb, "sheet").find((s) => s.attributes.name === sheetName);
  if (!sheetEntry) throw new Error(`no sheet ${sheetName}`);
  const wbRels = await relationships("xl/_rels/workbook.xml.rels", "xl/");
  const sheetPath = wbRels.get(sheetEntry.attributes["r:id"])!;
  const sheetXml = await xmlPart(sheetPath);
  const drawingRelId = findOne(sheetXml, "drawing").attributes["r:id"];
  const sheetFile = sheetPath.split("/").pop();
  const sheetRels = await relationships(`xl/worksheets/_rels/${sheetFile}.rels`, "xl/worksheets/");
  const drawingPath = sheetRels.get(drawingRelId)!;
  const drawing = await xmlPart(drawingPath);
  const drawingFile = drawingPath.split("/").pop();
  const drawingRels = await relationships(`xl/drawings/_rels/${drawingFile}.rels`, "xl/drawings/");
  return findAll(drawing, "c:chart").map((c) => drawingRels.get(c.attributes["r:id"])!);
}

function formulas(chart: XmlElement, container: string): string[] {
  return findAll(chart, container).map((c) => findOne(c, "c:f").text);
}

function cacheValues(element: XmlElement): string[] {
  return findAll(element, "c:pt").map((p) => findOne(p, "c:v").text);
}

describe("writeReportXlsx", () => {
  describe("cells and tables, read back with ExcelJS", () => {
    it("writes the sheets in model order with their localised names", () => {
      expect(workbook.worksheets.map((w) => w.name)).toEqual(["Dashboard", "Segments & actions"]);
    });

    it("writes Excel Tables with header names, ranges and totals functions", () => {
      const ws = sheet(workbook, "Segments & actions");
      expect(Object.keys(ws.tables).sort()).toEqual(["Monthly", "Segments"]);
      const segments = (
        ws.getTable("Segments") as unknown as {
          table: ExcelJS.TableProperties & { tableRef: string };
        }
      ).table;
      expect(segments.tableRef).toBe("A3:G8");
      expect(segments.columns.map((c) => c.name)).toEqual([
        "Segment",
        "Customers",
        "Revenue",
        "Revenue share",
        "Uplift",
        "Margin (95 %)",
        "Verdict",
      ]);
      expect(segments.columns[2].totalsRowFunction).toBe("sum");
      const monthly = (ws.getTable("Monthly") as unknown as { table: { tableRef: string } }).table;
      expect(monthly.tableRef).toBe("I3:K7");
    });

    it("carries totals as SUBTOTAL formulas with their computed values", () => {
      const ws = sheet(workbook, "Segments & actions");
      // 1000 + 800 + 200 + 150 = 2150; customers 10 + 20 + 5 + 40 = 75
      expect(ws.getCell("C8").value).toEqual({
        formula: "SUBTOTAL(109,Segments[Revenue])",
        result: 2150,
      });
      expect(ws.getCell("B8").value).toEqual({
        formula: "SUBTOTAL(109,Segments[Customers])",
        result: 75,
      });
      expect(ws.getCell("A8").value).toBe("Total");
    });

    it("keeps formula-looking strings from the data as text", () => {
      const ws = sheet(workbook, "Segments & actions");
      const cell = ws.getCell("A6");
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe('=HYPERLINK("http://evil")');
      expect(cell.formula).toBeUndefined();
      expect(ws.getCell("A7").value).toBe("+Lost");
    });

    it("writes formula cells with their cached values (tiles and table formulas)", () => {
      const dashboard = sheet(workbook, "Dashboard");
      expect(dashboard.getCell("A6").value).toEqual({
        formula: "SUM(Segments[Revenue])",
        result: 2150,
      });
      expect(dashboard.getCell("C6").value).toBe(75);
      const ws = sheet(workbook, "Segments & actions");
      expect(ws.getCell("J7").value).toEqual({ formula: "SUM(E4:E6)", result: 1550 });
    });

    it("applies the columns' number formats and writes dates as Excel serials", () => {
      const ws = sheet(workbook, "Segments & actions");
      expect(ws.getCell("B4").numFmt).toBe("#,##0");
      expect(ws.getCell("C4").numFmt).toBe('"£"#,##0.00');
      expect(ws.getCell("D4").numFmt).toBe("0.0%");
      expect(ws.getCell("I4").numFmt).toBe("yyyy-mm-dd");
      // stored as the serial 45292 (Excel: =DATE(2024,1,1)); ExcelJS reads a date-formatted
      // number back as a Date
      expect(ws.getCell("I4").value).toEqual(new Date(Date.UTC(2024, 0, 1)));
      // the change of the revenue tile reads "vs previous period +4.2%" in green
      const change = sheet(workbook, "Dashboard").getCell("A7");
      expect(change.value).toBe(0.042);
      expect(change.numFmt).toBe(
        '"vs previous period "+0.0%;"vs previous period "-0.0%;"vs previous period "0.0%'
      );
    });

    it("writes conditional formats on the right column bodies", () => {
      const ws = sheet(workbook, "Segments & actions");
      const byRef = Object.fromEntries(ws.conditionalFormattings.map((f) => [f.ref, f.rules[0]]));
      expect(byRef["C4:C7"].type).toBe("dataBar");
      expect(byRef["D4:D7"]).toMatchObject({
        type: "colorScale",
        color: [{ argb: "FFF7FBFF" }, { argb: "FF9ECAE1" }, { argb: "FF08519C" }],
      });
      expect(byRef["G4:G7"]).toMatchObject({
        type: "iconSet",
        iconSet: "3Arrows",
        showValue: false,
      });
    });

    it("freezes header rows, sets widths, tab colour and the print setup", () => {
      const ws = sheet(workbook, "Segments & actions");
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
      expect(ws.getColumn(1).width).toBe(18);
      expect(ws.pageSetup).toMatchObject({
        orientation: "landscape",
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      const dashboard = sheet(workbook, "Dashboard");
      expect(dashboard.pageSetup).toMatchObject({ fitToHeight: 1 });
      expect(dashboard.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    });

    it("repeats the frozen header rows on every printed page", async () => {
      const zip = await JSZip.loadAsync(bytes);
      const book = await zip.file("xl/workbook.xml")!.async("string");
      // The sample model freezes rows 1..3 of "Segments & actions" (sheet index 1).
      expect(book).toContain(
        '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Segments &amp; actions&apos;!$1:$3</definedName>'
      );
    });

    it("sets the print area as a fully absolute defined name (LibreOffice ignores $A1:$AA40)", async () => {
      const zip = await JSZip.loadAsync(bytes);
      const book = await zip.file("xl/workbook.xml")!.async("string");
      expect(book).toContain(
        '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Dashboard&apos;!$A$1:$AA$40</definedName>'
      );
    });
  });

  describe("native charts, read from the package parts", () => {
    it("puts one chart part per chart, all referenced from the Dashboard's drawing", async () => {
      const parts = await chartPartsOfSheet("Dashboard");
      expect(parts).toHaveLength(7);
      for (const part of parts) expect(zip.file(part)).not.toBeNull();
      const types = await zip.file("[Content_Types].xml")!.async("string");
      for (const part of parts) expect(types).toContain(`PartName="/${part}"`);
      // the other sheet has no drawing
      const sheet2 = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      expect(sheet2).not.toContain("<drawing");
    });

    it("binds each chart type to the right table ranges, with caches of the values", async () => {
      const parts = await chartPartsOfSheet("Dashboard");
      const charts = await Promise.all(parts.map((p) => xmlPart(p)));
      const [column, pie, bar, line, doughnut, scatter, area] = charts;

      expect(findAll(column, "c:barChart")).toHaveLength(1);
      expect(findOne(column, "c:barDir").attributes.val).toBe("col");
      expect(formulas(column, "c:cat")).toEqual([`${SEG}!$A$4:$A$7`]);
      expect(formulas(column, "c:val")).toEqual([`${SEG}!$C$4:$C$7`]);
      expect(cacheValues(findOne(column, "c:val"))).toEqual(["1000", "800", "200", "150"]);
      expect(cacheValues(findOne(column, "c:cat"))).toEqual([
        "Champions",
        "Loyal",
        '=HYPERLINK("http://evil")',
        "+Lost",
      ]);
      // the series is named after its column: a reference to the header cell
      expect(findOne(findOne(findOne(column, "c:ser"), "c:tx"), "c:f").text).toBe(`${SEG}!$C$3`);

      // bars of non-negative values start at zero; the uplift bars (some below zero) do not
      expect(findOne(findOne(column, "c:valAx"), "c:min").attributes.val).toBe("0");
      expect(findAll(findOne(bar, "c:valAx"), "c:min")).toHaveLength(0);

      expect(findAll(pie, "c:pieChart")).toHaveLength(1);
      expect(formulas(pie, "c:val")).toEqual([`${SEG}!$C$4:$C$7`]);
      expect(findOne(pie, "c:showPercent").attributes.val).toBe("1");

      expect(findOne(bar, "c:barDir").attributes.val).toBe("bar");
      expect(formulas(bar, "c:val")).toEqual([`${SEG}!$E$4:$E$7`]);
      // error bars: distances from the margin column (F), both directions
      expect(formulas(bar, "c:plus")).toEqual([`${SEG}!$F$4:$F$7`]);
      expect(formulas(bar, "c:minus")).toEqual([`${SEG}!$F$4:$F$7`]);
      expect(cacheValues(findOne(bar, "c:plus"))).toEqual(["0.03", "0.03", "0.03", "0.02"]);

      expect(findAll(line, "c:lineChart")).toHaveLength(1);
      expect(formulas(line, "c:cat")).toEqual([`${SEG}!$I$4:$I$7`]);
      // dates are numeric categories: Excel serials 2024-01-01 = 45292, 2024-02-01 = 45323, ...
      expect(cacheValues(findOne(line, "c:cat"))).toEqual(["45292", "45323", "45352", "45383"]);
      // a formula cell's cached value is in the cache
      expect(cacheValues(findOne(line, "c:val"))).toEqual(["500", "650", "400", "1550"]);

      expect(findAll(doughnut, "c:doughnutChart")).toHaveLength(1);
      expect(formulas(doughnut, "c:val")).toEqual([`${SEG}!$B$4:$B$7`]);

      expect(findAll(scatter, "c:scatterChart")).toHaveLength(1);
      expect(formulas(scatter, "c:xVal")).toEqual([`${SEG}!$K$4:$K$7`]);
      expect(formulas(scatter, "c:yVal")).toEqual([`${SEG}!$J$4:$J$7`]);

      expect(findAll(area, "c:areaChart")).toHaveLength(1);
      expect(formulas(area, "c:val")).toEqual([`${SEG}!$J$4:$J$7`]);
    });

    it("anchors each chart on the cells the layout reserved", async () => {
      const model = sampleModel();
      const charts = model.sheets[0].blocks.filter((b): b is ChartBlock => b.kind === "chart");
      const drawing = await xmlPart("xl/drawings/drawing1.xml");
      const anchors = findAll(drawing, "xdr:twoCellAnchor").map((a) => {
        const cell = (tag: string) => ({
          row: Number(findOne(findOne(a, tag), "xdr:row").text),
          col: Number(findOne(findOne(a, tag), "xdr:col").text),
        });
        return { from: cell("xdr:from"), to: cell("xdr:to") };
      });
      expect(anchors).toEqual(
        charts.map((c) => ({
          from: c.anchor,
          to: { row: c.anchor.row + c.size.rows, col: c.anchor.col + c.size.cols },
        }))
      );
      // first chart row: title 3 rows, gap, tiles 4 rows, gap -> row index 9 (Excel row 10)
      expect(anchors[0].from).toEqual({ row: 9, col: 0 });
    });

    it("writes well-formed XML in every part it adds", async () => {
      const added = Object.keys(zip.files).filter(
        (p) => /xl\/(charts|drawings)\//.test(p) && !zip.files[p].dir
      );
      expect(added.length).toBe(7 + 2);
      for (const path of added) await expect(xmlPart(path)).resolves.toBeDefined();
    });
  });

  describe("edge cases", () => {
    const base = (): ReportModel => ({ ...sampleModel(), sheets: [] });

    it("writes a model without charts as a plain ExcelJS workbook", async () => {
      const model = sampleModel();
      model.sheets = [
        { ...model.sheets[1], blocks: model.sheets[1].blocks.filter((b) => b.kind !== "chart") },
      ];
      const out = await JSZip.loadAsync(await writeReportXlsx(model));
      expect(Object.keys(out.files).some((p) => p.includes("charts/"))).toBe(false);
    });

    it("writes a table without rows as one empty body row", async () => {
      const model = base();
      model.sheets.push({
        key: "dataQuality",
        name: "Empty",
        print: { orientation: "portrait", fitToPage: { wide: true, tall: false }, paper: "A4" },
        blocks: [
          {
            kind: "table",
            anchor: { row: 0, col: 0 },
            name: "Nothing",
            style: "TableStyleMedium2",
            columns: [{ id: "a", header: "A", type: "text", format: "@" }],
            rows: [],
          },
        ],
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(asExcelBuffer(await writeReportXlsx(model)));
      const table = (
        sheet(wb, "Empty").getTable("Nothing") as unknown as { table: { tableRef: string } }
      ).table;
      expect(table.tableRef).toBe("A1:A2");
    });

    it("prints a sheet that is not fitted to one page wide at 100 %", async () => {
      const model = sampleModel();
      model.sheets[1].print = { ...model.sheets[1].print, fitToPage: { wide: false, tall: false } };
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(asExcelBuffer(await writeReportXlsx(model)));
      expect(sheet(wb, model.sheets[1].name).pageSetup).toMatchObject({
        fitToPage: false,
        scale: 100,
      });
    });

    it("escapes a totals header's apostrophe and brackets in its SUBTOTAL formula", async () => {
      const model = base();
      const table: TableBlock = {
        kind: "table",
        anchor: { row: 0, col: 0 },
        name: "Lost",
        style: "TableStyleMedium2",
        columns: [
          { id: "s", header: "Segment", type: "text", format: "@", total: { label: "Total" } },
          { id: "n", header: "Can't lose [n]", type: "integer", format: "0", total: { fn: "sum" } },
          { id: "m", header: "Min", type: "integer", format: "0", total: { fn: "min" } },
        ],
        rows: [
          ["a", 2, 7],
          ["b", 3, 4],
        ],
      };
      model.sheets.push({
        key: "segments",
        name: "S",
        print: { orientation: "portrait", fitToPage: { wide: true, tall: false }, paper: "A4" },
        blocks: [table],
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(asExcelBuffer(await writeReportXlsx(model)));
      // Excel's escape inside a structured reference is an apostrophe before ' [ ] #.
      expect(sheet(wb, "S").getCell("B4").value).toEqual({
        formula: "SUBTOTAL(109,Lost[Can''t lose '[n']])",
        result: 5,
      });
      expect(sheet(wb, "S").getCell("C4").value).toEqual({
        formula: "SUBTOTAL(105,Lost[Min])",
        result: 4,
      });
    });

    it("finds the sheet of a chart whose name needs escaping and quoting", async () => {
      const model = sampleModel();
      model.sheets[1].name = "Client's <segments>";
      const out = await JSZip.loadAsync(await writeReportXlsx(model));
      const chart = await out.file("xl/charts/chart1.xml")!.async("string");
      // XML-escaped in the part; in a formula the apostrophe is doubled inside the quotes
      expect(chart).toContain(
        "<c:f>&apos;Client&apos;&apos;s &lt;segments&gt;&apos;!$C$4:$C$7</c:f>"
      );
    });

    it("writes a formula's value in a date column as an Excel date", async () => {
      const model = sampleModel();
      const monthly = model.sheets[1].blocks.find(
        (b): b is TableBlock => b.kind === "table" && b.name === "Monthly"
      )!;
      monthly.rows[0][0] = { formula: "DATE(2024,1,1)", value: Date.UTC(2024, 0, 1) };
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(asExcelBuffer(await writeReportXlsx(model)));
      const cell = sheet(wb, "Segments & actions").getCell("I4").value as ExcelJS.CellFormulaValue;
      expect(cell.formula).toBe("DATE(2024,1,1)");
      // the cached result is stored as the serial 45292; ExcelJS reads it back as a Date
      expect(cell.result).toEqual(new Date(Date.UTC(2024, 0, 1)));
    });

    it("refuses a chart bound to a table that does not exist", async () => {
      const model = sampleModel();
      const chart = model.sheets[0].blocks.find((b): b is ChartBlock => b.kind === "chart")!;
      chart.table = "Nope";
      await expect(writeReportXlsx(model)).rejects.toThrow(/unknown table Nope/);
    });
  });
});
