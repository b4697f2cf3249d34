/**
 * An interval chart in the .xlsx writer: a high-low-close stock chart (<c:stockChart> with
 * <c:hiLowLines>, ECMA-376 Part 1, 21.2.2.198 and 21.2.2.80), which Excel and LibreOffice both
 * draw as one vertical line from low to high a category with the estimate marked on it.
 */
import JSZip from "jszip";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { validateModel } from "../../src/report/validateModel";
import { INTERVAL_ROWS, intervalModel } from "../report/intervalModel";
import { findAll, findOne, parseXml, type XmlElement } from "./xmlTree";

let chart: XmlElement;

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await writeReportXlsx(intervalModel()));
  chart = parseXml(await zip.file("xl/charts/chart1.xml")!.async("string"));
});

const values = (e: XmlElement) => findAll(e, "c:pt").map((p) => Number(findOne(p, "c:v").text));

describe("interval chart (.xlsx)", () => {
  it("is a stock chart with high-low lines, not bars from zero", () => {
    expect(findAll(chart, "c:barChart")).toHaveLength(0);
    const stock = findOne(chart, "c:stockChart");
    expect(findAll(stock, "c:hiLowLines")).toHaveLength(1);
    // CT_StockChart: the series, then hiLowLines, then the two axis ids (schema order)
    const names = stock.children.map((c) => c.name);
    expect(names).toEqual(["c:ser", "c:ser", "c:ser", "c:hiLowLines", "c:axId", "c:axId"]);
  });

  it("plots high, low and estimate in that order, from the table's columns", () => {
    const series = findAll(chart, "c:ser");
    const refs = series.map((s) => findOne(findOne(s, "c:val"), "c:f").text);
    // table at A1: campaign A, uplift B, low C, high D, body rows 2..4
    expect(refs).toEqual(["'Uplift'!$D$2:$D$4", "'Uplift'!$C$2:$C$4", "'Uplift'!$B$2:$B$4"]);
    expect(series.map((s) => values(findOne(s, "c:val")))).toEqual([
      INTERVAL_ROWS.map((r) => r[3]),
      INTERVAL_ROWS.map((r) => r[2]),
      INTERVAL_ROWS.map((r) => r[1]),
    ]);
    for (const s of series)
      expect(findOne(findOne(s, "c:cat"), "c:f").text).toBe("'Uplift'!$A$2:$A$4");
  });

  it("draws no line between categories; caps on the ends, a dot at the estimate", () => {
    const series = findAll(chart, "c:ser");
    for (const s of series)
      expect(findAll(findOne(s, "c:spPr"), "a:noFill").length).toBeGreaterThan(0);
    const symbols = series.map((s) => findOne(findOne(s, "c:marker"), "c:symbol").attributes.val);
    expect(symbols).toEqual(["dash", "dash", "circle"]);
  });

  it("lets the value axis go below zero (an interval may cross it)", () => {
    expect(findAll(findOne(chart, "c:valAx"), "c:min")).toHaveLength(0);
  });

  it("is refused by the model check unless it has three adjacent series columns", () => {
    expect(validateModel(intervalModel())).toEqual([]);
    const two = intervalModel();
    const block = two.sheets[0].blocks.find((b) => b.kind === "chart")!;
    if (block.kind === "chart") block.series = block.series.slice(0, 2);
    expect(
      validateModel(two)
        .map((i) => i.message)
        .join("\n")
    ).toMatch(/needs high, low, estimate series/);
    const apart = intervalModel();
    const b2 = apart.sheets[0].blocks.find((b) => b.kind === "chart")!;
    if (b2.kind === "chart") b2.series[2] = { column: "campaign", name: "x" };
    expect(
      validateModel(apart)
        .map((i) => i.message)
        .join("\n")
    ).toMatch(/not adjacent|interval chart/);
  });
});
