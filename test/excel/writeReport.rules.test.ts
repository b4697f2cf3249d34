/**
 * The writer against Excel's own rules, as the strict fake enforces them (issue 13): formulas
 * that Excel's calculated columns would overwrite, names Excel refuses or misreads, its limits
 * on text and row heights, both print fits, and the recalculation after suspended syncs.
 */
import { writeReport } from "../../src/excel/writeReport";
import { CUT_MARKER, MAX_CELL_TEXT } from "../../src/report/cellText";
import { layoutRows } from "../../src/report/layout";
import type { ReportModel, TableBlock, UnplacedBlock } from "../../src/report/model";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { sampleModel } from "../report/sampleModel";

function userWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Data", [["x"]]);
  return fake;
}

function write(fake: FakeExcel, model: ReportModel) {
  return writeReport(fake, model, {
    supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
  });
}

const print = {
  orientation: "portrait",
  fitToPage: { wide: true, tall: false },
  paper: "A4",
} as const;

function sheetOf(
  name: string,
  blocks: UnplacedBlock[][],
  key = "rfm"
): ReportModel["sheets"][number] {
  return { key: key as "rfm", name, blocks: layoutRows(blocks), print };
}

function model(...sheets: ReportModel["sheets"]): ReportModel {
  return { language: "en", generatedAt: 0, version: "test", sheets };
}

const number = (id: string) => ({ id, header: id, type: "integer", format: "0" }) as const;

describe("writeReport and Excel's calculated columns", () => {
  /** Columns that a formula write into an empty table column would ruin (issues 1916, 5909). */
  const table: Omit<TableBlock, "anchor"> = {
    kind: "table",
    name: "Grid",
    style: "TableStyleLight1",
    columns: [number("n"), number("distinct"), number("gaps"), number("unknown")],
    rows: [
      [
        1,
        { formula: "A2*5", value: 5 },
        { formula: "A2+1", value: 2 },
        { formula: "1/0", value: null },
      ],
      [2, { formula: "SUM(A2:A3)", value: 3 }, null, { formula: "2/0", value: null }],
      [3, { formula: "Grid[@n]^2", value: 9 }, { formula: "A4+1", value: 4 }, null],
    ],
  };

  it("writes every formula as the model has it, and leaves the blanks blank", async () => {
    const fake = userWorkbook();
    const result = await write(fake, model(sheetOf("Calc", [[table]])));
    expect(result.ok).toBe(true);
    const sheet = fake.sheet("Calc");
    const cells = ["B", "C", "D"].map((c) =>
      [2, 3, 4].map((r) => sheet.cell(`${c}${r}`).formula ?? sheet.cell(`${c}${r}`).value)
    );
    expect(cells).toEqual([
      ["=A2*5", "=SUM(A2:A3)", "=Grid[@n]^2"],
      ["=A2+1", "", "=A4+1"],
      ["=1/0", "=2/0", ""],
    ]);
    expect(sheet.tables[0].calculatedColumns).toBeUndefined();
  });

  it("recalculates once, in the swap, after syncs with calculation suspended", async () => {
    const fake = userWorkbook();
    await write(fake, sampleModel());
    expect(fake.calculations).toEqual(["Full"]);
    expect(fake.syncs[fake.syncs.length - 1].calculationSuspended).toBe(false);
  });
});

