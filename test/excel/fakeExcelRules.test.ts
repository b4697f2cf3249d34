/**
 * The rules the fake took from Excel's documentation and the office-js issue tracker (issue 13):
 * each test shows the fake rejecting, or changing, what real Excel rejects or changes. The
 * source of each rule is cited where the fake implements it (test/fakes/excel/*).
 */
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { isCellReference, checkNumberFormat } from "../fakes/excel/excelRules";
import { shiftFormula } from "../fakes/excel/calculatedColumns";

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

/** A sheet "T" with a table "Data" over A1:C4: header, three body rows of constants in A and B. */
function tableWorkbook(columnC: (string | number)[] = ["", "", ""]): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("T", [
    ["id", "n", "calc"],
    ["a", 1, columnC[0]],
    ["b", 2, columnC[1]],
    ["c", 3, columnC[2]],
  ]);
  fake.addTable("T", "A1:C4", "Data");
  return fake;
}

function columnC(fake: FakeExcel): { value: unknown; formula?: string }[] {
  const sheet = fake.sheet("T");
  return ["C2", "C3", "C4"].map((a) => {
    const { value, formula } = sheet.cell(a);
    return formula === undefined ? { value } : { value, formula };
  });
}

describe("FakeExcel: calculated columns (office-js 1916, 2093, 5909, 6745)", () => {
  it("fills a formula written into one cell of an empty table column down the whole column", async () => {
    const fake = tableWorkbook();
    fake.workbook.worksheets.getItem("T").getRange("C2").formulas = [["=B2*10"]];
    await fake.sync();
    expect(columnC(fake)).toEqual([
      { value: "", formula: "=B2*10" },
      { value: "", formula: "=B3*10" },
      { value: "", formula: "=B4*10" },
    ]);
  });

  it('fills it even into cells the same write set to "" or null (issue 1916)', async () => {
    const fake = tableWorkbook();
    fake.workbook.worksheets.getItem("T").getRange("C2:C4").formulas = [["=B2"], [""], [null]];
    await fake.sync();
    expect(columnC(fake).map((c) => c.formula)).toEqual(["=B2", "=B3", "=B4"]);
  });

  it("turns distinct formulas written into an empty column into the bottom-most one (5909)", async () => {
    const fake = tableWorkbook();
    fake.workbook.worksheets.getItem("T").getRange("C2:C4").formulas = [
      ["=1+1"],
      ["=2+2"],
      ["=3+3"],
    ];
    await fake.sync();
    expect(columnC(fake).map((c) => c.formula)).toEqual(["=3+3", "=3+3", "=3+3"]);
  });

  it("leaves distinct formulas alone in a column that already held data (5909's workaround)", async () => {
    const fake = tableWorkbook([0, 0, 0]);
    fake.workbook.worksheets.getItem("T").getRange("C2:C4").formulas = [["=1+1"], ["=2+2"], [null]];
    await fake.sync();
    expect(columnC(fake)).toEqual([
      { value: "", formula: "=1+1" },
      { value: "", formula: "=2+2" },
      { value: 0 },
    ]);
  });

  it("does not create a calculated column from a 2-D write mixing formulas and values", async () => {
    const fake = tableWorkbook();
    const sheet = fake.workbook.worksheets.getItem("T");
    sheet.getRange("A2:C4").formulas = [
      ["x", 1, "=B2*2"],
      ["y", 2, 7],
      ["z", 3, ""],
    ];
    await fake.sync();
    expect(columnC(fake)).toEqual([{ value: "", formula: "=B2*2" }, { value: 7 }, { value: "" }]);
  });

  it("updates the whole column when a formula is written into a calculated column", async () => {
    const fake = tableWorkbook();
    const sheet = fake.workbook.worksheets.getItem("T");
    sheet.getRange("C2").formulas = [["=B2"]];
    await fake.sync();
    sheet.getRange("C3").formulas = [["=B3*100"]];
    await fake.sync();
    expect(columnC(fake).map((c) => c.formula)).toEqual(["=B2*100", "=B3*100", "=B4*100"]);
  });

  it("never fills outside tables", async () => {
    const fake = new FakeExcel();
    fake.addSheet("P", [["h"], [""], [""]]);
    fake.workbook.worksheets.getItem("P").getRange("A2").formulas = [["=1"]];
    await fake.sync();
    expect(fake.sheet("P").cell("A3").formula).toBeUndefined();
  });

  it("shifts relative references when it fills, and keeps absolute and structured ones", () => {
    expect(shiftFormula('=A1+$B$2+C$3+Data[@n]+"A1"', 2, 0)).toBe('=A3+$B$2+C$3+Data[@n]+"A1"');
  });
});

