/**
 * The print plan on hand-made sheets (numbers worked by hand), and both renderers expressing the
 * same page setup from the model: the .xlsx writer's parts and the Office.js writer's calls
 * against the typed fake Excel.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeReport } from "../../src/excel/writeReport";
import { layoutRows } from "../../src/report/layout";
import type { ReportModel, ReportSheet, UnplacedBlock } from "../../src/report/model";
import { fittedScale, pageStarts, PRINTABLE } from "../../src/report/printLayout";
import { pageFrame, planPrint } from "../../src/report/printPlan";
import { createReportContext } from "../../src/report/reportContext";
import { linkSummary, summaryTable } from "../../src/report/sheets/uplift/upliftSummary";
import { printAreaFormula } from "../../src/xlsx/printAreas";
import { validTableXml } from "../../src/xlsx/tableParts";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { FakeExcel } from "../fakes/excel/fakeExcel";

const note = (text: string): UnplacedBlock => ({ kind: "note", paragraphs: [text], widthCols: 4 });
const heading = (text: string): UnplacedBlock => ({
  kind: "note",
  heading: text,
  paragraphs: [],
  widthCols: 4,
});
const chart = (rows: number): UnplacedBlock => ({
  kind: "chart",
  type: "column",
  title: "Chart",
  table: "T",
  categoryColumn: "a",
  seriesBy: "columns",
  series: [{ column: "b", name: "B" }],
  legend: "none",
  size: { rows, cols: 4 },
});

function sheetOf(
  rows: (UnplacedBlock[] | { blocks: UnplacedBlock[]; gapAfter: number })[]
): ReportSheet {
  return {
    key: "method",
    name: "Sheet",
    blocks: layoutRows(rows),
    print: { orientation: "landscape", paper: "A4", fitToPage: { wide: true, tall: false } },
  };
}

describe("fittedScale", () => {
  it("fits the columns' width to the page, never above 100 %", () => {
    // landscape: 741.2 pt printable, 90 % planned = 667.08 pt
    expect(PRINTABLE.landscape.width).toBeCloseTo(741.2, 6);
    expect(fittedScale(667.08 * 2, "landscape")).toBe(50);
    expect(fittedScale(100, "landscape")).toBe(100);
  });

  it("with title columns over several pages: k pages hold T + k (page / s - T)", () => {
    // 2 pages, 200 pt of titles, 1,800 pt of columns: each page 200 + 800 = 1,000 pt at s
    // -> s = 667.08 / 1000 = 66 %
    expect(fittedScale(1800, "landscape", 2, 200)).toBe(66);
  });
});

describe("pageStarts", () => {
  // At 100 %: 487 pt x 0.9 = 438.3 pt a page = 29 rows of 15 pt.
  it("breaks every 29 rows of 15 pt at 100 %", () => {
    const sheet = sheetOf([Array.from({ length: 1 }, () => note("x"))]);
    const starts = pageStarts(sheet, { top: 0, left: 0, bottom: 99, right: 3 }, 100);
    expect(starts).toEqual([29, 58, 87]);
  });

  it("moves a chart that would cross a page to the next one, with its heading", () => {
    // 20 note rows (0..19, gap 20), heading at 21, chart 22..33 (12 rows): 21..33 crosses row 29
    const notes = Array.from({ length: 20 }, (_, i) => note(`line ${i}`));
    const sheet = sheetOf([
      {
        blocks: [
          {
            kind: "note",
            paragraphs: notes.map((n) => (n as { paragraphs: string[] }).paragraphs[0]),
            widthCols: 4,
          },
        ],
        gapAfter: 1,
      },
      { blocks: [heading("Chart heading")], gapAfter: 0 },
      [chart(12)],
    ]);
    const starts = pageStarts(sheet, { top: 0, left: 0, bottom: 40, right: 3 }, 100);
    expect(starts[0]).toBe(21);
    // at 50 % a page holds 58 rows: no break at all
    expect(pageStarts(sheet, { top: 0, left: 0, bottom: 40, right: 3 }, 50)).toEqual([]);
  });

  it("keeps the note right under a short table with the table: it does not open a page alone", () => {
    // 15 note rows (0..14, gap 15), a table at 16..28 (header + 12 rows), its note at 29: the
    // note would be row 30 of the first page's 29. Table and note move to the next page together.
    const lines = Array.from({ length: 15 }, (_, i) => `line ${i}`);
    const table: UnplacedBlock = {
      kind: "table",
      name: "T",
      style: "TableStyleMedium2",
      columns: [{ id: "a", header: "A", type: "integer", format: "0" }],
      rows: Array.from({ length: 12 }, (_, i) => [i]),
    };
    const sheet = sheetOf([
      { blocks: [{ kind: "note", paragraphs: lines, widthCols: 4 }], gapAfter: 1 },
      { blocks: [table], gapAfter: 0 },
      [note("What the table says")],
    ]);
    expect(pageStarts(sheet, { top: 0, left: 0, bottom: 40, right: 3 }, 100)).toEqual([16]);
    // with a gap between them the note is not the table's: the table stays, the note moves
    const apart = sheetOf([
      { blocks: [{ kind: "note", paragraphs: lines, widthCols: 4 }], gapAfter: 1 },
      [table],
      [note("Something else")],
    ]);
    expect(pageStarts(apart, { top: 0, left: 0, bottom: 40, right: 3 }, 100)).toEqual([29]);
  });

  it("counts title rows inside the printed range once, as titles", () => {
    // 3 title rows of 15 pt repeated: 438.3 - 45 = 393.3 pt = 26 rows a page. The range starts
    // on the last title row (row 2): rows 3..28 fill the first page, so the break is before 29;
    // counting row 2 again in the page would put it before 28.
    const sheet = sheetOf([Array.from({ length: 1 }, () => note("x"))]);
    const range = { top: 2, left: 0, bottom: 60, right: 3 };
    expect(pageStarts(sheet, range, 100, 45, 3)).toEqual([29, 55]);
    expect(pageStarts(sheet, range, 100, 45)).toEqual([28, 54]);
  });
});

describe("planPrint and pageFrame", () => {
  const en = createReportContext({
    language: "en",
    generatedAt: Date.UTC(2025, 0, 2, 9),
    version: "t",
  });
  const fr = createReportContext({
    language: "fr",
    generatedAt: Date.UTC(2025, 0, 2, 9),
    version: "t",
  });

  it("names the report, the sheet, the as-of date and the page in both languages", () => {
    expect(pageFrame(en, Date.UTC(2024, 11, 31))).toEqual({
      header: { left: "CRM Analytics report", center: "&A", right: "As of 2024-12-31" },
      footer: { left: "Generated 2025-01-02 09:00 UTC", right: "Page &P of &N" },
    });
    expect(pageFrame(fr, null).header.right).toBe("Généré le 2025-01-02 09:00 UTC");
    expect(pageFrame(fr, null).footer.right).toBe("Page &P sur &N");
  });

  it("turns fit-to-width into the zoom it means, with every page start as a break", () => {
    const sheet = sheetOf([Array.from({ length: 1 }, () => note("x"))]);
    const long = {
      ...sheet,
      blocks: [...sheet.blocks, { ...sheet.blocks[0], anchor: { row: 59, col: 0 } }],
    };
    const planned = planPrint(long, pageFrame(en, null));
    expect(planned.print.fitToPage).toEqual({ wide: false, tall: false });
    // four 8.43-wide columns fit at 100 %; rows 0..59 -> breaks at 29 and 58
    expect(planned.print.scale).toBe(100);
    expect(planned.print.breaksBefore).toEqual([29, 58]);
    expect(planned.print.pageFrame?.footer.right).toBe("Page &P of &N");
  });

  it("leaves a one-page sheet fitted (Excel would ignore breaks there anyway)", () => {
    const sheet = sheetOf([[note("x")]]);
    const onePage = { ...sheet, print: { ...sheet.print, fitToPage: { wide: true, tall: true } } };
    const planned = planPrint(onePage, pageFrame(en, null));
    expect(planned.print.fitToPage).toEqual({ wide: true, tall: true });
    expect(planned.print.breaksBefore).toBeUndefined();
  });
});

describe("the Uplift summary", () => {
  it("points each cell at the campaigns table's cell, with its value; empty stays empty", () => {
    const campaigns = {
      kind: "table" as const,
      name: "UpliftByCampaign",
      style: "TableStyleMedium2",
      columns: [
        { id: "comparison", header: "Comparison", type: "text" as const, format: "@" },
        { id: "campaign", header: "Campaign", type: "text" as const, format: "@" },
        { id: "uplift", header: "Uplift", type: "decimal" as const, format: "0.00" },
        { id: "roi", header: "ROI", type: "percent" as const, format: "0%" },
      ],
      rows: [["Spring - Email", "Spring", { formula: "(F3-I3)*100", value: 5.12 }, null]],
    };
    const summary = summaryTable(campaigns);
    expect(summary.columns.map((c) => [c.id, c.format])).toEqual([
      ["campaign", "General"],
      ["uplift", "0.00"],
      ["roi", "0%"],
    ]);
    const placed = layoutRows([[summary], [campaigns]]);
    const linked = linkSummary(placed, "UpliftByCampaign");
    // summary at A1 (header) / A2 (row); campaigns header at A4, its row at A5..D5
    const row = linked[0].kind === "table" ? linked[0].rows[0] : [];
    expect(row).toEqual([{ formula: "B5", value: "Spring" }, { formula: "C5", value: 5.12 }, null]);
  });
});

describe("both renderers express the same page setup", () => {
  const sheet = planPrint(
    {
      ...sheetOf([[note("x")], [note("y")]]),
      name: "It's",
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToPage: { wide: true, tall: false },
        area: "A1:D1,A3:D3",
        titleColumns: "A:B",
        breaksBefore: [],
      },
    },
    pageFrame(createReportContext({ language: "en", generatedAt: 0, version: "t" }), null)
  );
  const model: ReportModel = {
    language: "en",
    generatedAt: 0,
    version: "t",
    sheets: [{ ...sheet, print: { ...sheet.print, breaksBefore: [2] } }],
  };

  it("the .xlsx file: one Print_Area name with both ranges, title columns, break, header", async () => {
    expect(printAreaFormula("It's", "A1:D1,A3:D3")).toBe("'It''s'!$A$1:$D$1,'It''s'!$A$3:$D$3");
    const zip = await JSZip.loadAsync(await writeReportXlsx(model));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook.match(/name="_xlnm\.Print_Area"/g)).toHaveLength(1);
    expect(workbook.replace(/&apos;/g, "'")).toContain("'It''s'!$A$1:$D$1,'It''s'!$A$3:$D$3");
    expect(workbook.replace(/&apos;/g, "'")).toContain("'It''s'!$A:$B");
    const ws = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // a break above zero-based row 2 is <brk id="2"> (after the second row)
    expect(ws).toMatch(
      /<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="\d+" man="1"\/><\/rowBreaks>/
    );
    expect(ws).toContain(
      "<oddFooter>&amp;RPage &amp;P of &amp;N</oddFooter>".replace(
        "&amp;R",
        "&amp;LGenerated 1970-01-01 00:00 UTC&amp;R"
      )
    );
    expect(ws).toMatch(/<pageSetup[^>]*scale="100"/);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(
      (await zip.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer
    );
    expect(read.worksheets[0].headerFooter.oddHeader).toBe(
      "&LCRM Analytics report&C&A&RGenerated 1970-01-01 00:00 UTC"
    );
  });

  it("Office.js: the same area, titles, break, zoom and header through PageLayout", async () => {
    const fake = new FakeExcel();
    const result = await writeReport(fake, model, {
      supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
    });
    expect(result.ok).toBe(true);
    const written = fake.sheet("It's");
    expect(written.pageLayout).toMatchObject({
      printArea: "A1:D1,A3:D3",
      printTitleColumns: "$A:$B",
      zoom: { scale: 100 },
      "headerFooter.leftHeader": "CRM Analytics report",
      "headerFooter.centerHeader": "&A",
      "headerFooter.rightFooter": "Page &P of &N",
    });
    expect(written.pageBreaksBefore).toEqual([2]);
  });

  it("a table column's format is dataDxfId, the attribute CT_TableColumn has", () => {
    expect(validTableXml('<tableColumn id="1" name="A" totalsRowFunction="sum" dxfId="3"/>')).toBe(
      '<tableColumn id="1" name="A" totalsRowFunction="sum" dataDxfId="3"/>'
    );
  });
});

describe("frozen rows on every printed page", () => {
  const frame = pageFrame(
    createReportContext({ language: "en", generatedAt: 0, version: "t" }),
    null
  );
  const frozen = (repeat?: boolean): ReportSheet =>
    planPrint(
      {
        ...sheetOf([[note("title")], [note("x")]]),
        name: "S",
        freezeRows: 2,
        print: {
          orientation: "landscape",
          paper: "A4",
          fitToPage: { wide: true, tall: false },
          ...(repeat === undefined ? {} : { repeatFrozenRows: repeat }),
        },
      },
      frame
    );
  const modelOf = (sheet: ReportSheet): ReportModel => ({
    language: "en",
    generatedAt: 0,
    version: "t",
    sheets: [sheet],
  });

  it("repeat by default, in the .xlsx file and through Office.js", async () => {
    const zip = await JSZip.loadAsync(await writeReportXlsx(modelOf(frozen())));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook.replace(/&apos;/g, "'")).toMatch(
      /name="_xlnm\.Print_Titles"[^>]*>'S'!\$1:\$2</
    );
    const fake = new FakeExcel();
    await writeReport(fake, modelOf(frozen()), {
      supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
    });
    expect(fake.sheet("S").pageLayout).toMatchObject({ printTitleRows: "$1:$2" });
  });

  it("do not when the sheet says so (the RFM sheet prints the cut points beside them)", async () => {
    const zip = await JSZip.loadAsync(await writeReportXlsx(modelOf(frozen(false))));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).not.toContain("_xlnm.Print_Titles");
    const fake = new FakeExcel();
    await writeReport(fake, modelOf(frozen(false)), {
      supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
    });
    expect(fake.sheet("S").pageLayout).not.toHaveProperty("printTitleRows");
    // nor do they take room on each page: 29 rows of 15 pt a page at 100 %, none repeated
    const long = planPrint(
      {
        ...frozen(false),
        blocks: layoutRows([[{ kind: "note", paragraphs: Array(60).fill("x"), widthCols: 4 }]]),
        print: { ...frozen(false).print, fitToPage: { wide: false, tall: false }, scale: 100 },
      },
      frame
    );
    expect(long.print.breaksBefore).toEqual([29, 58]);
  });
});