describe("writeReport with names Excel refuses or misreads", () => {
  const valueTable = (name: string): Omit<TableBlock, "anchor"> => ({
    kind: "table",
    name,
    style: "TableStyleLight1",
    columns: [{ id: "k", header: "Key", type: "text", format: "@" }, number("v")],
    rows: [
      ["a", 1],
      ["b", 2],
    ],
  });
  const tiles = (table: string): UnplacedBlock => ({
    kind: "kpiTiles",
    tileCols: 1,
    changeLabel: "vs",
    tiles: [{ id: "t", label: "Total", value: 3, format: "0", formula: `SUM(${table}[v])` }],
  });
  const chart = (table: string): UnplacedBlock => ({
    kind: "chart",
    type: "column",
    title: "V",
    table,
    categoryColumn: "k",
    seriesBy: "columns",
    series: [{ column: "v", name: "V" }],
    legend: "none",
    size: { rows: 6, cols: 3 },
  });

  it.each([
    ["RFM1", "RFM1_"],
    ["R1C1", "R1C1_"],
    ["R", "R_"],
    ["XFD1048576", "XFD1048576_"],
    ["Sales 2024", "Sales_2024"],
  ])("gives table %s the valid name %s, and its formulas follow", async (name, valid) => {
    const fake = userWorkbook();
    const result = await write(
      fake,
      model(sheetOf("Tables", [[valueTable(name)], [tiles(name)], [chart(name)]]))
    );
    expect(result.ok).toBe(true);
    const sheet = fake.sheet("Tables");
    expect(sheet.tables.map((t) => t.name)).toEqual([valid]);
    expect(sheet.cell("A6").formula).toBe(`=SUM(${valid}[v])`);
    expect(fake.chartsAdded[0].series[0]).toMatchObject({ values: "Tables!B2:B3" });
  });

  it.each([
    [`Bob's "best" [Q1/Q2] report: final?`, `Bob's "best" Q1 Q2 report final`],
    ["x".repeat(30) + "'s", "x".repeat(30)],
    ["  'quoted'  ", "quoted"],
    ["History", "History_"],
    ["RFM1", "RFM1"],
    ["R1C1", "R1C1"],
    ["", "Sheet"],
  ])("gives sheet %j the valid name %j", async (name, valid) => {
    const fake = userWorkbook();
    const result = await write(fake, model(sheetOf(name, [[valueTable("T_1")]])));
    expect(result).toMatchObject({ ok: true, sheets: [{ name: valid }] });
    expect(fake.sheetNames()).toEqual(["Data", valid]);
  });

  it("works around a user's sheet and table with the names it wants, 31 characters kept", async () => {
    const fake = userWorkbook();
    const long = "A very long report sheet name, more than 31";
    fake.addSheet(long.slice(0, 31).trimEnd(), [["h"], [1]]);
    fake.addTable(long.slice(0, 31).trimEnd(), "A1:A2", "RFM1_");
    const result = await write(fake, model(sheetOf(long, [[valueTable("RFM1")], [tiles("RFM1")]])));
    expect(result).toMatchObject({
      ok: true,
      sheets: [{ name: "A very long report sheet na (2)" }],
    });
    const ours = fake.sheet("A very long report sheet na (2)");
    expect(ours.tables[0].name).toBe("RFM1__2");
    expect(ours.cell("A6").formula).toBe("=SUM(RFM1__2[v])");
  });
});

describe("writeReport over a previous report the user made very hidden", () => {
  it("replaces it (Excel deletes no VeryHidden sheet, so it is made Hidden first)", async () => {
    const fake = userWorkbook();
    await write(fake, sampleModel());
    fake.sheet("Segments & actions").visibility = "VeryHidden";
    const result = await write(fake, sampleModel());
    expect(result).toMatchObject({ ok: true, replaced: ["Dashboard", "Segments & actions"] });
    expect(fake.sheetNames()).toEqual(["Data", "Dashboard", "Segments & actions"]);
  });

  it("leaves it very hidden when the write fails at its first deletion", async () => {
    const fake = userWorkbook();
    await write(fake, sampleModel());
    fake.sheet("Dashboard").visibility = "VeryHidden";
    const before = fake.model.sheets.map((s) => [s.name, s.visibility, s.fingerprint()]);
    const labels: string[] = [];
    const enqueue = fake.queue.enqueue.bind(fake.queue);
    fake.queue.enqueue = (label, run, payload) => {
      labels.push(label);
      enqueue(label, run, payload);
    };
    const start = fake.commandsApplied;
    const probe = userWorkbook();
    await write(probe, sampleModel());
    probe.sheet("Dashboard").visibility = "VeryHidden";
    const probeLabels: string[] = [];
    const probeEnqueue = probe.queue.enqueue.bind(probe.queue);
    probe.queue.enqueue = (label, run, payload) => {
      probeLabels.push(label);
      probeEnqueue(label, run, payload);
    };
    await write(probe, sampleModel());
    fake.injectFailure({ atCommand: start + probeLabels.indexOf("worksheet.delete") + 1 });
    const result = await write(fake, sampleModel());
    expect(result).toMatchObject({ ok: false, error: { code: "pane:excel.writeFailed" } });
    expect(fake.model.sheets.map((s) => [s.name, s.visibility, s.fingerprint()])).toEqual(before);
    expect(labels).toContain("visibility");
  });
});

describe("writeReport within Excel's limits", () => {
  it("cuts text past 32,767 characters with a visible marker, and caps row heights at 409", async () => {
    const fake = userWorkbook();
    const huge = "word ".repeat(10_000);
    const table: Omit<TableBlock, "anchor"> = {
      kind: "table",
      name: "Long",
      style: "TableStyleLight1",
      columns: [{ id: "t", header: "Text", type: "text", format: "@", wrap: true, width: 30 }],
      rows: [[huge]],
    };
    const result = await write(fake, model(sheetOf("Long", [[table]])));
    expect(result.ok).toBe(true);
    const value = String(fake.sheet("Long").cell("A2").value);
    expect(value).toHaveLength(MAX_CELL_TEXT);
    expect(value.endsWith(CUT_MARKER)).toBe(true);
    expect(fake.sheet("Long").formats).toContainEqual({
      address: "Long!A2",
      property: "rowHeight",
      value: 409,
    });
  });

  it("sets both print fits explicitly (0: as many pages as needed)", async () => {
    const fake = userWorkbook();
    await write(fake, sampleModel());
    expect(fake.sheet("Segments & actions").pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
    expect(fake.sheet("Dashboard").pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 1,
    });
  });
});