describe("FakeExcel: charts over blank data (EmptyChartSeries)", () => {
  it("makes no series of an all-blank column, and refuses to style or place a series without values", async () => {
    const fake = new FakeExcel();
    fake.addSheet("C", [
      ["cat", "v"],
      ["a", ""],
      ["b", ""],
    ]);
    const sheet = fake.workbook.worksheets.getItem("C");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"), "Columns");
    await fake.sync();
    expect(fake.chartsAdded[0].series).toHaveLength(0);
    chart.series.getItemAt(0).name = "V";
    await rejectsWith(fake.sync(), "InvalidArgument");
    const added = chart.series.add("V");
    added.setXAxisValues(sheet.getRange("A2:A3"));
    await rejectsWith(fake.sync(), "EmptyChartSeries");
    const blank = chart.series.add("W");
    blank.setValues(sheet.getRange("B2:B3"));
    blank.format.fill.setSolidColor("#FF0000");
    await rejectsWith(fake.sync(), "EmptyChartSeries");
  });

  it("makes a series of a column that holds values or formulas", async () => {
    const fake = new FakeExcel();
    fake.addSheet("C", [
      ["cat", "v"],
      ["a", 1],
      ["b", ""],
    ]);
    const sheet = fake.workbook.worksheets.getItem("C");
    sheet.charts.add("Pie", sheet.getRange("B2:B3"), "Columns");
    await fake.sync();
    expect(fake.chartsAdded[0].series).toHaveLength(1);
  });
});

describe("FakeExcel: table names", () => {
  it.each([
    ["RFM1", "a cell reference (A1 style)"],
    ["R1C1", "a cell reference (R1C1 style)"],
    ["R", "R alone (row shortcut)"],
    ["c", "C alone (column shortcut)"],
    ["XFD1048576", "the last cell"],
    ["1Table", "a leading digit"],
    ["My Table", "a space"],
    ["a-b", "a hyphen"],
    ["TRUE", "a boolean"],
    ["x".repeat(256), "256 characters"],
  ])("refuses %s (%s)", async (name) => {
    const fake = new FakeExcel();
    fake.addSheet("S", [["h"], [1]]);
    const table = fake.workbook.worksheets
      .getItem("S")
      .tables.add(fake.workbook.worksheets.getItem("S").getRange("A1:A2"), true);
    table.name = name;
    await rejectsWith(fake.sync(), "InvalidArgument");
  });

  it("accepts names that only resemble references, and 255 characters", () => {
    for (const name of [
      "RFM1_",
      "XFE1",
      "A0",
      "R1C1x",
      "_RFM",
      "Qualite.2024",
      "\\x",
      "x".repeat(255),
    ]) {
      expect(() => new FakeExcel().model.checkTableName(name)).not.toThrow();
    }
    expect(isCellReference("XFE1")).toBe(false);
    expect(isCellReference("AB12")).toBe(true);
  });

  it("keeps table names unique in the workbook, defined names included, case-insensitively", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S", [
      ["h", "g"],
      [1, 2],
    ]);
    fake.addTable("S", "A1:A2", "Sales");
    fake.model.definedNames.set("Budget", "=S!$B$2");
    const sheet = fake.workbook.worksheets.getItem("S");
    const table = sheet.tables.add(sheet.getRange("B1:B2"), true);
    table.name = "SALES";
    await rejectsWith(fake.sync(), "ItemAlreadyExists");
    table.name = "budget";
    await rejectsWith(fake.sync(), "ItemAlreadyExists");
  });

  it("rewrites structured references to a table when it is renamed", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S", [["h"], [1]]);
    fake.addSheet("U", [["=SUM(Temp1[h])+SUM(Temp10[h])"]]);
    fake.sheet("U").grid.set(0, 0, "", "=SUM(Temp1[h])+SUM(xTemp1[h])");
    const table = fake.addTable("S", "A1:A2", "Temp1");
    fake.model.renameTable(table, "Sales");
    expect(fake.sheet("U").cell("A1").formula).toBe("=SUM(Sales[h])+SUM(xTemp1[h])");
  });
});

describe("FakeExcel: worksheet rules", () => {
  it.each([
    [""],
    ["   "],
    ["History"],
    ["a:b"],
    ["a\\b"],
    ["a/b"],
    ["a?"],
    ["a*"],
    ["[a"],
    ["a]"],
    ["'a"],
    ["a'"],
    ["x".repeat(32)],
  ])("refuses the sheet name %j", async (name) => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    fake.workbook.worksheets.add(name);
    await rejectsWith(fake.sync(), "InvalidArgument");
  });

  it("refuses to delete a very hidden sheet, and the last visible one", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Shown");
    fake.addSheet("Secret").visibility = "VeryHidden";
    fake.addSheet("Hidden").visibility = "Hidden";
    fake.workbook.worksheets.getItem("Secret").delete();
    await rejectsWith(fake.sync(), "InvalidOperation");
    fake.workbook.worksheets.getItem("Shown").delete();
    await rejectsWith(fake.sync(), "InvalidOperation");
    fake.workbook.worksheets.getItem("Hidden").delete();
    await fake.sync();
    expect(fake.sheetNames()).toEqual(["Shown", "Secret"]);
  });
});

