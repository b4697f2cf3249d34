import type { ChartBlock, ReportModel, TableBlock } from "../../src/report/model";
import { assertValidModel, validateModel } from "../../src/report/validateModel";
import { buildReport } from "../../src/report/buildReport";
import { sampleModel } from "./sampleModel";

function tables(model: ReportModel): TableBlock[] {
  return model.sheets.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === "table"));
}

describe("validateModel", () => {
  it("accepts the sample model and what buildReport produces", () => {
    expect(validateModel(sampleModel())).toEqual([]);
    expect(
      validateModel(buildReport({}, { language: "fr", generatedAt: 0, version: "1" }))
    ).toEqual([]);
  });

  it.each<[string, (m: ReportModel) => void, RegExp]>([
    ["a sheet name with a slash", (m) => (m.sheets[0].name = "Q1/Q2"), /\[\]:\*\?\/\\/],
    ["a sheet name over 31 characters", (m) => (m.sheets[0].name = "x".repeat(32)), /1 to 31/],
    [
      "two sheets with one name (case-insensitive)",
      (m) => (m.sheets[1].name = "DASHBOARD"),
      /two sheets/,
    ],
    ["two tables with one name", (m) => (tables(m)[1].name = "segments"), /two tables/],
    ["a table name with a space", (m) => (tables(m)[0].name = "My table"), /invalid table name/],
    ["repeated headers", (m) => (tables(m)[0].columns[1].header = "segment"), /repeats a header/],
    ["a row of the wrong length", (m) => tables(m)[0].rows[0].pop(), /has 6 cells for 7 columns/],
    [
      "a formula with its '='",
      (m) => (tables(m)[1].rows[3][1] = { formula: "=SUM(E4:E6)", value: 1 }),
      /leading "="/,
    ],
    [
      "a text over Excel's cell limit",
      (m) => (tables(m)[0].rows[0][0] = "x".repeat(32_768)),
      /longer than 32767/,
    ],
    [
      "a function total on the first column",
      (m) => (tables(m)[0].columns[0].total = { fn: "sum" }),
      /only be a label/,
    ],
    [
      "a chart on an unknown column",
      (m) =>
        ((m.sheets[0].blocks.find((b) => b.kind === "chart") as ChartBlock).categoryColumn =
          "nope"),
      /no column "nope"/,
    ],
    [
      "overlapping blocks",
      (m) => (m.sheets[1].blocks[1].anchor = { ...m.sheets[1].blocks[2].anchor }),
      /overlaps/,
    ],
  ])("reports %s", (_, breakIt, message) => {
    const model = sampleModel();
    breakIt(model);
    const issues = validateModel(model);
    expect(issues.map((i) => i.message).join("\n")).toMatch(message);
    expect(() => assertValidModel(model)).toThrow(/invalid report model/);
  });
});