describe("FakeExcel: PropertyNotLoaded on chart properties", () => {
  it("throws on reading a chart's or a series' properties that were never loaded", async () => {
    const fake = new FakeExcel();
    fake.addSheet("C", [["a", 1]]);
    const sheet = fake.workbook.worksheets.getItem("C");
    const chart = sheet.charts.add("Pie", sheet.getRange("B1"), "Columns");
    chart.title.text = "T";
    const read = [
      () => chart.name,
      () => chart.title.text,
      () => chart.legend.visible,
      () => chart.axes.valueAxis.title.text,
      () => chart.dataLabels.showValue,
      () => chart.series.getItemAt(0).name,
      () => chart.series.getItemAt(0).format.line.color,
    ];
    await fake.sync();
    for (const r of read) expect(r).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(fake.chartsAdded[0].title.text).toBe("T");
  });
});

describe("FakeExcel: PropertyNotLoaded on conditional formats", () => {
  it("queues writes to a conditional format and refuses reads of what was never loaded", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S", [[1], [2]]);
    const format = fake.workbook.worksheets
      .getItem("S")
      .getRange("A1:A2")
      .conditionalFormats.add("DataBar");
    format.dataBar.positiveFormat.fillColor = "#5B9BD5";
    expect(() => format.dataBar.positiveFormat.fillColor).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" })
    );
    expect(fake.sheet("S").conditionalFormats).toHaveLength(0);
    await fake.sync();
    expect(fake.sheet("S").conditionalFormats[0].dataBar.positiveFormat.fillColor).toBe("#5B9BD5");
  });
});

describe("FakeExcel: limits", () => {
  it("refuses a row height over 409 points", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    const range = fake.workbook.worksheets.getItem("S").getRange("A1");
    range.format.rowHeight = 409;
    await fake.sync();
    range.format.rowHeight = 409.5;
    await rejectsWith(fake.sync(), "InvalidArgument");
  });

  it("refuses more than 32,767 characters in a cell (the apostrophe prefix not counted)", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    const range = fake.workbook.worksheets.getItem("S").getRange("A1");
    range.values = [[`'${"x".repeat(32_767)}`]];
    await fake.sync();
    range.values = [["x".repeat(32_768)]];
    await rejectsWith(fake.sync(), "InvalidArgument");
    range.formulas = [[`="${"x".repeat(8_200)}"`]];
    await rejectsWith(fake.sync(), "FormulaLengthExceedsLimit");
  });

  it.each([['"unclosed'], ["0.00\\"], ["0_"], ["[Rouge]0"], ["0]"], ["[>100"], ["0;0;0;@;0"]])(
    "refuses the malformed number format %j",
    async (code) => {
      const fake = new FakeExcel();
      fake.addSheet("S");
      fake.workbook.worksheets.getItem("S").getRange("A1").numberFormat = [[code]];
      await rejectsWith(fake.sync(), "InvalidArgument");
    }
  );

  it("accepts the report's formats", () => {
    for (const code of [
      "General",
      "@",
      "yyyy-mm-dd",
      '"£"#,##0.00',
      "#,##0.00 [$€-fr-FR]",
      "[Red]-0.0%;[Color10]+0.0%",
      '"vs previous period "+0.0%;"vs previous period "-0.0%;"vs previous period "0.0%',
      '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
      "[h]:mm:ss",
      '[<1000]0;#,##0,"k"',
    ]) {
      expect(() => checkNumberFormat(code)).not.toThrow();
    }
  });
});

describe("FakeExcel: faults between syncs", () => {
  it("fails a batch in cell-edit mode, unless the run asked delayForCellEdit", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    fake.injectFault({ kind: "cellEditMode" }, 1);
    fake.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    await rejectsWith(fake.sync(), "InvalidOperationInCellEditMode");
    expect(fake.sheet("S").cell("A1").value).toBe("");
    fake.injectFault({ kind: "cellEditMode" }, 1);
    await fake.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
      await context.sync();
    });
    expect(fake.sheet("S").cell("A1").value).toBe(2);
  });

  it("fails a batch sent while another workbook is active, applying none of it", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    fake.injectFault({ kind: "inactiveWorkbook" }, 2);
    await fake.sync();
    fake.workbook.worksheets.add("New");
    await rejectsWith(fake.sync(), "InactiveWorkbook");
    expect(fake.sheetNames()).toEqual(["S"]);
  });

  it("lets the user add or rename a sheet between two syncs", async () => {
    const fake = new FakeExcel();
    fake.addSheet("S");
    fake.injectFault({ kind: "addSheet", name: "Dashboard" }, 1);
    fake.injectFault({ kind: "renameSheet", from: "S", to: "Mine" }, 2);
    fake.workbook.worksheets.add("Dashboard");
    await rejectsWith(fake.sync(), "ItemAlreadyExists");
    await fake.sync();
    expect(fake.sheetNames()).toEqual(["Mine", "Dashboard"]);
  });
});
